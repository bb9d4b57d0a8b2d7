// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryEdit.h"
#include "boundary/DiffTextEdit.h"
#include "boundary/DiffView.h"
#include "document/ReviewDocument.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace grantscope;
using namespace grantscope::ui;

class TestDiffView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsWhatTheBoundaryRemoves();
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
    QTRY_VERIFY(left->toPlainText().contains(QLatin1String("kms:Decrypt")));
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

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
