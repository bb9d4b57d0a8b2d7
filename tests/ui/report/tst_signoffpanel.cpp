// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's recommendation and sign-off: computed as the report computes it, overridden by the
// reviewer, saved in the review file; and the warning when the package is not what the review was saved with.
#include "boundary/BoundaryEdit.h"
#include "document/ReviewDocument.h"
#include "report/SignOffPanel.h"
#include "review/Review.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

class TestSignOffPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTheDecisions();
    void reviewerChoiceIsSaved();
    void changedPackageIsShown();
};

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");

int findingIndex(const ReviewDocument& doc, const char* rule)
{
    const std::vector<Finding>& findings = doc.review()->analysis.findings;
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].rule == rule)
            return static_cast<int>(i);
    return -1;
}

} // namespace

void TestSignOffPanel::followsTheDecisions()
{
    ReviewDocument doc;
    SignOffPanel panel(&doc);
    auto* label = panel.findChild<QLabel*>(QStringLiteral("recommendationLabel"));
    auto* reason = panel.findChild<QLabel*>(QStringLiteral("recommendationReason"));
    auto* residual = panel.findChild<QLabel*>(QStringLiteral("residualRisk"));
    QVERIFY(label && reason && residual);
    QVERIFY(!panel.isEnabled());
    doc.setReview(loadSharedReview({ kSample }));
    QVERIFY(panel.isEnabled());
    QVERIFY2(label->text().contains(QStringLiteral("Reject")), qPrintable(label->text()));
    QVERIFY(reason->text().contains(QStringLiteral("Decrypt with any KMS key")));
    // Shown at a dashboard's width, the reason is as tall as its wrapped text, not as at its narrowest width
    // (which left an empty band of several lines above it).
    panel.resize(700, panel.sizeHint().height());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE(reason->height(), reason->heightForWidth(reason->width()));
    const ResidualRisk before = doc.residualRisk();
    QVERIFY(residual->text().startsWith(QString::number(before.before.score)));

    // The reviewer accepts the compute finding and denies every KMS action: approve with the boundary.
    doc.setVerdict(findingIndex(doc, "disruption-compute"), { FindingDecision::AcceptedRisk, {} });
    doc.pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:*" }));
    QCOMPARE(doc.recommendation().computed, Recommendation::ApproveWithBoundary);
    QVERIFY2(label->text().contains(QStringLiteral("Approve with the boundary")), qPrintable(label->text()));
    const ResidualRisk after = doc.residualRisk();
    QVERIFY(after.after.score < after.before.score);
    QVERIFY2(residual->text().contains(QString::number(after.after.score)), qPrintable(residual->text()));
    auto* choice = panel.findChild<QComboBox*>(QStringLiteral("recommendationChoice"));
    QVERIFY(choice->itemText(0).contains(QStringLiteral("Approve with the boundary")));
}

void TestSignOffPanel::reviewerChoiceIsSaved()
{
    ReviewDocument doc;
    SignOffPanel panel(&doc);
    doc.setReview(loadSharedReview({ kSample }));
    QVERIFY(!doc.isModified());
    auto* choice = panel.findChild<QComboBox*>(QStringLiteral("recommendationChoice"));
    auto* reviewer = panel.findChild<QLineEdit*>(QStringLiteral("reviewerName"));
    QSignalSpy changed(&doc, &ReviewDocument::signOffChanged);
    choice->setCurrentIndex(choice->findData(QStringLiteral("boundary")));
    QCOMPARE(doc.recommendationChoice(), std::optional<Recommendation>(Recommendation::ApproveWithBoundary));
    QVERIFY(doc.recommendation().overridden);
    QTest::keyClicks(reviewer, QStringLiteral("Dana Reviewer"));
    QCOMPARE(doc.reviewer(), QStringLiteral("Dana Reviewer"));
    QVERIFY(doc.isModified());
    QVERIFY(changed.count() >= 2);

    const ReviewSession session = doc.toSession();
    QCOMPARE(session.reviewer, QStringLiteral("Dana Reviewer"));
    QCOMPARE(session.recommendation, std::optional<Recommendation>(Recommendation::ApproveWithBoundary));
    QCOMPARE(session.packageFiles.size(), size_t(1));

    // Another window opening the saved review shows the same choice.
    ReviewDocument again;
    SignOffPanel shown(&again);
    again.setReview(loadSharedReview({ kSample }));
    again.applySession(session);
    auto* otherChoice = shown.findChild<QComboBox*>(QStringLiteral("recommendationChoice"));
    QCOMPARE(otherChoice->currentData().toString(), QStringLiteral("boundary"));
    QCOMPARE(shown.findChild<QLineEdit*>(QStringLiteral("reviewerName"))->text(), QStringLiteral("Dana Reviewer"));
    QVERIFY(again.packageChanges().empty());
    // Back to what the decisions give.
    otherChoice->setCurrentIndex(0);
    QVERIFY(!again.recommendationChoice());
}

void TestSignOffPanel::changedPackageIsShown()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("acme.yaml"));
    QVERIFY(QFile::copy(kSample, copy));
    ReviewDocument doc;
    doc.setReview(loadSharedReview({ copy }));
    const ReviewSession saved = doc.toSession();

    // The vendor sends a new version of the template under the same name.
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# v2: adds nothing, but these are other bytes\n");
    }
    ReviewDocument reopened;
    SignOffPanel panel(&reopened);
    auto* banner = panel.findChild<QLabel*>(QStringLiteral("packageChangedBanner"));
    QVERIFY(banner && banner->isHidden());
    reopened.setReview(loadSharedReview({ copy }));
    QSignalSpy spy(&reopened, &ReviewDocument::packageChangesChanged);
    reopened.applySession(saved);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(reopened.packageChanges().size(), size_t(1));
    QCOMPARE(reopened.packageChanges()[0].kind, PackageFileChange::Kind::Changed);
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QFileInfo(copy).absoluteFilePath()));

    // Gone altogether: missing. Opening another package clears the warning.
    QVERIFY(QFile::remove(copy));
    ReviewDocument gone;
    gone.setReview(loadSharedReview({ kSample }));
    gone.applySession(saved);
    bool missing = false;
    for (const PackageFileChange& c : gone.packageChanges())
        missing |= c.kind == PackageFileChange::Kind::Missing && c.path == QFileInfo(copy).absoluteFilePath();
    QVERIFY(missing);
    reopened.setReview(loadSharedReview({ kSample }));
    QVERIFY(reopened.packageChanges().empty());
    QVERIFY(banner->isHidden());
}

QTEST_MAIN(TestSignOffPanel)
#include "tst_signoffpanel.moc"
