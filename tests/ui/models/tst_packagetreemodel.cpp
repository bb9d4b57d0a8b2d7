// SPDX-License-Identifier: GPL-3.0-or-later
// PackageTreeModel on the sample template, the fixture policies and a package with a boundary,
// an unresolved ARN and a stand-alone trust policy.
#include "document/ReviewDocument.h"
#include "models/PackageTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

class TestPackageTreeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void sampleRole();
    void nodesPointAtTheirText();
    void standalonePolicies();
    void boundaryUnresolvedAndTrust();
    void usersGroupsAndResourcePolicies();
    void conditionalAndDeployedSubjects();

private:
    std::shared_ptr<const Review> m_sample;
    std::shared_ptr<const Review> m_fixtures;
    std::shared_ptr<const Review> m_boundary;
    QTemporaryDir m_dir;
};

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");

// A role with a customer-managed boundary, an AWS managed and an unknown customer managed policy.
const char* const kBoundaryTemplate = R"(AWSTemplateFormatVersion: "2010-09-09"
Resources:
  VendorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      PermissionsBoundary: !Ref VendorBoundary
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - arn:aws:iam::123456789012:policy/SomethingElse
  VendorBoundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: "s3:*"
            Resource: "*"
)";

const char* const kTrustPolicy
    = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":"sts:AssumeRole"}]})";

QString sourceLine(const QString& path, int line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    return line >= 1 && line <= lines.size() ? QString::fromUtf8(lines[line - 1]) : QString();
}

QString cell(const QModelIndex& index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

bool writeFile(const QString& path, const char* text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == qint64(qstrlen(text));
}

} // namespace

void TestPackageTreeModel::initTestCase()
{
    m_sample = loadSharedReview({ kSample }, {});
    m_fixtures = loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/policies") }, {});
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("vendor.yaml")), kBoundaryTemplate));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("trust.json")), kTrustPolicy));
    m_boundary = loadSharedReview({ m_dir.path() }, {});
    QCOMPARE(m_boundary->package.roles.size(), size_t(1));
}

