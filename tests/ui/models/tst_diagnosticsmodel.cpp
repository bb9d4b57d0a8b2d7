// SPDX-License-Identifier: GPL-3.0-or-later
// DiagnosticsModel, the problems dock: what was not reviewed leads, then the problems met while reading.
#include "document/ReviewDocument.h"
#include "models/DiagnosticsModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

class TestDiagnosticsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void notReviewedLeads();
    void completePackageHasNoRows();
};

void TestDiagnosticsModel::passesModelTester()
{
    ReviewDocument document;
    DiagnosticsModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    document.setReview(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/unreviewed") }, {}));
    QVERIFY(model.rowCount() > 0);
    document.setReview(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

// A package with a part that was not reviewed and a file that does not parse: the "Not reviewed" rows come
// first, located, each pointing at its finding; the reading error follows.
void TestDiagnosticsModel::notReviewedLeads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml"),
        dir.filePath(QStringLiteral("quillstack-archive.yaml"))));
    QFile broken(dir.filePath(QStringLiteral("extra-policy.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"Version": "2012-10-17", "Statement": [ {"Effect": "Allow", )");
    broken.close();

    ReviewDocument document;
    DiagnosticsModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    document.setReview(loadSharedReview({ dir.path() }, {}));
    QVERIFY(model.rowCount() >= 2);

    const QModelIndex first = model.index(0, DiagnosticsModel::SeverityColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Not reviewed"));
    const QString message = model.index(0, DiagnosticsModel::MessageColumn).data().toString();
    QVERIFY2(message.startsWith(QStringLiteral("SupportPermissionSet: ")), qPrintable(message));
    QVERIFY(first.data(DiagnosticsModel::FileRole).toString().endsWith(QStringLiteral("quillstack-archive.yaml")));
    QVERIFY(first.data(DiagnosticsModel::LineRole).toInt() > 0);
    const int finding = first.data(DiagnosticsModel::FindingIndexRole).toInt();
    QVERIFY(finding >= 0);
    QCOMPARE(
        document.review()->analysis.findings[static_cast<size_t>(finding)].rule, std::string("package-unreviewed"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("IAM Identity Center")));

    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(last, 0).data(DiagnosticsModel::FindingIndexRole).toInt(), -1);
    QVERIFY(
        model.index(last, 0).data(DiagnosticsModel::FileRole).toString().endsWith(QStringLiteral("extra-policy.json")));
}

// The benign twin: a package read completely has nothing in the dock.
void TestDiagnosticsModel::completePackageHasNoRows()
{
    ReviewDocument document;
    DiagnosticsModel model(&document);
    document.setReview(loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {}));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
