// SPDX-License-Identifier: GPL-3.0-or-later
// SemanticDiff: requested / before / after per action, service and access level, and what a boundary
// does to each finding, on a small hand-made package.
#include "analysis/RequestContext.h"
#include "catalog/Catalog.h"
#include "diff/SemanticDiff.h"
#include "policy/PolicyParser.h"

#include <QTest>
#include <algorithm>

using namespace grantscope;

class TestSemanticDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void beforeAndAfter_data();
    void beforeAndAfter();
    void resourcesAndConditions();
    void serviceLevelRows();
    void findings_data();
    void findings();
    void staticView();
    void packageBoundaryIsReplaced();
    void denyOnlyBoundaryRemovesEverything();
    void denyOnAnArnOnlyWhereItCanApply();
    void conditionsListedUnderAContext();
};

namespace {

const Catalog& catalog()
{
    return Catalog::bundled();
}

Policy parse(std::string_view json, const char* name, PolicyKind kind = PolicyKind::Identity)
{
    Diagnostics d;
    PolicyParser::Result r
        = PolicyParser::parseJson(json, kind, QStringLiteral("%1.json").arg(QLatin1String(name)), name, d);
    if (!r.ok)
        qFatal("fixture does not parse: %s", qPrintable(d.front().toString()));
    return r.policy;
}

int idx(const char* name)
{
    const int i = catalog().findAction(name);
    if (i < 0)
        qFatal("unknown action %s", name);
    return i;
}

constexpr std::string_view kRolePolicy = R"({"Version":"2012-10-17","Statement":[
  {"Effect":"Allow","Action":["kms:Decrypt","kms:DescribeKey"],"Resource":"*"},
  {"Effect":"Allow","Action":["ec2:StopInstances","ec2:DescribeInstances"],"Resource":"*"},
  {"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
   "Condition":{"StringEquals":{"aws:ResourceTag/vendor":"acme"}}},
  {"Effect":"Allow","Action":"sqs:ReceiveMessage","Resource":"*",
   "Condition":{"StringNotEquals":{"aws:PrincipalTag/team":"blocked"}}}]})";

constexpr std::string_view kStandalone = R"({"Version":"2012-10-17","Statement":[
  {"Effect":"Allow","Action":"logs:GetLogEvents","Resource":"arn:aws:logs:*:123456789012:log-group:acme-*"}]})";

constexpr std::string_view kBoundary = R"({"Version":"2012-10-17","Statement":[
  {"Effect":"Allow","Action":"*","Resource":"*"},
  {"Effect":"Deny","Action":"kms:Decrypt","Resource":"*"},
  {"Effect":"Deny","Action":"ec2:*","Resource":"arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod"},
  {"Effect":"Deny","Action":"logs:GetLogEvents","Resource":"*"}]})";

constexpr std::string_view kPackageBoundary = R"({"Version":"2012-10-17","Statement":[
  {"Effect":"Allow","Action":["kms:*","ec2:*","sqs:*","s3:*"],"Resource":"*"}]})";

constexpr std::string_view kDenyOnly = R"({"Version":"2012-10-17","Statement":[
  {"Effect":"Deny","Action":"iam:*","Resource":"*"}]})";

ReviewSubject package(bool withOwnBoundary = false)
{
    ReviewSubject s;
    RoleRecord role;
    role.name = "VendorRole";
    PolicyRecord p;
    p.origin = PolicyOrigin::Inline;
    p.name = "VendorPolicy";
    p.policy = parse(kRolePolicy, "VendorPolicy");
    role.policies.push_back(p);
    if (withOwnBoundary) {
        role.hasBoundary = true;
        role.boundary.name = "PackageBoundary";
        role.boundary.policy = parse(kPackageBoundary, "PackageBoundary", PolicyKind::Boundary);
    }
    s.roles.push_back(role);
    PolicyRecord standalone;
    standalone.name = "LogsPolicy";
    standalone.policy = parse(kStandalone, "LogsPolicy");
    s.standalonePolicies.push_back(standalone);
    return s;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromLatin1(i);
    return out;
}