void TestPackageTreeModel::passesModelTester()
{
    ReviewDocument document;
    PackageTreeModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    document.setReview(m_sample);
    document.setReview(m_fixtures);
    document.setReview(m_boundary);
    document.setReview(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestPackageTreeModel::sampleRole()
{
    ReviewDocument document;
    document.setReview(m_sample);
    PackageTreeModel model(&document);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex role = model.index(0, 0);
    QCOMPARE(role.data().toString(), QStringLiteral("AcmeObservabilityIntegration"));
    QCOMPARE(cell(role, PackageTreeModel::TypeColumn), QStringLiteral("IAM role"));
    QCOMPARE(role.data(PackageTreeModel::RoleIndexRole).toInt(), 0);
    QVERIFY(role.data(PackageTreeModel::PolicyPointerRole).value<const Policy*>() == nullptr);

    QCOMPARE(model.rowCount(role), 4);
    const QStringList names { QStringLiteral("Trust policy"), QStringLiteral("AcmeTelemetryRead"),
        QStringLiteral("SecurityAudit"), QStringLiteral("AcmeAutoRemediation") };
    const QStringList types { QStringLiteral("Trust policy"), QStringLiteral("Inline policy"),
        QStringLiteral("AWS managed policy"),
        // Attached only when the customer turns remediation on (Condition: RemediationEnabled).
        QStringLiteral("Customer managed policy · conditional") };
    for (int row = 0; row < 4; ++row) {
        const QModelIndex child = model.index(row, 0, role);
        QCOMPARE(child.data().toString(), names[row]);
        QCOMPARE(cell(child, PackageTreeModel::TypeColumn), types[row]);
        QCOMPARE(model.parent(child), role);
        QCOMPARE(model.rowCount(child), 0);
        QCOMPARE(child.data(PackageTreeModel::RoleIndexRole).toInt(), 0);
        QVERIFY(child.data(PackageTreeModel::ResolvedRole).toBool());
    }
    const QModelIndex audit = model.index(2, 0, role);
    QCOMPARE(audit.data(PackageTreeModel::OriginRole).toInt(), int(PolicyOrigin::AwsManaged));
    QCOMPARE(audit.data(PackageTreeModel::PolicyIndexRole).toInt(), 1);
    QVERIFY(cell(audit, PackageTreeModel::NameColumn, Qt::ToolTipRole)
                .contains(QStringLiteral("arn:aws:iam::aws:policy/SecurityAudit")));
    const Policy* auditPolicy = audit.data(PackageTreeModel::PolicyPointerRole).value<const Policy*>();
    QVERIFY(auditPolicy);
    QCOMPARE(auditPolicy, &m_sample->package.roles[0].policies[1].policy);
    QVERIFY(auditPolicy->statements.size() >= 2); // the bundled document, not an empty placeholder

    const Policy* trust = model.index(0, 0, role).data(PackageTreeModel::PolicyPointerRole).value<const Policy*>();
    QCOMPARE(trust, &m_sample->package.roles[0].trustPolicy);
    QCOMPARE(trust->statements.at(0).sid, std::string("AllowAcmeToAssume"));
    const Policy* remediation
        = model.index(3, 0, role).data(PackageTreeModel::PolicyPointerRole).value<const Policy*>();
    QCOMPARE(remediation->statements.size(), size_t(2));
    QCOMPARE(remediation->statements.at(0).sid, std::string("StopRunawayInstances"));
}

void TestPackageTreeModel::nodesPointAtTheirText()
{
    ReviewDocument document;
    document.setReview(m_sample);
    PackageTreeModel model(&document);
    const QModelIndex role = model.index(0, 0);
    struct Expect {
        QModelIndex index;
        const char* text;
    };
    for (const Expect& e : { Expect { role, "AcmeIntegrationRole:" },
             Expect { model.index(2, 0, role), "arn:aws:iam::aws:policy/SecurityAudit" },
             Expect { model.index(3, 0, role), "AcmeRemediationPolicy:" } }) {
        QCOMPARE(e.index.data(PackageTreeModel::FileRole).toString(), kSample);
        const int line = e.index.data(PackageTreeModel::LineRole).toInt();
        QVERIFY2(sourceLine(kSample, line).contains(QLatin1String(e.text)),
            qPrintable(QStringLiteral("%1 at line %2").arg(QLatin1String(e.text)).arg(line)));
        QCOMPARE(cell(e.index, PackageTreeModel::LocationColumn),
            QStringLiteral("acme-observability-onboarding.yaml:%1").arg(line));
        QVERIFY(e.index.data(PackageTreeModel::ColumnRole).toInt() > 0);
    }
    // The trust policy and the inline policy point into the role's own text.
    for (int row : { 0, 1 }) {
        const int line = model.index(row, 0, role).data(PackageTreeModel::LineRole).toInt();
        QVERIFY2(line > role.data(PackageTreeModel::LineRole).toInt() && line < 83, qPrintable(QString::number(line)));
    }
}

void TestPackageTreeModel::standalonePolicies()
{
    ReviewDocument document;
    document.setReview(m_fixtures);
    PackageTreeModel model(&document);
    QCOMPARE(model.rowCount(), 8);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex policy = model.index(row, 0);
        QCOMPARE(model.rowCount(policy), 0);
        QCOMPARE(cell(policy, PackageTreeModel::TypeColumn), QStringLiteral("Policy"));
        QCOMPARE(
            policy.data(PackageTreeModel::NodeKindRole).toInt(), int(PackageTreeModel::NodeKind::StandalonePolicy));
        QCOMPARE(policy.data(PackageTreeModel::RoleIndexRole).toInt(), -1);
        QCOMPARE(policy.data(PackageTreeModel::PolicyIndexRole).toInt(), row);
        const QString file = policy.data(PackageTreeModel::FileRole).toString();
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFileInfo(file).completeBaseName(), policy.data().toString());
        QCOMPARE(policy.data(PackageTreeModel::PolicyPointerRole).value<const Policy*>(),
            &m_fixtures->package.standalonePolicies[static_cast<size_t>(row)].policy);
    }
}

