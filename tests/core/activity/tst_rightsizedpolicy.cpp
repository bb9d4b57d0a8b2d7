// SPDX-License-Identifier: GPL-3.0-or-later
// A least-privilege policy from observed use: generated trail → readers → usage → policy, on the sample package.
#include "../../gen/TrailGenerator.h"
#include "activity/EventMapping.h"
#include "activity/RightsizedPolicy.h"
#include "activity/RoleActivity.h"
#include "activity/TrailReader.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "policy/PolicyParser.h"
#include "review/Review.h"

#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace grantscope;
using grantscope::test::TrailEventSpec;
using grantscope::test::TrailGenerator;

class TestRightsizedPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generalisesArns_data();
    void generalisesArns();
    void policyFromObservedUse();
    void allowedActionsAsEachSideGrantsThem();
    void allowedActionsFromTheReviewsExpansions();
};

void TestRightsizedPolicy::generalisesArns_data()
{
    QTest::addColumn<QStringList>("arns");
    QTest::addColumn<QStringList>("patterns");
    QTest::newRow("few objects stay as they are")
        << QStringList { QStringLiteral("arn:aws:s3:::acme-archive/logs/a.gz"),
               QStringLiteral("arn:aws:s3:::acme-archive/logs/b.gz") }
        << QStringList { QStringLiteral("arn:aws:s3:::acme-archive/logs/a.gz"),
               QStringLiteral("arn:aws:s3:::acme-archive/logs/b.gz") };
    QTest::newRow("many objects under one prefix")
        << QStringList { QStringLiteral("arn:aws:s3:::acme-archive/logs/a.gz"),
               QStringLiteral("arn:aws:s3:::acme-archive/logs/b.gz"),
               QStringLiteral("arn:aws:s3:::acme-archive/logs/c.gz"), QStringLiteral("arn:aws:s3:::acme-archive") }
        << QStringList { QStringLiteral("arn:aws:s3:::acme-archive"),
               QStringLiteral("arn:aws:s3:::acme-archive/logs/*") };
    QTest::newRow("log groups by colon") << QStringList {
        QStringLiteral("arn:aws:logs:eu-west-1:123456789012:log-group:/app/a:log-stream:1"),
        QStringLiteral("arn:aws:logs:eu-west-1:123456789012:log-group:/app/a:log-stream:2"),
        QStringLiteral("arn:aws:logs:eu-west-1:123456789012:log-group:/app/a:log-stream:3")
    } << QStringList { QStringLiteral("arn:aws:logs:eu-west-1:123456789012:log-group:/app/*") };
}

void TestRightsizedPolicy::generalisesArns()
{
    QFETCH(QStringList, arns);
    QFETCH(QStringList, patterns);
    std::set<std::string> in;
    for (const QString& a : arns)
        in.insert(a.toStdString());
    QStringList out;
    for (const std::string& p : generaliseArns(in))
        out << QString::fromStdString(p);
    QCOMPARE(out, patterns);

    // Past the pattern limit, each is cut at the first '/' of its resource part.
    std::set<std::string> many;
    for (int i = 0; i < 30; ++i)
        many.insert("arn:aws:s3:::bucket-" + std::to_string(i % 2) + "/dir" + std::to_string(i) + "/object");
    QCOMPARE(generaliseArns(many), (std::vector<std::string> { "arn:aws:s3:::bucket-0/*", "arn:aws:s3:::bucket-1/*" }));
}

void TestRightsizedPolicy::policyFromObservedUse()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    const std::string role = "arn:aws:iam::123456789012:role/AcmeObservabilityIntegration";
    std::vector<std::string> records;
    const auto call = [&](const char* source, const char* name, std::vector<std::string> resources) {
        TrailEventSpec e;
        e.time = *parseTrailTime("2026-11-02T10:00:00Z") + static_cast<std::int64_t>(records.size());
        e.source = source;
        e.name = name;
        e.roleArn = role;
        e.recipient = "123456789012";
        e.resources = std::move(resources);
        e.dataEvent = std::string(source) == "s3.amazonaws.com";
        records.push_back(gen.record(e));
    };
    for (const char* key : { "a", "b", "c", "d" })
        call("s3.amazonaws.com", "GetObject",
            { "arn:aws:s3:::acme-archive-123456789012/2026/11/" + std::string(key) + ".json.gz" });
    call("s3.amazonaws.com", "ListObjectsV2", { "arn:aws:s3:::acme-archive-123456789012" });
    call("kms.amazonaws.com", "Decrypt",
        { "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" });
    call("monitoring.amazonaws.com", "GetMetricData", {});
    call("monitoring.amazonaws.com", "ListMetrics", {});
    call("iam.amazonaws.com", "CreateUser", {}); // not granted: never in the proposal
    QVERIFY(gen.writeFile(
        dir.filePath(QStringLiteral("t.json.gz")), TrailGenerator::gzip(TrailGenerator::delivery(records))));

    const Catalog& catalog = Catalog::bundled();
    const ReviewSubject package
        = loadPackage({ QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") },
            LoadOptions {});
    const std::vector<ActivityRole> roles = activityRoles(package, catalog, "aws", "123456789012", {}, nullptr);
    QCOMPARE(roles.size(), size_t(1));
    const ActivityLog log = readTrails({ dir.path() }, EventMapping::bundled());
    QCOMPARE(log.eventResources.size(), size_t(6));
    const ActivityReport report = analyzeActivity(log, roles, catalog, EventMapping::bundled(), {}, {});
    const RoleUsage& usage = report.roles[0];
    QCOMPARE(usage.resourcesSeen.at("s3:getobject").size(), size_t(4));
    QVERIFY(usage.usedWithoutResource.count("cloudwatch:getmetricdata"));

    const CompactedBoundary policy = rightsizedPolicy(catalog, usage, roles[0].granted);
    QVERIFY(policy.fits);
    QVERIFY(!hasErrors(policy.diagnostics));
    const nlohmann::json doc = nlohmann::json::parse(policy.json);
    std::map<std::string, std::vector<std::string>> resourcesOf;
    for (const nlohmann::json& s : doc["Statement"]) {
        QCOMPARE(s["Effect"].get<std::string>(), std::string("Allow"));
        const nlohmann::json actions = s["Action"].is_array() ? s["Action"] : nlohmann::json::array({ s["Action"] });
        const nlohmann::json resources
            = s["Resource"].is_array() ? s["Resource"] : nlohmann::json::array({ s["Resource"] });
        for (const auto& a : actions)
            resourcesOf[a.get<std::string>()] = resources.get<std::vector<std::string>>();
    }
    QCOMPARE(resourcesOf.size(), size_t(5));
    QCOMPARE(
        resourcesOf["s3:GetObject"], std::vector<std::string> { "arn:aws:s3:::acme-archive-123456789012/2026/11/*" });
    QCOMPARE(resourcesOf["s3:ListBucket"], std::vector<std::string> { "arn:aws:s3:::acme-archive-123456789012" });
    QCOMPARE(resourcesOf["kms:Decrypt"],
        std::vector<std::string> { "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" });
    QCOMPARE(resourcesOf["cloudwatch:GetMetricData"], std::vector<std::string> { "*" });
    QCOMPARE(resourcesOf["cloudwatch:ListMetrics"], std::vector<std::string> { "*" });
    QVERIFY(!resourcesOf.count("iam:CreateUser"));
}