const ActionDiff& actionDiff(const SemanticDiff& d, const char* name)
{
    const int i = idx(name);
    const auto it
        = std::find_if(d.actions.begin(), d.actions.end(), [&](const ActionDiff& a) { return a.action == i; });
    if (it == d.actions.end())
        qFatal("%s not in the diff", name);
    return *it;
}

Finding finding(const char* rule, const char* subject, std::vector<std::string> actions,
    std::vector<std::string> resources = { "*" })
{
    Finding f;
    f.rule = rule;
    f.subject = subject;
    f.actions = std::move(actions);
    f.resources = std::move(resources);
    return f;
}

} // namespace

void TestSemanticDiff::beforeAndAfter_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("before");
    QTest::addColumn<bool>("after");
    QTest::newRow("kms:Decrypt denied on *") << "kms:Decrypt" << true << false;
    QTest::newRow("kms:DescribeKey untouched") << "kms:DescribeKey" << true << true;
    QTest::newRow("ec2:StopInstances denied on one instance only") << "ec2:StopInstances" << true << true;
    QTest::newRow("ec2:DescribeInstances unchanged") << "ec2:DescribeInstances" << true << true;
    QTest::newRow("StringEquals without its key is not met") << "s3:GetObject" << false << false;
    QTest::newRow("StringNotEquals without its key is met") << "sqs:ReceiveMessage" << true << true;
    QTest::newRow("stand-alone policy's action denied") << "logs:GetLogEvents" << true << false;
}

void TestSemanticDiff::beforeAndAfter()
{
    QFETCH(QString, action);
    QFETCH(bool, before);
    QFETCH(bool, after);
    const ReviewSubject p = package();
    const Policy boundary = parse(kBoundary, "B", PolicyKind::Boundary);
    const RequestContext noKeys;
    const SemanticDiff d = computeSemanticDiff(catalog(), p, &boundary, {}, &noKeys);
    QCOMPARE(d.requested.count(), 7);
    QCOMPARE(int(d.actions.size()), 7);
    const ActionDiff& a = actionDiff(d, qPrintable(action));
    QCOMPARE(a.before, before);
    QCOMPARE(a.after, after);
    QCOMPARE(d.before.test(a.action), before);
    QCOMPARE(d.after.test(a.action), after);
    QCOMPARE(d.removed().test(a.action), before && !after);
}

void TestSemanticDiff::resourcesAndConditions()
{
    const ReviewSubject p = package();
    const Policy boundary = parse(kBoundary, "B", PolicyKind::Boundary);
    const RequestContext noKeys;
    const SemanticDiff d = computeSemanticDiff(catalog(), p, &boundary, {}, &noKeys);
    // In name order.
    QVERIFY(std::is_sorted(d.actions.begin(), d.actions.end(), [](const ActionDiff& x, const ActionDiff& y) {
        return catalog().lowerActionName(x.action) < catalog().lowerActionName(y.action);
    }));
    const ActionDiff& stop = actionDiff(d, "ec2:StopInstances");
    // Granted on "*", denied on one instance: kept on the instances (its one resource type), not on "*", of
    // the customer's account (the package names 123456789012 and no other account).
    QCOMPARE(stop.resourcesKept, std::vector<std::string> { "arn:aws:ec2:*:123456789012:instance/*" });
    QCOMPARE(stop.resourcesDenied, std::vector<std::string> { "arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod" });
    const ActionDiff& decrypt = actionDiff(d, "kms:Decrypt");
    QVERIFY(decrypt.resourcesKept.empty());
    QCOMPARE(decrypt.resourcesDenied, std::vector<std::string> { "*" });
    const ActionDiff& get = actionDiff(d, "s3:GetObject");
    QCOMPARE(get.conditions, std::vector<std::string> { "StringEquals aws:ResourceTag/vendor = acme" });
    QVERIFY(get.resourcesKept.empty());
}

