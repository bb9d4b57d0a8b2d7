// SPDX-License-Identifier: GPL-3.0-or-later
// "Can the vendor do this?": explanations of one request of a package's subject. The decision must be the one
// the request evaluator (and so `grantscope-cli evaluate`) takes for the same policies and request; the traces
// must name the statements and conditions that decided it; every fix offered must really deny the request.
#include "analysis/Explanation.h"
#include "boundary/BoundaryDraft.h"
#include "boundary/BoundaryFile.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "review/Review.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

Q_DECLARE_METATYPE(grantscope::Decision)
Q_DECLARE_METATYPE(grantscope::StatementMismatch)

namespace {

const QString kCfn = QStringLiteral(GRANTSCOPE_FIXTURES "/explain/northwind-backup.yaml");
const QString kTerraform = QStringLiteral(GRANTSCOPE_FIXTURES "/explain/terraform");
const QString kBoundary = QStringLiteral(GRANTSCOPE_FIXTURES "/explain/boundary-tagged-keys.json");
const char* const kKey = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const char* const kViaS3 = "kms:ViaService=s3.us-east-1.amazonaws.com";

const ReviewSubject& package()
{
    static const ReviewSubject p = loadPackage({ kCfn, kTerraform });
    return p;
}

Policy boundaryPolicy()
{
    Diagnostics diagnostics;
    std::optional<Policy> p = readBoundaryFile(kBoundary, diagnostics);
    if (!p)
        qFatal("the boundary fixture does not read");
    return *p;
}

// "key=value;key=value2" (a key repeated: several values).
RequestContext contextOf(const QString& text)
{
    std::vector<std::pair<std::string, std::vector<std::string>>> keys;
    for (const QString& entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const std::string key = entry.left(eq).toStdString();
        auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& kv) { return kv.first == key; });
        if (it == keys.end())
            keys.push_back({ key, { entry.mid(eq + 1).toStdString() } });
        else
            it->second.push_back(entry.mid(eq + 1).toStdString());
    }
    RequestContext context;
    for (const auto& [key, values] : keys)
        context.set(key, values);
    return context;
}

ExplainQuestion question(const char* subject, const char* action, const char* resource, const QString& context = {})
{
    ExplainQuestion q;
    q.subject = subject;
    q.action = action;
    q.resource = resource;
    q.context = contextOf(context);
    return q;
}

// The request decided straight by the evaluator, over the role's policies as the package has them.
Decision evaluated(const ExplainQuestion& q, const std::string& roleName)
{
    const auto role = std::find_if(
        package().roles.begin(), package().roles.end(), [&](const RoleRecord& r) { return r.name == roleName; });
    if (role == package().roles.end())
        qFatal("no such role in the fixtures");
    std::vector<const Policy*> identity;
    for (const PolicyRecord& p : role->policies)
        identity.push_back(&p.policy);
    const Policy* boundary = q.boundary ? q.boundary : (role->hasBoundary ? &role->boundary.policy : nullptr);
    return evaluateRequest(identity, boundary, Request { q.action, q.resource, q.context }).decision;
}

const StatementTrace* findSid(const std::vector<StatementTrace>& list, const char* sid)
{
    for (const StatementTrace& s : list)
        if (s.sid == sid)
            return &s;
    return nullptr;
}

} // namespace

class TestExplanation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decisionAgreesWithEvaluate_data();
    void decisionAgreesWithEvaluate();
    void matchedStatementsWithLines();
    void conditionTracesCarryRequestValues();
    void notMatchedReasons_data();
    void notMatchedReasons();
    void boundaryStatementsTakePart();
    void fixesReallyDeny_data();
    void fixesReallyDeny();
    void fixesApplyToTheComposersDraft();
    void onlyFixesThatDenyAreListed();
    void noFixesForADeniedRequest();
    void callerIdentityCannotBeDenied();
    void defaultSubject();
    void errors_data();
    void errors();
    void resourceTemplates();
    void questionFromAFinding();
    void resourcePolicyGrantee();
    void principalOfAGrantee_data();
    void principalOfAGrantee();
    void principalCoversEntries_data();
    void principalCoversEntries();
};

void TestExplanation::initTestCase()
{
    QVERIFY2(!hasErrors(package().diagnostics), "the fixtures load without errors");
    QCOMPARE(package().roles.size(), size_t(2));
}

