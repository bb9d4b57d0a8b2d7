// SPDX-License-Identifier: GPL-3.0-or-later
// PolicySummaryModel on the sample template's role and on the fixture policies.
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "models/PolicySummaryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

class TestPolicySummaryModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void sampleRole();
    void levelRows();
    void subjectsOfTheFixtures();
    void allKeepsEachSubjectsDenies();
    void subjectResetsWithTheReview();

private:
    std::shared_ptr<const Review> m_sample;
    std::shared_ptr<const Review> m_fixtures;
};

namespace {

QModelIndex serviceRow(const PolicySummaryModel& model, const char* prefix)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(PolicySummaryModel::ServicePrefixRole).toString() == QLatin1String(prefix))
            return index;
    }
    return {};
}

QString cell(const PolicySummaryModel& model, const QModelIndex& row, int column, int role = Qt::DisplayRole)
{
    return model.index(row.row(), column, row.parent()).data(role).toString();
}

int subjectIndex(const Review& review, const char* name)
{
    for (size_t i = 0; i < review.analysis.subjects.size(); ++i)
        if (review.analysis.subjects[i].name == name)
            return static_cast<int>(i);
    return -2;
}

int actionCount(const char* prefix, AccessLevel level)
{
    const Catalog& catalog = Catalog::bundled();
    const ServiceInfo& s = catalog.service(catalog.findService(prefix));
    int n = 0;
    for (int a = s.firstAction; a < s.firstAction + s.actionCount; ++a)
        n += primaryAccessLevel(catalog.action(a).levels) == level;
    return n;
}

} // namespace

void TestPolicySummaryModel::initTestCase()
{
    m_sample = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
    m_fixtures = loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/policies") }, {});
    QCOMPARE(m_sample->analysis.subjects.size(), size_t(1));
    QCOMPARE(m_fixtures->analysis.subjects.size(), size_t(8));
}

void TestPolicySummaryModel::passesModelTester()
{
    ReviewDocument document;
    PolicySummaryModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    document.setReview(m_sample);
    QVERIFY(model.rowCount() > 100);
    model.setSubject(0);
    document.setReview(m_fixtures);
    for (int s = 0; s < 8; ++s)
        model.setSubject(s);
    model.setSubject(42);
    QCOMPARE(model.rowCount(), 0);
    model.setSubject(PolicySummaryModel::AllSubjects);
    QVERIFY(model.rowCount() > 300);
}

void TestPolicySummaryModel::sampleRole()
{
    ReviewDocument document;
    document.setReview(m_sample);
    PolicySummaryModel model(&document);
    model.setSubject(0); // AcmeObservabilityIntegration: inline, SecurityAudit and AcmeAutoRemediation together
    QCOMPARE(model.columnCount(), int(PolicySummaryModel::ColumnCount));
    // SecurityAudit reaches 191 services; the vendor's own policies add none outside them.
    QCOMPARE(model.rowCount(), 191);

    const QModelIndex kms = serviceRow(model, "kms");
    QVERIFY(kms.isValid());
    QCOMPARE(cell(model, kms, PolicySummaryModel::ServiceColumn), QStringLiteral("AWS Key Management Service"));
    // SecurityAudit lists and describes every key; the inline policy adds Decrypt (Write) and
    // CreateGrant (Permissions management), one action of each.
    QCOMPARE(cell(model, kms, PolicySummaryModel::AccessLevelColumn),
        QStringLiteral("Full: List, Read · Limited: Write, Permissions management"));
    QCOMPARE(cell(model, kms, PolicySummaryModel::ResourcesColumn), QStringLiteral("All resources"));
    QCOMPARE(cell(model, kms, PolicySummaryModel::ConditionColumn), QStringLiteral("None"));
    QCOMPARE(kms.data(PolicySummaryModel::FullAccessRole).toBool(), false);
    QVERIFY(cell(model, kms, PolicySummaryModel::ServiceColumn, Qt::ToolTipRole).contains(QStringLiteral("(kms)")));

    // The archive bucket statement adds its ARNs beside SecurityAudit's "*".
    const QModelIndex s3 = serviceRow(model, "s3");
    QCOMPARE(cell(model, s3, PolicySummaryModel::ResourcesColumn), QStringLiteral("All resources"));
    const QString s3Resources = cell(model, s3, PolicySummaryModel::ResourcesColumn, Qt::ToolTipRole);
    QVERIFY(s3Resources.contains(QStringLiteral("arn:aws:s3:::acme-archive-123456789012/*")));
    QCOMPARE(cell(model, s3, PolicySummaryModel::AccessLevelColumn), QStringLiteral("Limited: List, Read"));

    const QModelIndex ec2 = serviceRow(model, "ec2");
    QCOMPARE(cell(model, ec2, PolicySummaryModel::AccessLevelColumn), QStringLiteral("Limited: List, Read, Write"));
    // SecurityAudit describes secrets but never reads them.
    const QModelIndex secrets = serviceRow(model, "secretsmanager");
    QVERIFY(secrets.isValid());
    QStringList secretActions;
    for (int row = 0; row < model.rowCount(secrets); ++row)
        secretActions << model.index(row, 0, secrets).data(PolicySummaryModel::ActionsRole).toStringList();
    QVERIFY(secretActions.contains(QStringLiteral("secretsmanager:DescribeSecret")));
    QVERIFY(!secretActions.contains(QStringLiteral("secretsmanager:GetSecretValue")));

    // Services are sorted by prefix.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data(PolicySummaryModel::ServicePrefixRole).toString()
            < model.index(row, 0).data(PolicySummaryModel::ServicePrefixRole).toString());
    QCOMPARE(model.headerData(PolicySummaryModel::ConditionColumn, Qt::Horizontal).toString(),
        QStringLiteral("Request condition"));
}