void TestPackageTreeModel::boundaryUnresolvedAndTrust()
{
    ReviewDocument document;
    document.setReview(m_boundary);
    PackageTreeModel model(&document);
    const QModelIndex role = model.index(0, 0);
    QCOMPARE(role.data().toString(), QStringLiteral("VendorRole"));
    QCOMPARE(model.rowCount(role), 4); // trust, ReadOnlyAccess, the unknown ARN, the boundary
    QCOMPARE(model.index(1, 0, role).data().toString(), QStringLiteral("ReadOnlyAccess"));
    QCOMPARE(cell(model.index(1, 0, role), PackageTreeModel::TypeColumn), QStringLiteral("AWS managed policy"));

    const QModelIndex unknown = model.index(2, 0, role);
    QVERIFY(!unknown.data(PackageTreeModel::ResolvedRole).toBool());
    QVERIFY(unknown.data().toString().endsWith(QStringLiteral("(unresolved)")));
    QVERIFY(unknown.data().toString().contains(QStringLiteral("arn:aws:iam::123456789012:policy/SomethingElse")));
    QVERIFY(
        cell(unknown, PackageTreeModel::NameColumn, Qt::ToolTipRole).contains(QStringLiteral("not in the package")));
    QVERIFY(sourceLine(
        unknown.data(PackageTreeModel::FileRole).toString(), unknown.data(PackageTreeModel::LineRole).toInt())
                .contains(QStringLiteral("policy/SomethingElse")));

    const QModelIndex boundary = model.index(3, 0, role);
    QCOMPARE(boundary.data(PackageTreeModel::NodeKindRole).toInt(), int(PackageTreeModel::NodeKind::Boundary));
    QCOMPARE(boundary.data().toString(), QStringLiteral("VendorBoundary"));
    QCOMPARE(
        cell(boundary, PackageTreeModel::TypeColumn), QStringLiteral("Permissions boundary (Customer managed policy)"));
    QVERIFY(boundary.data(PackageTreeModel::ResolvedRole).toBool());
    QCOMPARE(boundary.data(PackageTreeModel::PolicyPointerRole).value<const Policy*>(),
        &m_boundary->package.roles[0].boundary.policy);

    // After the role: the stand-alone trust policy (and nothing else: the boundary is the role's).
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    QCOMPARE(last.data(PackageTreeModel::NodeKindRole).toInt(), int(PackageTreeModel::NodeKind::StandaloneTrustPolicy));
    QCOMPARE(last.data().toString(), QStringLiteral("trust"));
    QCOMPARE(cell(last, PackageTreeModel::TypeColumn), QStringLiteral("Trust policy"));
    QCOMPARE(last.data(PackageTreeModel::PolicyIndexRole).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
}

namespace {

QModelIndex topLevel(const PackageTreeModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data().toString() == name)
            return model.index(row, 0);
    return {};
}

} // namespace