void TestExplanation::decisionAgreesWithEvaluate_data()
{
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("resource");
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("withBoundary");
    QTest::addColumn<Decision>("expected");

    const QByteArray nw = "NorthwindBackupRole";
    const QByteArray contoso = "ContosoMetricsReader";
    const QString via = QString::fromLatin1(kViaS3);
    QTest::newRow("kms:Decrypt of a key through S3")
        << nw << QByteArray("kms:Decrypt") << QByteArray(kKey) << via << false << Decision::Allowed;
    QTest::newRow("kms:Decrypt in any case")
        << nw << QByteArray("KMS:DECRYPT") << QByteArray(kKey) << via << false << Decision::Allowed;
    QTest::newRow("kms:Decrypt without kms:ViaService")
        << nw << QByteArray("kms:Decrypt") << QByteArray(kKey) << QString() << false << Decision::ImplicitlyDenied;
    QTest::newRow("kms:Decrypt through EC2")
        << nw << QByteArray("kms:Decrypt") << QByteArray(kKey)
        << QStringLiteral("kms:ViaService=ec2.us-east-1.amazonaws.com") << false << Decision::ImplicitlyDenied;
    QTest::newRow("s3:GetObject of a snapshot")
        << nw << QByteArray("s3:GetObject") << QByteArray("arn:aws:s3:::acme-backup-snapshots/db/2026-12-01.tar.zst")
        << QString() << false << Decision::Allowed;
    QTest::newRow("s3:GetObject outside the bucket: Deny with NotResource")
        << nw << QByteArray("s3:GetObject") << QByteArray("arn:aws:s3:::acme-payroll/2026/12.csv") << QString() << false
        << Decision::ExplicitlyDenied;
    QTest::newRow("s3:PutObject in the bucket: nothing allows it")
        << nw << QByteArray("s3:PutObject") << QByteArray("arn:aws:s3:::acme-backup-snapshots/x") << QString() << false
        << Decision::ImplicitlyDenied;
    QTest::newRow("boundary denies a key without the vendor tag")
        << nw << QByteArray("kms:Decrypt") << QByteArray(kKey) << via << true << Decision::ExplicitlyDenied;
    QTest::newRow("boundary lets the tagged key through")
        << nw << QByteArray("kms:Decrypt") << QByteArray(kKey)
        << via + QStringLiteral(";aws:ResourceTag/vendor-access=northwind") << true << Decision::Allowed;
    QTest::newRow("boundary does not allow s3:ListBucket")
        << nw << QByteArray("s3:ListBucket") << QByteArray("arn:aws:s3:::acme-backup-snapshots") << QString() << true
        << Decision::ImplicitlyDenied;
    QTest::newRow("Terraform: metrics on *") << contoso << QByteArray("cloudwatch:GetMetricData") << QByteArray("*")
                                             << QString() << false << Decision::Allowed;
    QTest::newRow("Terraform: logs from the office")
        << contoso << QByteArray("logs:GetLogEvents")
        << QByteArray("arn:aws:logs:eu-west-1:123456789012:log-group:/contoso/collector:log-stream:a")
        << QStringLiteral("aws:SourceIp=203.0.113.25") << false << Decision::Allowed;
    QTest::newRow("Terraform: logs from elsewhere")
        << contoso << QByteArray("logs:GetLogEvents")
        << QByteArray("arn:aws:logs:eu-west-1:123456789012:log-group:/contoso/collector:log-stream:a")
        << QStringLiteral("aws:SourceIp=192.0.2.10") << false << Decision::ImplicitlyDenied;
    QTest::newRow("Terraform: another log group")
        << contoso << QByteArray("logs:GetLogEvents")
        << QByteArray("arn:aws:logs:eu-west-1:123456789012:log-group:/payments/api:log-stream:a")
        << QStringLiteral("aws:SourceIp=203.0.113.25") << false << Decision::ImplicitlyDenied;
}

void TestExplanation::decisionAgreesWithEvaluate()
{
    QFETCH(QByteArray, subject);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, resource);
    QFETCH(QString, context);
    QFETCH(bool, withBoundary);
    QFETCH(Decision, expected);

    const Policy boundary = boundaryPolicy();
    ExplainQuestion q = question(subject.constData(), action.constData(), resource.constData(), context);
    if (withBoundary)
        q.boundary = &boundary;
    const Explanation e = explainRequest(Catalog::bundled(), package(), q);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.decision, evaluated(q, subject.toStdString()));
    QCOMPARE(e.decision, expected);
    QCOMPARE(e.subject, subject.toStdString());
    // Allowed exactly when some Allow matched on both sides and no Deny matched.
    const bool denyMatched = std::any_of(
        e.matched.begin(), e.matched.end(), [](const StatementTrace& s) { return s.effect == Effect::Deny; });
    QCOMPARE(denyMatched, expected == Decision::ExplicitlyDenied);
    QCOMPARE(e.boundarySource, std::string(withBoundary ? "given" : ""));
}

