// SPDX-License-Identifier: GPL-3.0-or-later
// FindingsFilterModel over the sample template's and the fixture policies' findings.
#include "document/ReviewDocument.h"
#include "models/FindingsFilterModel.h"
#include "models/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

class TestFindingsFilterModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void minimumSeverity_data();
    void minimumSeverity();
    void category();
    void decisionFollowsVerdicts();
    void search_data();
    void search();
    void filtersCombine();
    void sortBySeverityIsNumeric();
    void sortByLocation();
    void survivesReviewChange();

private:
    QStringList rules() const;

    std::shared_ptr<const Review> m_sample;
    std::shared_ptr<const Review> m_fixtures;
    std::unique_ptr<ReviewDocument> m_document;
    std::unique_ptr<FindingsModel> m_model;
    std::unique_ptr<FindingsFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFindingsFilterModel::initTestCase()
{
    m_sample = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
    m_fixtures = loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/policies") }, {});
    QCOMPARE(m_sample->analysis.findings.size(), size_t(12));
}

void TestFindingsFilterModel::init()
{
    m_document = std::make_unique<ReviewDocument>();
    m_model = std::make_unique<FindingsModel>(m_document.get());
    m_filter = std::make_unique<FindingsFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_document->setReview(m_sample);
}

void TestFindingsFilterModel::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
    m_document.reset();
}

QStringList TestFindingsFilterModel::rules() const
{
    QStringList out;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        out << m_filter->index(row, FindingsModel::RuleColumn).data().toString();
    return out;
}

void TestFindingsFilterModel::minimumSeverity_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("rows");
    // The sample: 2 critical, 1 high, 6 medium, 3 low.
    QTest::newRow("everything") << int(Severity::Info) << 12;
    QTest::newRow("low and above") << int(Severity::Low) << 12;
    QTest::newRow("medium and above") << int(Severity::Medium) << 9;
    QTest::newRow("high and above") << int(Severity::High) << 3;
    QTest::newRow("critical only") << int(Severity::Critical) << 2;
}

void TestFindingsFilterModel::minimumSeverity()
{
    QFETCH(int, minimum);
    QFETCH(int, rows);
    m_filter->setMinimumSeverity(static_cast<Severity>(minimum));
    QCOMPARE(m_filter->rowCount(), rows);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        QVERIFY(m_filter->index(row, 0).data(FindingsModel::SeverityRole).toInt() >= minimum);
    if (minimum == int(Severity::High))
        QVERIFY(rules().contains(QStringLiteral("kms-decrypt-any-key")));
}

void TestFindingsFilterModel::category()
{
    m_filter->setCategory(QStringLiteral("trust"));
    QStringList trust = rules();
    trust.sort();
    QCOMPARE(trust,
        QStringList({ QStringLiteral("trust-long-session"), QStringLiteral("trust-root-principal"),
            QStringLiteral("trust-weak-external-id") }));
    m_filter->setCategory(QStringLiteral("decryption"));
    QCOMPARE(m_filter->rowCount(), 2); // kms-decrypt-any-key and kms-key-control
    m_filter->setCategory(QStringLiteral("no-such-category"));
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->setCategory({});
    QCOMPARE(m_filter->rowCount(), 12);
}

void TestFindingsFilterModel::decisionFollowsVerdicts()
{
    m_filter->setDecision(int(FindingDecision::AcceptedRisk));
    QCOMPARE(m_filter->rowCount(), 0);
    const int weak
        = static_cast<int>(std::find_if(m_sample->analysis.findings.begin(), m_sample->analysis.findings.end(),
                               [](const Finding& f) { return f.rule == "trust-weak-external-id"; })
            - m_sample->analysis.findings.begin());
    // Editing through the model re-filters the proxy at once.
    QVERIFY(m_model->setData(m_model->index(weak, FindingsModel::DecisionColumn), int(FindingDecision::AcceptedRisk)));
    QCOMPARE(rules(), QStringList { QStringLiteral("trust-weak-external-id") });
    m_filter->setDecision(int(FindingDecision::Open));
    QCOMPARE(m_filter->rowCount(), 11);
    m_document->setVerdict(weak, {});
    QCOMPARE(m_filter->rowCount(), 12);
    m_filter->setDecision(-1);
    QCOMPARE(m_filter->rowCount(), 12);
}

void TestFindingsFilterModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // sorted rule ids; {"*"}: every finding
    QTest::newRow("an action") << QStringLiteral(
        "kms:decrypt") << QStringList { QStringLiteral("infrastructure-write"), QStringLiteral("kms-decrypt-any-key") };
    QTest::newRow("an action in AWS casing") << QStringLiteral(
        "KMS:Decrypt") << QStringList { QStringLiteral("infrastructure-write"), QStringLiteral("kms-decrypt-any-key") };
    QTest::newRow("a rule id") << QStringLiteral("trust-weak")
                               << QStringList { QStringLiteral("trust-weak-external-id") };
    QTest::newRow("a resource") << QStringLiteral("acme-archive-123456789012")
                                << QStringList { QStringLiteral("data-read-objects") };
    QTest::newRow("a title word") << QStringLiteral("External ID")
                                  << QStringList { QStringLiteral("trust-weak-external-id") };
    QTest::newRow("the file name matches all")
        << QStringLiteral("acme-observability-onboarding") << QStringList { QStringLiteral("*") };
    QTest::newRow("no match") << QStringLiteral("secretsmanager") << QStringList {};
    QTest::newRow("blank is no filter") << QStringLiteral("   ") << QStringList { QStringLiteral("*") };
}

void TestFindingsFilterModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_filter->setSearchText(text);
    QStringList found = rules();
    found.sort();
    if (expected == QStringList { QStringLiteral("*") })
        QCOMPARE(found.size(), 12);
    else
        QCOMPARE(found, expected);
}

void TestFindingsFilterModel::filtersCombine()
{
    m_filter->setMinimumSeverity(Severity::High);
    m_filter->setSearchText(QStringLiteral("kms"));
    QStringList found = rules();
    found.sort();
    QCOMPARE(found, QStringList({ QStringLiteral("kms-decrypt-any-key"), QStringLiteral("kms-key-control") }));
    m_filter->setCategory(QStringLiteral("decryption"));
    QCOMPARE(m_filter->rowCount(), 2);
    m_filter->clearFilters();
    QCOMPARE(m_filter->rowCount(), 12);
    QCOMPARE(m_filter->searchText(), QString());
}

void TestFindingsFilterModel::sortBySeverityIsNumeric()
{
    m_document->setReview(m_fixtures);
    // Alphabetically "Critical" < "High" < "Info" < "Low" < "Medium"; the numeric role must win.
    m_filter->sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->index(0, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Info));
    for (int row = 1; row < m_filter->rowCount(); ++row)
        QVERIFY(m_filter->index(row - 1, 0).data(FindingsModel::SeverityRole).toInt()
            <= m_filter->index(row, 0).data(FindingsModel::SeverityRole).toInt());
    m_filter->sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(
        m_filter->index(m_filter->rowCount() - 1, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Info));
}

void TestFindingsFilterModel::sortByLocation()
{
    m_filter->sort(FindingsModel::LocationColumn, Qt::AscendingOrder);
    // One file: by line, numerically (line 42 before line 100 would sort wrongly as text); MaxSessionDuration
    // (line 35) comes first.
    for (int row = 1; row < m_filter->rowCount(); ++row)
        QVERIFY(m_filter->index(row - 1, 0).data(FindingsModel::LineRole).toInt()
            <= m_filter->index(row, 0).data(FindingsModel::LineRole).toInt());
    QCOMPARE(m_filter->index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("trust-long-session"));
    m_filter->sort(FindingsModel::ActionsColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("infrastructure-write"));
}

void TestFindingsFilterModel::survivesReviewChange()
{
    m_filter->setCategory(QStringLiteral("trust"));
    QCOMPARE(m_filter->rowCount(), 3);
    m_document->setReview(m_fixtures);
    QCOMPARE(m_filter->rowCount(), 0); // the policies have no trust findings
    m_filter->setCategory(QStringLiteral("privilege-escalation"));
    QVERIFY(m_filter->rowCount() > 10);
    m_document->setReview(nullptr);
    QCOMPARE(m_filter->rowCount(), 0);
}

QTEST_MAIN(TestFindingsFilterModel)
#include "tst_findingsfiltermodel.moc"