void TestSemanticDiff::serviceLevelRows()
{
    const ReviewSubject p = package();
    const Policy boundary = parse(kBoundary, "B", PolicyKind::Boundary);
    const RequestContext noKeys;
    const SemanticDiff d = computeSemanticDiff(catalog(), p, &boundary, {}, &noKeys);
    int requested = 0, before = 0, after = 0;
    for (const ServiceLevelDiff& r : d.rows) {
        QVERIFY(r.requested > 0);
        requested += r.requested;
        before += r.before;
        after += r.after;
        QCOMPARE(r.removed.count(), r.before - r.after);
        r.removed.forEach([&](int a) {
            QCOMPARE(catalog().action(a).service, r.service);
            QCOMPARE(primaryAccessLevel(catalog().action(a).levels), r.level);
        });
    }
    QCOMPARE(requested, d.requested.count());
    QCOMPARE(before, d.before.count());
    QCOMPARE(after, d.after.count());
    QCOMPARE(d.before.count(), 6);
    QCOMPARE(d.after.count(), 4);
    // Services in name order: ec2, kms, logs, s3, sqs.
    std::vector<std::string> services;
    for (const ServiceLevelDiff& r : d.rows)
        if (services.empty() || services.back() != catalog().service(r.service).prefix)
            services.emplace_back(catalog().service(r.service).prefix);
    QCOMPARE(services, (std::vector<std::string> { "ec2", "kms", "logs", "s3", "sqs" }));
}

void TestSemanticDiff::findings_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QStringList>("resources");
    QTest::addColumn<QString>("state");
    QTest::newRow("decrypt denied everywhere")
        << "kms-decrypt-any-key"
        << "VendorRole" << list({ "kms:decrypt" }) << list({ "*" }) << "mitigated";
    QTest::newRow("stop denied on one instance of all")
        << "disruption-compute"
        << "VendorRole" << list({ "ec2:stopinstances" }) << list({ "*" }) << "partial";
    QTest::newRow("stop on exactly the denied instance")
        << "disruption-compute"
        << "VendorRole" << list({ "ec2:stopinstances" })
        << list({ "arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod" }) << "mitigated";
    QTest::newRow("one of two actions removed")
        << "kms"
        << "VendorRole" << list({ "kms:decrypt", "kms:describekey" }) << list({ "*" }) << "partial";
    QTest::newRow("untouched") << "data-read-messages"
                               << "VendorRole" << list({ "sqs:receivemessage" }) << list({ "*" }) << "remaining";
    QTest::newRow("no actions (trust)") << "trust-no-external-id"
                                        << "VendorRole" << list({}) << list({}) << "not-applicable";
    QTest::newRow("not allowed before either (condition unmet)")
        << "data-read-objects"
        << "VendorRole" << list({ "s3:getobject" }) << list({ "*" }) << "not-applicable";
    QTest::newRow("unknown subject: every subject counts")
        << "data-read-messages"
        << "" << list({ "logs:getlogevents" }) << list({ "*" }) << "mitigated";
    // A misspelt name (a validation finding names no subject): no grant can allow it, so nothing is at risk.
    QTest::newRow("unknown actions only")
        << "validation-unknown-action"
        << "" << list({ "deepracer:listmodels", "s3:getobjekt" }) << list({}) << "not-applicable";
    QTest::newRow("an unknown action beside a known one")
        << "data-read-messages"
        << "" << list({ "deepracer:listmodels", "logs:getlogevents" }) << list({ "*" }) << "mitigated";
    QTest::newRow("the action on another subject does not count")
        << "data-read-messages"
        << "VendorRole" << list({ "logs:getlogevents" }) << list({ "*" }) << "not-applicable";
}