void TestExplanation::matchedStatementsWithLines()
{
    const Explanation e = explainRequest(Catalog::bundled(), package(),
        question("NorthwindBackupRole", "kms:decrypt", kKey, QString::fromLatin1(kViaS3)));
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.action, std::string("kms:Decrypt")); // the catalogue's spelling
    QCOMPARE(e.matched.size(), size_t(1));
    const StatementTrace& s = e.matched.front();
    QCOMPARE(s.sid, std::string("DecryptThroughS3"));
    QCOMPARE(s.effect, Effect::Allow);
    QCOMPARE(s.kind, ExplainedPolicyKind::Identity);
    QCOMPARE(s.policy, std::string("NorthwindBackupAccess"));
    QVERIFY(s.file.endsWith(QStringLiteral("explain/northwind-backup.yaml")));
    QCOMPARE(s.location.line, 50);
    QCOMPARE(s.location.column, 17);
    QCOMPARE(s.index, 1);

    const Explanation denied = explainRequest(
        Catalog::bundled(), package(), question("NorthwindBackupRole", "s3:GetObject", "arn:aws:s3:::acme-payroll/a"));
    QCOMPARE(denied.decision, Decision::ExplicitlyDenied);
    QCOMPARE(denied.matched.size(), size_t(1));
    QCOMPARE(denied.matched.front().sid, std::string("StayInSnapshotBucket"));
    QCOMPARE(denied.matched.front().effect, Effect::Deny);
    QCOMPARE(denied.matched.front().location.line, 59);
    QVERIFY(denied.matched.front().notResource);
}

void TestExplanation::conditionTracesCarryRequestValues()
{
    // Several values of one key: IpAddress holds when one of them is in a listed network.
    const Explanation e = explainRequest(Catalog::bundled(), package(),
        question("ContosoMetricsReader", "logs:FilterLogEvents",
            "arn:aws:logs:us-east-1:123456789012:log-group:/contoso/x",
            QStringLiteral("aws:SourceIp=192.0.2.1;aws:SourceIp=198.51.100.7")));
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.decision, Decision::Allowed);
    const StatementTrace* s = findSid(e.matched, "ReadLogsFromOffice");
    QVERIFY(s);
    QCOMPARE(s->conditions.size(), size_t(1));
    const ConditionTrace& c = s->conditions.front();
    QCOMPARE(c.operatorText, std::string("IpAddress"));
    QCOMPARE(c.key, std::string("aws:SourceIp"));
    QCOMPARE(c.values, (std::vector<std::string> { "203.0.113.0/24", "198.51.100.7/32" }));
    QVERIFY(c.requestHasKey);
    QCOMPARE(c.requestValues, (std::vector<std::string> { "192.0.2.1", "198.51.100.7" }));
    QVERIFY(c.holds);
    QVERIFY(c.location.line > 0);

    // The key absent from the request: the trace says so, and the condition fails.
    const Explanation absent = explainRequest(Catalog::bundled(), package(),
        question("ContosoMetricsReader", "logs:FilterLogEvents",
            "arn:aws:logs:us-east-1:123456789012:log-group:/contoso/x"));
    QCOMPARE(absent.decision, Decision::ImplicitlyDenied);
    const StatementTrace* t = findSid(absent.notMatched, "ReadLogsFromOffice");
    QVERIFY(t);
    QCOMPARE(t->mismatch, StatementMismatch::Condition);
    QCOMPARE(t->conditions.size(), size_t(1));
    QVERIFY(!t->conditions.front().requestHasKey);
    QVERIFY(t->conditions.front().requestValues.empty());
    QVERIFY(!t->conditions.front().holds);
}

void TestExplanation::notMatchedReasons_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("resource");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QByteArray>("sid");
    QTest::addColumn<StatementMismatch>("reason");
    QTest::addColumn<QString>("detail");

    QTest::newRow("action not in Action")
        << QByteArray("kms:Decrypt") << QByteArray(kKey) << QString() << QByteArray("ReadSnapshots")
        << StatementMismatch::Action << QStringLiteral("its Action does not name kms:Decrypt");
    QTest::newRow("resource not in Resource")
        << QByteArray("s3:GetObject") << QByteArray("arn:aws:s3:::acme-payroll/a") << QString()
        << QByteArray("ReadSnapshots") << StatementMismatch::Resource
        << QStringLiteral("its Resource does not cover arn:aws:s3:::acme-payroll/a");
    QTest::newRow("resource in NotResource")
        << QByteArray("s3:GetObject") << QByteArray("arn:aws:s3:::acme-backup-snapshots/a") << QString()
        << QByteArray("StayInSnapshotBucket") << StatementMismatch::Resource
        << QStringLiteral("the resource arn:aws:s3:::acme-backup-snapshots/a is in its NotResource");
    QTest::newRow("condition fails") << QByteArray("kms:Decrypt") << QByteArray(kKey)
                                     << QStringLiteral("kms:ViaService=ec2.us-east-1.amazonaws.com")
                                     << QByteArray("DecryptThroughS3") << StatementMismatch::Condition
                                     << QStringLiteral("its condition does not hold: StringEquals kms:ViaService");
}

