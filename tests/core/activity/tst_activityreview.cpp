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

QTEST_MAIN(TestActivityReview)
#include "tst_activityreview.moc"
