// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/SeverityCountModel.h"
#include "document/ReviewDocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

class TestSeverityCountModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyDocumentHasFiveZeroRows();
    void countsEqualTheAnalysis();
    void falsePositivesMoveToTheirColumn();
};

namespace {

QString samplePath()
{
    return QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
}

int countOf(const PackageAnalysis& analysis, Severity severity)
{
    int n = 0;
    for (const Finding& f : analysis.findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

} // namespace

void TestSeverityCountModel::emptyDocumentHasFiveZeroRows()
{
    ReviewDocument document;
    SeverityCountModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.total(), 0);
    QCOMPARE(model.index(0, SeverityCountModel::SeverityColumn).data().toString(), severityName(Severity::Critical));
    QCOMPARE(model.index(4, SeverityCountModel::SeverityColumn).data().toString(), severityName(Severity::Info));
}

void TestSeverityCountModel::countsEqualTheAnalysis()
{
    ReviewDocument document;
    SeverityCountModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    document.setReview(loadSharedReview({ samplePath() }, LoadOptions {}));
    QCOMPARE(reset.count(), 1);
    const PackageAnalysis& analysis = document.review()->analysis;
    QCOMPARE(model.total(), static_cast<int>(analysis.findings.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto severity = static_cast<Severity>(model.index(row, 0).data(SeverityCountModel::SeverityRole).toInt());
        QCOMPARE(model.index(row, SeverityCountModel::CountColumn).data().toInt(), countOf(analysis, severity));
        QCOMPARE(model.index(row, SeverityCountModel::FalsePositiveColumn).data().toInt(), 0);
    }
    // The sample has high, medium and low findings.
    QVERIFY(model.count(1) > 0);
    QVERIFY(model.count(2) > 0);
    QVERIFY(model.count(3) > 0);
}

void TestSeverityCountModel::falsePositivesMoveToTheirColumn()
{
    ReviewDocument document;
    document.setReview(loadSharedReview({ samplePath() }, LoadOptions {}));
    SeverityCountModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int highs = model.count(1);
    int firstHigh = -1;
    const std::vector<Finding>& findings = document.review()->analysis.findings;
    for (size_t i = 0; i < findings.size() && firstHigh < 0; ++i)
        if (findings[i].severity == Severity::High)
            firstHigh = static_cast<int>(i);
    QVERIFY(firstHigh >= 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    document.setVerdict(firstHigh, { FindingDecision::FalsePositive, {} });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.count(1), highs - 1);
    QCOMPARE(model.index(1, SeverityCountModel::FalsePositiveColumn).data().toInt(), 1);
    document.setVerdict(firstHigh, { FindingDecision::AcceptedRisk, {} });
    QCOMPARE(model.count(1), highs);
}

QTEST_MAIN(TestSeverityCountModel)
#include "tst_severitycountmodel.moc"