void TestExplanation::notMatchedReasons()
{
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, resource);
    QFETCH(QString, context);
    QFETCH(QByteArray, sid);
    QFETCH(StatementMismatch, reason);
    QFETCH(QString, detail);
    const Explanation e = explainRequest(Catalog::bundled(), package(),
        question("NorthwindBackupRole", action.constData(), resource.constData(), context));
    QVERIFY2(e.ok(), qPrintable(e.error));
    const StatementTrace* s = findSid(e.notMatched, sid.constData());
    QVERIFY2(s, sid.constData());
    QCOMPARE(s->mismatch, reason);
    QCOMPARE(mismatchText(*s, e.action, e.resource), detail);
    QVERIFY(!findSid(e.matched, sid.constData()));
    // Conditions are traced only where action and resource matched.
    QCOMPARE(s->conditions.empty(), reason != StatementMismatch::Condition);
    if (reason == StatementMismatch::Condition)
        QCOMPARE(s->conditions.front().requestValues, std::vector<std::string> { "ec2.us-east-1.amazonaws.com" });
}

void TestExplanation::boundaryStatementsTakePart()
{
    const Policy boundary = boundaryPolicy();
    ExplainQuestion q = question("NorthwindBackupRole", "kms:Decrypt", kKey, QString::fromLatin1(kViaS3));
    q.boundary = &boundary;
    const Explanation e = explainRequest(Catalog::bundled(), package(), q);
    QCOMPARE(e.decision, Decision::ExplicitlyDenied);
    QVERIFY(e.identityAllows);
    const StatementTrace* deny = findSid(e.matched, "OnlyKeysTaggedForNorthwind");
    QVERIFY(deny);
    QCOMPARE(deny->kind, ExplainedPolicyKind::Boundary);
    QCOMPARE(deny->location.line, 14);
    QCOMPARE(deny->conditions.size(), size_t(1));
    QCOMPARE(deny->conditions.front().operatorText, std::string("StringNotEquals"));
    QVERIFY(!deny->conditions.front().requestHasKey);
    QVERIFY(deny->conditions.front().holds); // a negated operator holds for an absent key
    QVERIFY(findSid(e.matched, "AllowBackupServices"));
    QVERIFY(e.fixes.empty()); // already denied

    // s3:ListBucket: the role allows it, the boundary does not.
    ExplainQuestion list = question("NorthwindBackupRole", "s3:ListBucket", "arn:aws:s3:::acme-backup-snapshots");
    list.boundary = &boundary;
    const Explanation l = explainRequest(Catalog::bundled(), package(), list);
    QCOMPARE(l.decision, Decision::ImplicitlyDenied);
    QVERIFY(l.identityAllows);
    QVERIFY(!l.boundaryAllows);
    const StatementTrace* allow = findSid(l.notMatched, "AllowBackupServices");
    QVERIFY(allow);
    QCOMPARE(allow->mismatch, StatementMismatch::Action);
}

void TestExplanation::fixesReallyDeny_data()
{
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("resource");
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("fixes");

    QTest::newRow("a key through S3") << QByteArray("NorthwindBackupRole") << QByteArray("kms:Decrypt")
                                      << QByteArray(kKey) << QString::fromLatin1(kViaS3) << 3;
    QTest::newRow("a snapshot") << QByteArray("NorthwindBackupRole") << QByteArray("s3:GetObject")
                                << QByteArray("arn:aws:s3:::acme-backup-snapshots/db.tar") << QString() << 3;
    // An action that takes no resource: no ARN to deny it on.
    QTest::newRow("metrics on *") << QByteArray("ContosoMetricsReader") << QByteArray("cloudwatch:ListMetrics")
                                  << QByteArray("*") << QString() << 1;
}