// Users, groups and resource policies are subjects of their own, after the roles, each named by its kind.
void TestPackageTreeModel::usersGroupsAndResourcePolicies()
{
    ReviewDocument document;
    PackageTreeModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    document.setReview(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml") }, {}));
    QStringList kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        if (const QString kind = model.index(row, 0).data(PackageTreeModel::SubjectKindRole).toString();
            !kind.isEmpty())
            kinds << kind;
    QCOMPARE(kinds,
        QStringList({ QStringLiteral("role"), QStringLiteral("user"), QStringLiteral("group"),
            QStringLiteral("resource-policy"), QStringLiteral("resource-policy") }));

    const QModelIndex role = topLevel(model, QStringLiteral("QuillstackIndexer"));
    QVERIFY(role.isValid());
    QCOMPARE(cell(role, PackageTreeModel::TypeColumn), QStringLiteral("IAM role"));

    const QModelIndex user = topLevel(model, QStringLiteral("quillstack-legacy-agent"));
    QVERIFY(user.isValid());
    QVERIFY2(cell(user, PackageTreeModel::TypeColumn).startsWith(QStringLiteral("IAM user")),
        qPrintable(cell(user, PackageTreeModel::TypeColumn)));
    QVERIFY(!user.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.rowCount(user) >= 1);
    QCOMPARE(model.index(0, 0, user).data().toString(), QStringLiteral("AgentHousekeeping"));

    const QModelIndex group = topLevel(model, QStringLiteral("QuillstackLegacyUploaders"));
    QVERIFY(group.isValid());
    QVERIFY(cell(group, PackageTreeModel::TypeColumn).startsWith(QStringLiteral("IAM group")));

    const QModelIndex key = topLevel(model, QStringLiteral("ArchiveKey"));
    QVERIFY(key.isValid());
    QCOMPARE(key.data(PackageTreeModel::SubjectKindRole).toString(), QStringLiteral("resource-policy"));
    QCOMPARE(cell(key, PackageTreeModel::TypeColumn), QStringLiteral("Resource policy on KMS key"));
    // The statements that let the vendor in are the resource policy's "trust" side.
    QCOMPARE(model.index(0, 0, key).data().toString(), QStringLiteral("Who it lets in"));
    QCOMPARE(cell(model.index(0, 0, key), PackageTreeModel::TypeColumn), QStringLiteral("Resource policy statements"));
    QVERIFY(cell(key, PackageTreeModel::TypeColumn, Qt::ToolTipRole).contains(QStringLiteral("outside the customer")));

    // Terraform resource policies are named by their resource type.
    document.setReview(
        loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/resourcepolicies/archive.tf.json") }, {}));
    const QModelIndex tfKey = topLevel(model, QStringLiteral("aws_kms_key.archive"));
    QVERIFY(tfKey.isValid());
    QCOMPARE(cell(tfKey, PackageTreeModel::TypeColumn), QStringLiteral("Resource policy on KMS key"));
    const QModelIndex tfBucket = topLevel(model, QStringLiteral("aws_s3_bucket_policy.archive"));
    QVERIFY(tfBucket.isValid());
    QCOMPARE(cell(tfBucket, PackageTreeModel::TypeColumn), QStringLiteral("Resource policy on S3 bucket"));
}

// What exists only under a template condition says so (type text, tooltip, italics); what a StackSet
// deploys says where. Subjects created unconditionally in the customer's account carry neither mark.
void TestPackageTreeModel::conditionalAndDeployedSubjects()
{
    ReviewDocument document;
    PackageTreeModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    document.setReview(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/conditional/extras.yaml") }, {}));

    const QModelIndex restore = topLevel(model, QStringLiteral("PellucidRestoreTesting"));
    QVERIFY(restore.isValid());
    QCOMPARE(cell(restore, PackageTreeModel::TypeColumn), QStringLiteral("IAM role · conditional"));
    const QString condition = restore.data(PackageTreeModel::ConditionRole).toString();
    QVERIFY2(condition.contains(QStringLiteral("EnableRestoreTesting=true")), qPrintable(condition));
    QVERIFY(cell(restore, PackageTreeModel::NameColumn, Qt::ToolTipRole)
                .contains(QStringLiteral("Conditional: only when")));
    QVERIFY(restore.data(Qt::FontRole).value<QFont>().italic());

    // The benign twin: the backup role is always created.
    const QModelIndex backup = topLevel(model, QStringLiteral("PellucidBackup"));
    QVERIFY(backup.isValid());
    QCOMPARE(cell(backup, PackageTreeModel::TypeColumn), QStringLiteral("IAM role"));
    QVERIFY(backup.data(PackageTreeModel::ConditionRole).toString().isEmpty());
    QVERIFY(!backup.data(Qt::FontRole).isValid());
    // ... but one of its policies is attached only under a condition.
    bool conditionalPolicy = false;
    for (int row = 0; row < model.rowCount(backup); ++row) {
        const QModelIndex child = model.index(row, 0, backup);
        if (child.data().toString() == QStringLiteral("PellucidHomeExtras")) {
            conditionalPolicy = true;
            QVERIFY(cell(child, PackageTreeModel::TypeColumn).endsWith(QStringLiteral(" · conditional")));
            QVERIFY(!child.data(PackageTreeModel::ConditionRole).toString().isEmpty());
        } else if (child.data().toString() == QStringLiteral("AWSBackupServiceRolePolicyForBackup")) {
            QVERIFY(child.data(PackageTreeModel::ConditionRole).toString().isEmpty());
        }
    }
    QVERIFY(conditionalPolicy);

    document.setReview(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/stacksets/org-package") }, {}));
    const QModelIndex member = topLevel(model, QStringLiteral("SkylarkMemberScanner"));
    QVERIFY(member.isValid());
    QVERIFY(member.data(PackageTreeModel::DeploymentRole).toString().contains(QStringLiteral("StackSet")));
    QVERIFY(cell(member, PackageTreeModel::TypeColumn).contains(QStringLiteral("other accounts")));
    QVERIFY(
        cell(member, PackageTreeModel::TypeColumn, Qt::ToolTipRole).contains(QStringLiteral("Deployed to: StackSet")));
}

QTEST_MAIN(TestPackageTreeModel)
#include "tst_packagetreemodel.moc"