void TestSemanticDiff::findings()
{
    QFETCH(QString, rule);
    QFETCH(QString, subject);
    QFETCH(QStringList, actions);
    QFETCH(QStringList, resources);
    QFETCH(QString, state);
    std::vector<std::string> a, r;
    for (const QString& s : actions)
        a.push_back(s.toStdString());
    for (const QString& s : resources)
        r.push_back(s.toStdString());
    const std::vector<Finding> found { finding("other", "VendorRole", { "sqs:receivemessage" }),
        finding(qPrintable(rule), qPrintable(subject), a, r) };
    const ReviewSubject p = package();
    const Policy boundary = parse(kBoundary, "B", PolicyKind::Boundary);
    const RequestContext noKeys;
    const SemanticDiff d = computeSemanticDiff(catalog(), p, &boundary, found, &noKeys);
    QCOMPARE(d.findings.size(), size_t(2));
    QCOMPARE(d.findings[1].finding, size_t(1));
    QCOMPARE(QString::fromLatin1(mitigationStateKey(d.findings[1].state)), state);
    if (state == QStringLiteral("mitigated"))
        QVERIFY(d.findings[1].surviving.empty());
    if (state == QStringLiteral("remaining"))
        QCOMPARE(d.findings[1].surviving.size(), size_t(a.size()));
}

void TestSemanticDiff::staticView()
{
    // Without a context: conditional grants may be allowed, and a conditional deny never removes.
    const ReviewSubject p = package();
    const Policy boundary = parse(R"({"Version":"2012-10-17","Statement":[
      {"Effect":"Allow","Action":"*","Resource":"*"},
      {"Effect":"Deny","Action":"ec2:StopInstances","Resource":"*",
       "Condition":{"StringEquals":{"aws:ResourceTag/env":"production"}}}]})",
        "B", PolicyKind::Boundary);
    const std::vector<Finding> found { finding("disruption-compute", "VendorRole", { "ec2:stopinstances" }) };
    const SemanticDiff d = computeSemanticDiff(catalog(), p, &boundary, found, nullptr);
    QVERIFY(actionDiff(d, "s3:GetObject").before);
    QVERIFY(actionDiff(d, "s3:GetObject").after);
    QVERIFY(actionDiff(d, "ec2:StopInstances").after);
    QCOMPARE(d.findings[0].state, MitigationState::Partial); // denied on production only
    // The same with a request that carries the production tag: the deny applies.
    RequestContext production;
    production.set("aws:ResourceTag/env", std::string("production"));
    const SemanticDiff tagged = computeSemanticDiff(catalog(), p, &boundary, found, &production);
    QVERIFY(!actionDiff(tagged, "ec2:StopInstances").after);
    QCOMPARE(tagged.findings[0].state, MitigationState::Mitigated);
}

void TestSemanticDiff::packageBoundaryIsReplaced()
{
    // Before: under the package's own boundary (no logs for the role, but the stand-alone policy has none).
    const ReviewSubject p = package(true);
    const RequestContext noKeys;
    const SemanticDiff none = computeSemanticDiff(catalog(), p, nullptr, {}, &noKeys);
    QVERIFY(none.before == none.after);
    QVERIFY(actionDiff(none, "kms:Decrypt").before);
    const Policy onlyKms = parse(R"({"Version":"2012-10-17","Statement":[
      {"Effect":"Allow","Action":"kms:*","Resource":"*"}]})",
        "B", PolicyKind::Boundary);
    const SemanticDiff d = computeSemanticDiff(catalog(), p, &onlyKms, {}, &noKeys);
    QVERIFY(actionDiff(d, "kms:Decrypt").after);
    QVERIFY(!actionDiff(d, "ec2:StopInstances").after);
    QVERIFY(actionDiff(d, "ec2:StopInstances").before);
}

