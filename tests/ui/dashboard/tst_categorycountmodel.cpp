// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/CategoryCountModel.h"
#include "document/ReviewDocument.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <map>

using namespace grantscope;
using namespace grantscope::ui;

class TestCategoryCountModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsEqualTheAnalysis();
    void falsePositivesAreLeftOut();
    void categoryNames();
};

namespace {

QString samplePath()
{
    return QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
}

} // namespace

void TestCategoryCountModel::countsEqualTheAnalysis()
{
    ReviewDocument document;
    CategoryCountModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    document.setReview(loadSharedReview({ samplePath() }, LoadOptions {}));

    std::map<QString, int> expected;
    for (const Finding& f : document.review()->analysis.findings)
        ++expected[QString::fromStdString(f.category)];
    QCOMPARE(model.rowCount(), static_cast<int>(expected.size()));
    int previous = INT_MAX;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.index(row, 0).data(CategoryCountModel::CategoryKeyRole).toString();
        const int total = model.index(row, CategoryCountModel::TotalColumn).data().toInt();
        QCOMPARE(total, expected[key]);
        QVERIFY(total <= previous); // largest first
        previous = total;
        int bySeverity = 0;
        for (int c = CategoryCountModel::CriticalColumn; c <= CategoryCountModel::InfoColumn; ++c)
            bySeverity += model.index(row, c).data().toInt();
        QCOMPARE(bySeverity, total);
    }
}

void TestCategoryCountModel::falsePositivesAreLeftOut()
{
    ReviewDocument document;
    document.setReview(loadSharedReview({ samplePath() }, LoadOptions {}));
    CategoryCountModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::vector<Finding>& findings = document.review()->analysis.findings;
    int decryption = 0;
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].category == "decryption") {
            ++decryption;
            document.setVerdict(static_cast<int>(i), { FindingDecision::FalsePositive, {} });
        }
    QVERIFY(decryption > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(
            model.index(row, 0).data(CategoryCountModel::CategoryKeyRole).toString() != QStringLiteral("decryption"));
}

void TestCategoryCountModel::categoryNames()
{
    QCOMPARE(CategoryCountModel::categoryName("privilege-escalation"), QStringLiteral("Privilege escalation"));
    QCOMPARE(CategoryCountModel::categoryName("made-up-category"), QStringLiteral("Made up category"));
    QCOMPARE(CategoryCountModel::categoryName(""), QStringLiteral("Uncategorised"));
}

QTEST_MAIN(TestCategoryCountModel)
#include "tst_categorycountmodel.moc"