void TestExplanation::fixesReallyDeny()
{
    QFETCH(QByteArray, subject);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, resource);
    QFETCH(QString, context);
    QFETCH(int, fixes);
    const Catalog& catalog = Catalog::bundled();
    const ExplainQuestion q = question(subject.constData(), action.constData(), resource.constData(), context);
    const Explanation e = explainRequest(catalog, package(), q);
    QCOMPARE(e.decision, Decision::Allowed);
    QCOMPARE(e.fixes.size(), size_t(fixes));
    // Smallest first: the action on the resource, then the action everywhere.
    if (fixes == 3) {
        QCOMPARE(e.fixes[0].edit.part(), BoundaryEdit::Part::ArnDenies);
        QCOMPARE(e.fixes[0].edit.payload().arnDenies.front(), (ArnDeny { e.action, resource.toStdString() }));
        QCOMPARE(e.fixes[1].edit.payload().deniedActions, std::vector<std::string> { e.action });
    } else {
        QCOMPARE(e.fixes[0].edit.payload().deniedActions, std::vector<std::string> { e.action });
    }
    const auto role = std::find_if(
        package().roles.begin(), package().roles.end(), [&](const RoleRecord& r) { return r.name == e.subject; });
    std::vector<const Policy*> identity;
    for (const PolicyRecord& p : role->policies)
        identity.push_back(&p.policy);
    for (const ExplainFix& f : e.fixes) {
        // Applied by the composer to a fresh draft, the edit denies the request; undone, the draft is as before.
        BoundaryDraft draft;
        const BoundaryDraft before = draft;
        BoundaryEdit edit = f.edit;
        edit.apply(draft);
        const Policy boundary = draft.toPolicy(catalog);
        const Decision after
            = evaluateRequest(identity, &boundary, Request { e.action, e.resource, q.context }).decision;
        QCOMPARE(after, Decision::ExplicitlyDenied);
        QCOMPARE(f.decision, after);
        edit.revert(draft);
        QCOMPARE(draft, before);
        // A neighbouring resource is not denied by the ARN fix.
        if (f.edit.part() == BoundaryEdit::Part::ArnDenies && f.edit.payload().arnDenies.front().action == e.action)
            QCOMPARE(evaluateRequest({ &boundary }, nullptr, Request { e.action, e.resource + "-other", q.context })
                         .decision,
                Decision::Allowed);
    }
}

void TestExplanation::fixesApplyToTheComposersDraft()
{
    const Catalog& catalog = Catalog::bundled();
    // The composer's draft allows only S3 and KMS; the fixes are checked against it.
    BoundaryDraft draft;
    draft.allowedServices = { "s3", "kms" };
    const Policy boundary = draft.toPolicy(catalog);
    ExplainQuestion q = question("NorthwindBackupRole", "kms:Decrypt", kKey, QString::fromLatin1(kViaS3));
    q.boundary = &boundary;
    q.draft = &draft;
    const Explanation e = explainRequest(catalog, package(), q);
    QCOMPARE(e.decision, Decision::Allowed);
    QCOMPARE(e.fixes.size(), size_t(3));
    for (const ExplainFix& f : e.fixes) {
        BoundaryDraft edited = draft;
        BoundaryEdit edit = f.edit;
        edit.apply(edited);
        QVERIFY(edited.allowedServices == draft.allowedServices); // the draft's other choices stay
        const Policy after = edited.toPolicy(catalog);
        std::vector<const Policy*> identity;
        for (const PolicyRecord& p : package().roles.front().policies)
            identity.push_back(&p.policy);
        QCOMPARE(evaluateRequest(identity, &after, Request { e.action, e.resource, q.context }).decision,
            Decision::ExplicitlyDenied);
    }
}

void TestExplanation::onlyFixesThatDenyAreListed()
{
    // The resource text holds "${...}": as an ARN deny it would be a policy variable that never resolves, so that
    // edit would deny nothing and is left out; denying the action still works.
    const Explanation e = explainRequest(Catalog::bundled(), package(),
        question("NorthwindBackupRole", "s3:GetObject", "arn:aws:s3:::acme-backup-snapshots/${aws:username}"));
    QCOMPARE(e.decision, Decision::Allowed);
    QCOMPARE(e.fixes.size(), size_t(1));
    QCOMPARE(e.fixes.front().edit.part(), BoundaryEdit::Part::DeniedActions);
}

void TestExplanation::noFixesForADeniedRequest()
{
    const Explanation e = explainRequest(Catalog::bundled(), package(),
        question("NorthwindBackupRole", "s3:PutObject", "arn:aws:s3:::acme-backup-snapshots/x"));
    QCOMPARE(e.decision, Decision::ImplicitlyDenied);
    QVERIFY(e.matched.empty());
    QVERIFY(e.fixes.empty());
}