void TestSemanticDiff::denyOnlyBoundaryRemovesEverything()
{
    const ReviewSubject p = package();
    const Policy denyOnly = parse(kDenyOnly, "B", PolicyKind::Boundary);
    const RequestContext noKeys;
    const SemanticDiff d = computeSemanticDiff(catalog(), p, &denyOnly, {}, &noKeys);
    QVERIFY(d.before.any());
    QVERIFY(d.after.none());
    for (const ActionDiff& a : d.actions)
        QVERIFY(!a.after);
}

void TestSemanticDiff::denyOnAnArnOnlyWhereItCanApply()
{
    ReviewSubject p;
    RoleRecord role;
    role.name = "VendorRole";
    PolicyRecord policy;
    policy.origin = PolicyOrigin::Inline;
    policy.name = "Ops";
    policy.policy = parse(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeInstances",
        "ec2:CreateSnapshot","ec2:StopInstances","ec2:TerminateInstances"],"Resource":"*"}]})",
        "Ops");
    role.policies.push_back(policy);
    p.roles.push_back(role);
    const Policy boundary
        = parse(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"ec2:*","Resource":"arn:aws:ec2:*:123456789012:instance/i-0prod"},
        {"Effect":"Deny","Action":"ec2:*","Resource":"arn:aws:ec2:*:123456789012:volume/${aws:username}"},
        {"Effect":"Deny","Action":"ec2:TerminateInstances","NotResource":"arn:aws:ec2:*:*:instance/i-0test"}]})",
            "B", PolicyKind::Boundary);
    const RequestContext noKeys;
    const SemanticDiff d = computeSemanticDiff(catalog(), p, &boundary, {}, &noKeys);
    const std::string instance = "arn:aws:ec2:*:123456789012:instance/i-0prod";
    const std::string volume = "arn:aws:ec2:*:123456789012:volume/${aws:username}";
    // StopInstances names instances: the deny reaches it.
    QCOMPARE(actionDiff(d, "ec2:StopInstances").resourcesDenied, std::vector<std::string> { instance });
    // DescribeInstances names no resource ("*"): a deny on an instance ARN never matches its requests.
    QVERIFY(actionDiff(d, "ec2:DescribeInstances").resourcesDenied.empty());
    // CreateSnapshot names volumes and snapshots, never the instance; the volume deny (with a policy
    // variable) may reach it.
    QCOMPARE(actionDiff(d, "ec2:CreateSnapshot").resourcesDenied, std::vector<std::string> { volume });
    // NotResource denies are kept as they are.
    const std::vector<std::string> terminate = actionDiff(d, "ec2:TerminateInstances").resourcesDenied;
    QVERIFY(std::find(terminate.begin(), terminate.end(), "!arn:aws:ec2:*:*:instance/i-0test") != terminate.end());
    QVERIFY(std::find(terminate.begin(), terminate.end(), instance) != terminate.end());
}

void TestSemanticDiff::conditionsListedUnderAContext()
{
    // Decided for a request without keys, a grant under a tag condition is not allowed; the conditions it
    // depends on are still listed (the static view), whether or not a boundary is compared.
    const ReviewSubject p = package();
    const RequestContext noKeys;
    const Policy boundary = parse(kBoundary, "B", PolicyKind::Boundary);
    for (const Policy* b : { static_cast<const Policy*>(nullptr), &boundary }) {
        const SemanticDiff d = computeSemanticDiff(catalog(), p, b, {}, &noKeys);
        const ActionDiff& tagged = actionDiff(d, "s3:GetObject");
        QVERIFY(!tagged.before);
        QCOMPARE(tagged.conditions, std::vector<std::string> { "StringEquals aws:ResourceTag/vendor = acme" });
        // A policy without conditions: nothing to list, and the view without a boundary is the one before.
        QVERIFY(actionDiff(d, "logs:GetLogEvents").conditions.empty());
        QVERIFY(actionDiff(d, "logs:GetLogEvents").before);
        QCOMPARE(actionDiff(d, "logs:GetLogEvents").after, b == nullptr);
    }
}

QTEST_GUILESS_MAIN(TestSemanticDiff)
#include "tst_semanticdiff.moc"