void TestRightsizedPolicy::allowedActionsAsEachSideGrantsThem()
{
    // The two sides of the diff view's comparison: every action an Allow names, with every scope that grants
    // it; a Deny is not subtracted (each side as its author wrote it), and an action granted only under a
    // condition says so.
    const std::string vendor = R"({"Version": "2012-10-17", "Statement": [
        {"Sid": "ReadArchive", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
         "Resource": ["arn:aws:s3:::acme-archive-123456789012/*", "arn:aws:s3:::acme-archive-123456789012"]},
        {"Sid": "DecryptArchive", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*",
         "Condition": {"StringEquals": {"kms:ViaService": "s3.eu-west-1.amazonaws.com"}}},
        {"Sid": "ObjectsElsewhere", "Effect": "Allow", "Action": "s3:GetObject",
         "NotResource": "arn:aws:s3:::acme-secrets-123456789012/*"},
        {"Sid": "NoDelete", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]})";
    Diagnostics diagnostics;
    const PolicyParser::Result parsed = PolicyParser::parseJson(
        vendor, PolicyKind::Identity, QStringLiteral("vendor.json"), "VendorRead", diagnostics);
    QVERIFY(parsed.ok);
    const Catalog& catalog = Catalog::bundled();
    const std::vector<AllowedAction> actions = allowedActions(catalog, { &parsed.policy, nullptr });
    std::map<std::string, const AllowedAction*> byName;
    for (const AllowedAction& a : actions)
        byName[catalog.actionName(a.action)] = &a;
    QCOMPARE(byName.size(), size_t(3));
    QVERIFY(!byName.count("s3:DeleteObject"));
    const std::vector<std::string> objectScopes = byName.at("s3:GetObject")->resources;
    QCOMPARE(objectScopes,
        (std::vector<std::string> { "!arn:aws:s3:::acme-secrets-123456789012/*",
            "arn:aws:s3:::acme-archive-123456789012", "arn:aws:s3:::acme-archive-123456789012/*" }));
    QVERIFY(!byName.at("s3:GetObject")->conditional);
    QVERIFY(byName.at("kms:Decrypt")->conditional);
    QCOMPARE(byName.at("kms:Decrypt")->resources, std::vector<std::string> { "*" });
    // In catalogue order, so that the two sides line up.
    QVERIFY(std::is_sorted(actions.begin(), actions.end(),
        [](const AllowedAction& a, const AllowedAction& b) { return a.action < b.action; }));
}

void TestRightsizedPolicy::allowedActionsFromTheReviewsExpansions()
{
    // The window compares a role's policies from the review's own expansions: the same answer as expanding
    // the policies again, for every role of the sample package.
    const Review review
        = loadReview({ QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") });
    QVERIFY(!review.package.roles.empty());
    const Catalog& catalog = Catalog::bundled();
    int compared = 0;
    for (const RoleRecord& role : review.package.roles) {
        std::vector<const Policy*> policies;
        std::vector<const PolicyExpansion*> expansions { nullptr };
        for (const PolicyRecord& p : role.policies) {
            if (!p.resolved)
                continue;
            policies.push_back(&p.policy);
            expansions.push_back(review.expansionOf(p));
            QVERIFY(expansions.back());
        }
        const std::vector<AllowedAction> expected = allowedActions(catalog, policies);
        const std::vector<AllowedAction> fromReview = allowedActions(expansions);
        QCOMPARE(fromReview.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(fromReview[i].action, expected[i].action);
            QCOMPARE(fromReview[i].resources, expected[i].resources);
            QCOMPARE(fromReview[i].conditional, expected[i].conditional);
        }
        compared += static_cast<int>(expected.size());
    }
    QVERIFY(compared > 10);
}

QTEST_GUILESS_MAIN(TestRightsizedPolicy)
#include "tst_rightsizedpolicy.moc"