void TestExplanation::callerIdentityCannotBeDenied()
{
    // The role grants no sts action, yet AWS answers sts:GetCallerIdentity for every caller: allowed, said so,
    // and no boundary edit is offered, since none would deny it.
    const Explanation e
        = explainRequest(Catalog::bundled(), package(), question("NorthwindBackupRole", "sts:GetCallerIdentity", "*"));
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.decision, Decision::Allowed);
    QVERIFY(e.needsNoPermission);
    QVERIFY(!e.identityAllows);
    QVERIFY(e.matched.empty());
    QVERIFY(e.fixes.empty());
}

void TestExplanation::defaultSubject()
{
    const ReviewSubject one = loadPackage({ kCfn });
    const Explanation e
        = explainRequest(Catalog::bundled(), one, question("", "s3:ListBucket", "arn:aws:s3:::acme-backup-snapshots"));
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.subject, std::string("NorthwindBackupRole"));
    QCOMPARE(e.subjectKind, std::string("role"));
    QCOMPARE(e.decision, Decision::Allowed);
    // By logical id too.
    const Explanation byId = explainRequest(
        Catalog::bundled(), package(), question("aws_iam_role.metrics_reader", "cloudwatch:ListMetrics", "*"));
    QVERIFY2(byId.ok(), qPrintable(byId.error));
    QCOMPARE(byId.subject, std::string("ContosoMetricsReader"));
    QCOMPARE(explainSubjects(package()), (std::vector<std::string> { "NorthwindBackupRole", "ContosoMetricsReader" }));
}

void TestExplanation::errors_data()
{
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("resource");
    QTest::addColumn<QString>("message");

    QTest::newRow("several subjects, none named")
        << QByteArray() << QByteArray("s3:GetObject") << QByteArray("*")
        << QStringLiteral("several subjects; name one of: NorthwindBackupRole (role), ContosoMetricsReader (role)");
    QTest::newRow("misspelt subject") << QByteArray("NorthwindBackup") << QByteArray("s3:GetObject") << QByteArray("*")
                                      << QStringLiteral("did you mean \"NorthwindBackupRole\"?");
    QTest::newRow("misspelt action") << QByteArray("NorthwindBackupRole") << QByteArray("kms:Decrpyt")
                                     << QByteArray("*")
                                     << QStringLiteral("unknown action \"kms:Decrpyt\"; did you mean kms:Decrypt");
    QTest::newRow("a pattern, not an action") << QByteArray("NorthwindBackupRole") << QByteArray("s3:Get*")
                                              << QByteArray("*") << QStringLiteral("is a pattern");
    QTest::newRow("no resource") << QByteArray("NorthwindBackupRole") << QByteArray("s3:GetObject") << QByteArray()
                                 << QStringLiteral("no resource given");
}

void TestExplanation::errors()
{
    QFETCH(QByteArray, subject);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, resource);
    QFETCH(QString, message);
    const Explanation e = explainRequest(
        Catalog::bundled(), package(), question(subject.constData(), action.constData(), resource.constData()));
    QVERIFY(!e.ok());
    QVERIFY2(e.error.contains(message), qPrintable(e.error));
    QVERIFY(e.matched.empty() && e.notMatched.empty() && e.fixes.empty());
}

void TestExplanation::resourceTemplates()
{
    const Catalog& catalog = Catalog::bundled();
    const std::vector<std::string> kms = grantscope::resourceTemplates(catalog, "KMS:decrypt");
    QVERIFY(std::find(kms.begin(), kms.end(), "arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}") != kms.end());
    QCOMPARE(grantscope::resourceTemplates(catalog, "sts:GetCallerIdentity"), std::vector<std::string> { "*" });
    QVERIFY(grantscope::resourceTemplates(catalog, "kms:NoSuchAction").empty());
}