void TestPolicySummaryModel::levelRows()
{
    ReviewDocument document;
    document.setReview(m_sample);
    PolicySummaryModel model(&document);
    const QModelIndex kms = serviceRow(model, "kms");
    QCOMPARE(model.rowCount(kms), 4);
    QCOMPARE(model.rowCount(model.index(kms.row(), 1)), 0); // children hang off column 0 only
    const QStringList names { QStringLiteral("List"), QStringLiteral("Read"), QStringLiteral("Write"),
        QStringLiteral("Permissions management") };
    for (int row = 0; row < 4; ++row) {
        const QModelIndex level = model.index(row, 0, kms);
        QCOMPARE(level.data().toString(), names[row]);
        QCOMPARE(model.parent(level), kms);
        QCOMPARE(model.rowCount(level), 0);
    }
    const QModelIndex write = model.index(2, 0, kms);
    const int writeTotal = actionCount("kms", AccessLevel::Write);
    QCOMPARE(write.data(PolicySummaryModel::AccessLevelRole).toInt(), int(AccessLevel::Write));
    QCOMPARE(write.data(PolicySummaryModel::GrantedRole).toInt(), 1);
    QCOMPARE(write.data(PolicySummaryModel::TotalRole).toInt(), writeTotal);
    QCOMPARE(model.index(2, PolicySummaryModel::AccessLevelColumn, kms).data().toString(),
        QStringLiteral("Limited (1/%1)").arg(writeTotal));
    QCOMPARE(write.data(PolicySummaryModel::ActionsRole).toStringList(), QStringList { QStringLiteral("kms:Decrypt") });
    QVERIFY(write.data(Qt::ToolTipRole).toString().contains(QStringLiteral("kms:Decrypt")));
    const QModelIndex management = model.index(3, 0, kms);
    QCOMPARE(management.data(PolicySummaryModel::ActionsRole).toStringList(),
        QStringList { QStringLiteral("kms:CreateGrant") });
    const QModelIndex list = model.index(0, PolicySummaryModel::AccessLevelColumn, kms);
    QCOMPARE(list.data(PolicySummaryModel::FullAccessRole).toBool(), true);
    QCOMPARE(list.data().toString(), QStringLiteral("Full (%1/%1)").arg(actionCount("kms", AccessLevel::List)));
    QVERIFY(!model.index(0, PolicySummaryModel::ResourcesColumn, kms).data().isValid());
}

