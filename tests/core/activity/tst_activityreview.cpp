// SPDX-License-Identifier: GPL-3.0-or-later
// reviewActivity(): the one computation behind `grantscope-cli activity` and the activity view.
#include "activity/ActivityReview.h"
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
const QString kTrail = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/trail");

} // namespace

class TestActivityReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sampleTrail();
    void cancelStopsTheReading();
    void nothingToMeasure();
    void actionUseIsThePackagesUse();
    void actionUseOfSeveralRoles();
};

void TestActivityReview::sampleTrail()
{
    const LoadOptions options;
    const ReviewSubject package = loadPackage({ kSample }, options);
    const PackageAnalysis analysis = analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), options);
    ActivityInputs inputs;
    inputs.trails = { kTrail };
    int calls = 0;
    const ActivityReview review = reviewActivity(package, options, analysis.findings, inputs, [&](int done, int all) {
        ++calls;
        return done <= all;
    });
    QVERIFY(!review.failed());
    QCOMPARE(calls, review.log.filesRead + review.log.filesSkipped);
    QCOMPARE(review.report.roles.size(), size_t(1));
    QVERIFY(review.report.matched > 0);
    const RoleUsage& role = review.report.roles.front();
    QVERIFY(std::find(role.used.begin(), role.used.end(), "cloudwatch:getmetricdata") != role.used.end());
    QVERIFY(std::find(role.denied.begin(), role.denied.end(), "kms:decrypt") != role.denied.end());
}

void TestActivityReview::cancelStopsTheReading()
{
    const LoadOptions options;
    const ReviewSubject package = loadPackage({ kSample }, options);
    ActivityInputs inputs;
    inputs.trails = { kTrail };
    int calls = 0;
    const ActivityReview review = reviewActivity(package, options, {}, inputs, [&](int, int) { return ++calls < 2; });
    QVERIFY(review.cancelled);
    QVERIFY(review.failed());
    QVERIFY(review.report.roles.empty()); // nothing half-measured is reported
}

void TestActivityReview::nothingToMeasure()
{
    // A package without a role, and a role name that is not the package's: said, and no trail is read.
    const LoadOptions options;
    const ReviewSubject policyOnly
        = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/policies/inventory-wildcard-service.json") }, options);
    ActivityInputs inputs;
    inputs.trails = { kTrail };
    const ActivityReview none = reviewActivity(policyOnly, options, {}, inputs);
    QVERIFY(none.failed());
    QCOMPARE(none.log.filesRead, 0);
    QCOMPARE(none.diagnostics.front().code, std::string("activity-no-role"));

    const ReviewSubject package = loadPackage({ kSample }, options);
    inputs.arns["NoSuchRole"] = "arn:aws:iam::123456789012:role/NoSuchRole";
    const ActivityReview unknown = reviewActivity(package, options, {}, inputs);
    QVERIFY(unknown.failed());
    QCOMPARE(unknown.unknownRoles, std::vector<std::string> { "NoSuchRole" });
    QCOMPARE(unknown.log.filesRead, 0);
}

void TestActivityReview::actionUseIsThePackagesUse()
{
    const LoadOptions options;
    const ReviewSubject package = loadPackage({ kSample }, options);
    ActivityInputs inputs;
    inputs.trails = { kTrail };
    const ActivityReview review = reviewActivity(package, options, {}, inputs);
    QVERIFY(!review.failed());
    const Catalog& catalog = Catalog::bundled();
    const ActionUse use = actionUse(review, catalog);
    const RoleUsage& role = review.report.roles.front();
    QCOMPARE(use.used.count(), static_cast<int>(role.used.size()));
    QCOMPARE(use.unused.count(), static_cast<int>(role.unused.size()));
    QCOMPARE(use.unobservable.count(), static_cast<int>(role.unobservable.size()));
    QVERIFY(use.used.test(catalog.findAction("cloudwatch:GetMetricData")));
    QVERIFY(!use.used.intersects(use.unused));
    QVERIFY(!use.used.intersects(use.unobservable));
    // Denied is not used: kms:Decrypt was refused every time.
    QVERIFY(!use.used.test(catalog.findAction("kms:Decrypt")));

    // A review that could not run marks nothing, so nothing reads as "never used".
    ActivityInputs missing;
    missing.trails = { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/no-such-trail") };
    const ActivityReview failed = reviewActivity(package, options, {}, missing);
    QVERIFY(failed.failed());
    const ActionUse none = actionUse(failed, catalog);
    QVERIFY(none.used.none() && none.unused.none() && none.unobservable.none());
    QCOMPARE(none.used.size(), catalog.actionCount());
}

void TestActivityReview::actionUseOfSeveralRoles()
{
    // Two roles granted the same action, one of which used it: for the package the action is used, not
    // "never used"; what neither used stays unused.
    ActivityReview review;
    review.log.filesRead = 1;
    review.roles.resize(2);
    RoleUsage reader;
    reader.name = "VendorReader";
    reader.used = { "s3:getobject" };
    reader.unused = { "s3:listbucket" };
    RoleUsage auditor;
    auditor.name = "VendorAuditor";
    auditor.unused = { "s3:getobject", "s3:listbucket" };
    auditor.unobservable = { "iam:passrole" };
    review.report.roles = { reader, auditor };
    QVERIFY(!review.failed());
    const Catalog& catalog = Catalog::bundled();
    const ActionUse use = actionUse(review, catalog);
    QVERIFY(use.used.test(catalog.findAction("s3:GetObject")));
    QVERIFY(!use.unused.test(catalog.findAction("s3:GetObject")));
    QVERIFY(use.unused.test(catalog.findAction("s3:ListBucket")));
    QVERIFY(use.unobservable.test(catalog.findAction("iam:PassRole")));
    QCOMPARE(use.used.count() + use.unused.count() + use.unobservable.count(), 3);
}

QTEST_MAIN(TestActivityReview)
#include "tst_activityreview.moc"