void TestExplanation::questionFromAFinding()
{
    const Review review = loadReview({ kCfn });
    const auto decrypt = std::find_if(review.analysis.findings.begin(), review.analysis.findings.end(),
        [](const Finding& f) { return f.rule == "kms-decrypt-any-key"; });
    QVERIFY(decrypt != review.analysis.findings.end());
    ExplainQuestion q = questionFromFinding(Catalog::bundled(), *decrypt);
    QCOMPARE(q.subject, std::string("NorthwindBackupRole"));
    QCOMPARE(q.action, std::string("kms:Decrypt")); // the finding's lower-case action, as AWS spells it
    QCOMPARE(q.resource, std::string("*"));
    // Asked as it stands, the statement the finding rests on is the one whose condition decides.
    const Explanation asked = explainRequest(Catalog::bundled(), review.package, q);
    QVERIFY2(asked.ok(), qPrintable(asked.error));
    QCOMPARE(asked.decision, Decision::ImplicitlyDenied);
    const StatementTrace* s = findSid(asked.notMatched, decrypt->evidence.front().sid.c_str());
    QVERIFY(s);
    QCOMPARE(s->mismatch, StatementMismatch::Condition);
    q.context = contextOf(QString::fromLatin1(kViaS3));
    QCOMPARE(explainRequest(Catalog::bundled(), review.package, q).decision, Decision::Allowed);

    // A trust finding is not a request of the role's permissions: no action, and explaining it is refused.
    const auto trust = std::find_if(review.analysis.findings.begin(), review.analysis.findings.end(),
        [](const Finding& f) { return f.category == "trust"; });
    QVERIFY(trust != review.analysis.findings.end());
    const ExplainQuestion t = questionFromFinding(Catalog::bundled(), *trust);
    QVERIFY(t.action.empty());
    QVERIFY(!explainRequest(Catalog::bundled(), review.package, t).ok());
}

void TestExplanation::resourcePolicyGrantee()
{
    // The bucket policy lets the vendor's account read the archive: the grantee is a subject of its own.
    const ReviewSubject archive
        = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/resourcepolicies/shared-archive.yaml") });
    const Policy boundary = boundaryPolicy();
    ExplainQuestion q = question(
        "ArchiveBucketPolicy", "s3:GetObject", "arn:aws:s3:::quillfeather-archive-123456789012/2026/12/01.log.gz");
    q.boundary = &boundary; // denies nothing here, but must not be applied at all
    const Explanation e = explainRequest(Catalog::bundled(), archive, q);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.subjectKind, std::string("resource-policy"));
    QCOMPARE(e.decision, Decision::Allowed);
    QCOMPARE(e.matched.size(), size_t(1));
    QCOMPARE(e.matched.front().kind, ExplainedPolicyKind::Resource);
    QCOMPARE(e.matched.front().sid, std::string("VendorRead"));
    QCOMPARE(e.boundarySource, std::string("not-applicable"));
    // No boundary of the customer's limits another account's use of a bucket policy: no fix is offered.
    QVERIFY(e.fixes.empty());
    // s3:ListBucket is allowed by the same statement, but the boundary fixture does not allow it: still allowed.
    q.action = "s3:ListBucket";
    q.resource = "arn:aws:s3:::quillfeather-archive-123456789012";
    QCOMPARE(explainRequest(Catalog::bundled(), archive, q).decision, Decision::Allowed);

    // "*" in a key policy is the key itself, named by the template's logical id until it is deployed: asked
    // about that key, the vendor's statement decides; asked about another key, it does not apply.
    ExplainQuestion key = question("ArchiveKey", "kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/${ArchiveKey}");
    const Explanation onKey = explainRequest(Catalog::bundled(), archive, key);
    QVERIFY2(onKey.ok(), qPrintable(onKey.error));
    QCOMPARE(onKey.decision, Decision::Allowed);
    QCOMPARE(onKey.matched.size(), size_t(1));
    QCOMPARE(onKey.matched.front().sid, std::string("VendorDecrypt"));
    key.resource = kKey;
    QCOMPARE(explainRequest(Catalog::bundled(), archive, key).decision, Decision::ImplicitlyDenied);
}

void TestExplanation::principalOfAGrantee_data()
{
    QTest::addColumn<QByteArray>("principal");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<Decision>("expected");
    QTest::addColumn<QByteArray>("principalMismatch"); // the Sid that does not apply to the principal, if any

    const QByteArray northwindRole = "arn:aws:iam::444455556666:role/NorthwindExport";
    const QByteArray contosoRole = "arn:aws:iam::555566667777:role/ContosoReportsReader";
    QTest::newRow("a role of the account the policy names reads")
        << northwindRole << QByteArray("s3:GetObject") << Decision::Allowed << QByteArray("ContosoListsExports");
    QTest::newRow("the account's role may not list: that grant is Contoso's")
        << northwindRole << QByteArray("s3:ListBucket") << Decision::ImplicitlyDenied
        << QByteArray("ContosoListsExports");
    QTest::newRow("the named role lists")
        << contosoRole << QByteArray("s3:ListBucket") << Decision::Allowed << QByteArray("NorthwindReadsReports");
    QTest::newRow("another role of Contoso's account does not")
        << QByteArray("arn:aws:iam::555566667777:role/Other") << QByteArray("s3:ListBucket")
        << Decision::ImplicitlyDenied << QByteArray("ContosoListsExports");
    QTest::newRow("a stranger reads nothing") << QByteArray("111122223333") << QByteArray("s3:GetObject")
                                              << Decision::ImplicitlyDenied << QByteArray("NorthwindReadsReports");
    QTest::newRow("any principal the policy names")
        << QByteArray() << QByteArray("s3:ListBucket") << Decision::Allowed << QByteArray();
}

