// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/ActivityReview.h"
#include "activity/RightsizedPolicy.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/DiffTextEdit.h"
#include "boundary/DiffView.h"
#include "document/ReviewDocument.h"

#include "catalog/Catalog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace grantscope;
using namespace grantscope::ui;

class TestDiffView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsWhatTheBoundaryRemoves();
    void rightsizedBesideTheRolesPolicies();
    void editsInQuickSuccessionShowTheLast();
};

void TestDiffView::showsWhatTheBoundaryRemoves()
{
    ReviewDocument document;
    DiffView view(&document);
    view.resize(1300, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    document.setReview(loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {}));
    document.pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:Decrypt", "kms:ReEncryptFrom", "kms:CreateGrant" }));
    document.pushBoundaryEdit(BoundaryEdit::denyOnResources(
        { { "ec2:*", "arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0" } }));

    auto* left = view.findChild<QPlainTextEdit*>(QStringLiteral("diffLeft"));
    auto* right = view.findChild<QPlainTextEdit*>(QStringLiteral("diffRight"));
    QVERIFY(left && right);
    QTRY_VERIFY(!view.isComparing());
    QVERIFY(left->toPlainText().contains(QLatin1String("kms:Decrypt")));
    QVERIFY(!right->toPlainText().contains(QLatin1String("kms:Decrypt")));
    QVERIFY(right->toPlainText().contains(QLatin1String("ec2:StopInstances")));
    QCOMPARE(left->document()->blockCount(), right->document()->blockCount());
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("diffFindings"))->text().contains(QLatin1String("mitigated")));
    QVERIFY(view.findChild<QTableView*>(QStringLiteral("diffSummary"))->model()->rowCount() > 3);

    QTRY_VERIFY(left->verticalScrollBar()->maximum() > 10);
    left->verticalScrollBar()->setValue(7);
    QTRY_COMPARE(right->verticalScrollBar()->value(), 7);
    right->verticalScrollBar()->setValue(right->verticalScrollBar()->maximum());
    QTRY_COMPARE(left->verticalScrollBar()->value(), left->verticalScrollBar()->maximum());
    left->verticalScrollBar()->setValue(0);
    const QString narrowed = right->toPlainText();
    QVERIFY(narrowed.contains(QLatin1String("denied on arn:aws:ec2:")));
    const int first = static_cast<int>(left->toPlainText()
                                           .left(left->toPlainText().indexOf(QLatin1String("ec2:StopInstances")))
                                           .count(QLatin1Char('\n')));
    left->verticalScrollBar()->setValue(std::max(0, first - 3));
    // Changed rows are tinted on both sides, unchanged ones are not.
    auto* leftDiff = qobject_cast<DiffTextEdit*>(left);
    auto* rightDiff = qobject_cast<DiffTextEdit*>(right);
    QVERIFY(leftDiff && rightDiff);
    QVERIFY(leftDiff->lineBackground(first).isValid());
    QVERIFY(rightDiff->lineBackground(first).isValid());
    const int decrypt = static_cast<int>(
        left->toPlainText().left(left->toPlainText().indexOf(QLatin1String("kms:Decrypt "))).count(QLatin1Char('\n')));
    QVERIFY(leftDiff->lineBackground(decrypt).isValid());
    QVERIFY(!leftDiff->lineBackground(0).isValid()); // access-analyzer, untouched
    view.grab().save(QStringLiteral("/tmp/diffview.png"));
}