void TestPolicySummaryModel::subjectsOfTheFixtures()
{
    ReviewDocument document;
    document.setReview(m_fixtures);
    PolicySummaryModel model(&document);

    model.setSubject(subjectIndex(*m_fixtures, "backup-vendor-with-denies"));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex s3 = serviceRow(model, "s3");
    // s3:DeleteObject is allowed, then denied on every resource: only List and Read remain.
    QCOMPARE(cell(model, s3, PolicySummaryModel::AccessLevelColumn), QStringLiteral("Limited: List, Read"));
    QCOMPARE(cell(model, s3, PolicySummaryModel::ResourcesColumn),
        QStringLiteral("arn:aws:s3:::example-backups, arn:aws:s3:::example-backups/*"));
    QCOMPARE(cell(model, serviceRow(model, "ec2"), PolicySummaryModel::AccessLevelColumn),
        QStringLiteral("Limited: List, Write"));

    model.setSubject(subjectIndex(*m_fixtures, "cost-optimizer-overprivileged"));
    const QModelIndex iam = serviceRow(model, "iam");
    QVERIFY(iam.isValid());
    QCOMPARE(cell(model, iam, PolicySummaryModel::AccessLevelColumn), QStringLiteral("Limited: Write"));
    QCOMPARE(cell(model, iam, PolicySummaryModel::ResourcesColumn),
        QStringLiteral("arn:aws:iam::123456789012:role/vendor-scheduler"));
    QCOMPARE(cell(model, iam, PolicySummaryModel::ConditionColumn), QStringLiteral("StringEquals iam:PassedToService"));

    model.setSubject(subjectIndex(*m_fixtures, "deny-only-guardrail"));
    QCOMPARE(model.rowCount(), 0);

    model.setSubject(subjectIndex(*m_fixtures, "deploy-poweruser-notaction"));
    QCOMPARE(model.rowCount(), Catalog::bundled().serviceCount() - 3); // NotAction iam, organizations, account
    QVERIFY(!serviceRow(model, "iam").isValid());
    const QModelIndex ec2 = serviceRow(model, "ec2");
    QCOMPARE(cell(model, ec2, PolicySummaryModel::AccessLevelColumn), QStringLiteral("Full access"));
    QCOMPARE(model.rowCount(ec2), 5);
}

void TestPolicySummaryModel::allKeepsEachSubjectsDenies()
{
    ReviewDocument document;
    document.setReview(m_fixtures);
    PolicySummaryModel model(&document);
    QCOMPARE(model.subject(), int(PolicySummaryModel::AllSubjects));
    // deny-only-guardrail denies kms:ScheduleKeyDeletion, but only to whoever it is attached to;
    // deploy-poweruser-notaction still grants it.
    const QModelIndex kms = serviceRow(model, "kms");
    QCOMPARE(cell(model, kms, PolicySummaryModel::AccessLevelColumn), QStringLiteral("Full access"));
    QVERIFY(serviceRow(model, "iam").isValid()); // iam:PassRole of the cost optimizer
    // organizations is excluded from the power user's NotAction; only the inventory's "*:Describe*" reaches it.
    const QModelIndex organizations = serviceRow(model, "organizations");
    QVERIFY(organizations.isValid());
    QVERIFY(!organizations.data(PolicySummaryModel::FullAccessRole).toBool());
    QStringList actions;
    for (int row = 0; row < model.rowCount(organizations); ++row)
        actions << model.index(row, 0, organizations).data(PolicySummaryModel::ActionsRole).toStringList();
    QVERIFY(!actions.isEmpty());
    for (const QString& action : std::as_const(actions))
        QVERIFY2(action.startsWith(QStringLiteral("organizations:Describe")), qPrintable(action));
}

void TestPolicySummaryModel::subjectResetsWithTheReview()
{
    ReviewDocument document;
    document.setReview(m_fixtures);
    PolicySummaryModel model(&document);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSubject(2);
    QCOMPARE(reset.size(), 1);
    model.setSubject(2);
    QCOMPARE(reset.size(), 1); // unchanged subject: no reset
    document.setReview(m_sample);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.subject(), int(PolicySummaryModel::AllSubjects));
    QVERIFY(serviceRow(model, "kms").isValid());
}

QTEST_MAIN(TestPolicySummaryModel)
#include "tst_policysummarymodel.moc"