void TestExplanation::principalOfAGrantee()
{
    QFETCH(QByteArray, principal);
    QFETCH(QByteArray, action);
    QFETCH(Decision, expected);
    QFETCH(QByteArray, principalMismatch);
    const ReviewSubject reports
        = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/explain/shared-reports-bucket.yaml") });
    QVERIFY(!hasErrors(reports.diagnostics));
    const bool list = action == "s3:ListBucket";
    ExplainQuestion q = question("ReportsBucketPolicy", action.constData(),
        list ? "arn:aws:s3:::acme-billing-reports-123456789012"
             : "arn:aws:s3:::acme-billing-reports-123456789012/exports/2026-11.csv.gz",
        list ? QStringLiteral("s3:prefix=exports/2026") : QString());
    q.principal = principal.toStdString();
    const Explanation e = explainRequest(Catalog::bundled(), reports, q);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.decision, expected);
    if (!principalMismatch.isEmpty()) {
        const StatementTrace* s = findSid(e.notMatched, principalMismatch.constData());
        QVERIFY(s);
        QCOMPARE(s->mismatch, StatementMismatch::Principal);
        QCOMPARE(mismatchText(*s, e.action, e.resource),
            QStringLiteral("its Principal does not name the principal asked about"));
    } else {
        QVERIFY(std::none_of(e.notMatched.begin(), e.notMatched.end(),
            [](const StatementTrace& s) { return s.mismatch == StatementMismatch::Principal; }));
    }
    // The decision is the evaluator's over the statements that let the principal in.
    std::vector<Policy> admitted;
    for (const PolicyRecord& p : reports.roles.front().policies) {
        Policy copy = p.policy;
        std::erase_if(copy.statements, [&](const Statement& st) {
            return !principal.isEmpty()
                && !std::any_of(st.principals.begin(), st.principals.end(),
                    [&](const PrincipalEntry& pe) { return principalCovers(pe, principal.toStdString()); });
        });
        admitted.push_back(std::move(copy));
    }
    std::vector<const Policy*> pointers;
    for (const Policy& p : admitted)
        pointers.push_back(&p);
    QCOMPARE(e.decision, evaluateRequest(pointers, nullptr, Request { e.action, e.resource, q.context }).decision);
}

void TestExplanation::principalCoversEntries_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("principal");
    QTest::addColumn<bool>("covers");
    QTest::newRow("* covers anyone") << QByteArray("*") << QByteArray("*") << QByteArray("111122223333") << true;
    QTest::newRow("AWS * covers anyone") << QByteArray("AWS") << QByteArray("*")
                                         << QByteArray("arn:aws:iam::111122223333:user/x") << true;
    QTest::newRow("account id covers its roles")
        << QByteArray("AWS") << QByteArray("444455556666") << QByteArray("arn:aws:iam::444455556666:role/r") << true;
    QTest::newRow("root ARN covers its account id")
        << QByteArray("AWS") << QByteArray("arn:aws:iam::444455556666:root") << QByteArray("444455556666") << true;
    QTest::newRow("root ARN does not cover another account")
        << QByteArray("AWS") << QByteArray("arn:aws:iam::444455556666:root")
        << QByteArray("arn:aws:iam::444455556667:role/r") << false;
    QTest::newRow("a role covers only itself") << QByteArray("AWS") << QByteArray("arn:aws:iam::444455556666:role/a")
                                               << QByteArray("arn:aws:iam::444455556666:role/b") << false;
    QTest::newRow("a role does not cover its account")
        << QByteArray("AWS") << QByteArray("arn:aws:iam::444455556666:role/a") << QByteArray("444455556666") << false;
    QTest::newRow("service, any case") << QByteArray("Service") << QByteArray("s3.amazonaws.com")
                                       << QByteArray("S3.amazonaws.com") << true;
    QTest::newRow("another service") << QByteArray("Service") << QByteArray("s3.amazonaws.com")
                                     << QByteArray("sns.amazonaws.com") << false;
}

void TestExplanation::principalCoversEntries()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, principal);
    QFETCH(bool, covers);
    QCOMPARE(principalCovers(PrincipalEntry { type.toStdString(), value.toStdString(), {} }, principal.toStdString()),
        covers);
}

QTEST_GUILESS_MAIN(TestExplanation)
#include "tst_explanation.moc"