// The policy CloudTrail's use suggests, beside what the role's own policies grant: what it drops is one
// highlighted line each, and the boundary's comparison is one choice away.
void TestDiffView::rightsizedBesideTheRolesPolicies()
{
    ReviewDocument document;
    DiffView view(&document);
    view.resize(1300, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    document.setReview(loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {}));
    const Review& review = *document.review();
    ActivityInputs inputs;
    inputs.trails = { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/trail") };
    const ActivityReview activity = reviewActivity(review.package, review.options, {}, inputs);
    QVERIFY(!activity.failed());
    const RoleUsage& usage = activity.report.roles.front();
    const ActivityRole& role = activity.roles.front();
    const auto policy
        = std::make_shared<const CompactedBoundary>(rightsizedPolicy(Catalog::bundled(), usage, role.granted));

    auto* mode = view.findChild<QComboBox*>(QStringLiteral("diffMode"));
    auto* left = view.findChild<QPlainTextEdit*>(QStringLiteral("diffLeft"));
    auto* right = view.findChild<QPlainTextEdit*>(QStringLiteral("diffRight"));
    auto* summary = view.findChild<QTableView*>(QStringLiteral("diffSummary"));
    QCOMPARE(mode->count(), 1);
    view.showRightsized(QString::fromStdString(role.name), policy);
    QVERIFY(view.showsRightsized());
    QCOMPARE(mode->count(), 2);
    QVERIFY(mode->currentText().contains(QString::fromStdString(role.name)));
    QVERIFY(!summary->isVisible()); // the per-service table is the boundary's
    QTRY_VERIFY(!view.isComparing());
    const QString granted = left->toPlainText();
    const QString sized = right->toPlainText();
    // kms:Decrypt was refused every time, so it is not in the proposal; GetMetricData was used.
    QVERIFY(granted.contains(QLatin1String("kms:Decrypt ")));
    QVERIFY(!sized.contains(QLatin1String("kms:Decrypt ")));
    QVERIFY(sized.contains(QLatin1String("cloudwatch:GetMetricData")));
    QCOMPARE(left->document()->blockCount(), right->document()->blockCount());
    const QString counts = view.findChild<QLabel*>(QStringLiteral("diffCounts"))->text();
    QVERIFY2(counts.contains(QLatin1String("drops")), qPrintable(counts));
    const int decrypt
        = static_cast<int>(granted.left(granted.indexOf(QLatin1String("kms:Decrypt "))).count(QLatin1Char('\n')));
    QVERIFY(qobject_cast<DiffTextEdit*>(left)->lineBackground(decrypt).isValid());
    // Every used action the role is granted is on the right, and nothing it is not granted.
    for (const std::string& action : usage.used) {
        const int index = Catalog::bundled().findAction(action);
        if (index >= 0 && role.granted.test(index))
            QVERIFY2(sized.contains(QString::fromStdString(Catalog::bundled().actionName(index))), action.c_str());
    }
    QTest::qWait(50); // the hidden table's space goes to the text once the layout runs
    QVERIFY(left->height() > view.height() / 2);
    view.grab().save(QStringLiteral("/tmp/diffview-rightsized.png"));

    // Back to the boundary, then the comparison forgotten.
    mode->setCurrentIndex(0);
    QVERIFY(!view.showsRightsized());
    QVERIFY(summary->isVisible());
    QTRY_VERIFY(!view.isComparing());
    QVERIFY(right->toPlainText().contains(QLatin1String("kms:Decrypt"))); // no boundary yet: all kept
    view.showRightsized({}, nullptr);
    QCOMPARE(mode->count(), 1);
}

// The comparison runs on a worker: edits made while one runs replace it, the busy bar shows meanwhile, and
// what ends on screen is the boundary as it stands after the last edit, never a stale one.
void TestDiffView::editsInQuickSuccessionShowTheLast()
{
    ReviewDocument document;
    DiffView view(&document);
    view.resize(1300, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    document.setReview(loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {}));
    auto* right = view.findChild<QPlainTextEdit*>(QStringLiteral("diffRight"));
    auto* progress = view.findChild<QProgressBar*>(QStringLiteral("diffProgress"));
    QVERIFY(right && progress);
    QTRY_VERIFY(!view.isComparing());
    QVERIFY(!progress->isVisible());
    QVERIFY(right->toPlainText().contains(QLatin1String("kms:Decrypt ")));

    document.pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:Decrypt" }));
    QVERIFY(view.isComparing());
    QVERIFY(progress->isVisible());
    document.pushBoundaryEdit(BoundaryEdit::denyActions({ "cloudwatch:GetMetricData" }));
    document.undoStack()->undo(); // back to the kms:Decrypt deny alone
    QTRY_VERIFY(!view.isComparing());
    QVERIFY(!progress->isVisible());
    QVERIFY(!right->toPlainText().contains(QLatin1String("kms:Decrypt ")));
    QVERIFY(right->toPlainText().contains(QLatin1String("cloudwatch:GetMetricData ")));
    // Nothing still on its way replaces it.
    QTest::qWait(200);
    QVERIFY(!right->toPlainText().contains(QLatin1String("kms:Decrypt ")));
    QVERIFY(right->toPlainText().contains(QLatin1String("cloudwatch:GetMetricData ")));
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
