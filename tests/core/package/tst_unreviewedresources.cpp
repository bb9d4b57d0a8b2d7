// SPDX-License-Identifier: GPL-3.0-or-later
// What can grant access but is not modelled is reported as "package-unreviewed" (high, located), never
// skipped in silence; a package with nothing to review is an error.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace grantscope;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/unreviewed/") + QLatin1String(name);
}

const PackageNote* unreviewed(const ReviewSubject& s, std::string_view subject)
{
    for (const PackageNote& n : s.notes)
        if (n.kind == "unreviewed" && n.subject == subject)
            return &n;
    return nullptr;
}

size_t unreviewedCount(const ReviewSubject& s)
{
    return static_cast<size_t>(
        std::count_if(s.notes.begin(), s.notes.end(), [](const PackageNote& n) { return n.kind == "unreviewed"; }));
}

} // namespace

class TestUnreviewedResources : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cloudFormationTypes_data();
    void cloudFormationTypes();
    void resourcesThatGrantNothingStayQuiet();
    void terraformJsonTypes();
    void terraformHclGapsAreNamed();
    void findingIsHighAndLocated();
    void variablesOnlyIsNothingToReview();
    void nothingToReviewIsAnError();
    void emptyFolderIsAnError();
};

void TestUnreviewedResources::cloudFormationTypes_data()
{
    QTest::addColumn<QString>("logicalId");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("SSO permission set") << "SupportPermissionSet" << 23 << "AWS::SSO::PermissionSet";
    QTest::newRow("service control policy") << "GuardrailPolicy" << 30 << "AWS::Organizations::Policy";
    QTest::newRow("service-linked role") << "SpotLinkedRole" << 41 << "AWS::IAM::ServiceLinkedRole";
    QTest::newRow("unknown type with a PolicyDocument string") << "DeliveryLogPolicy" << 45 << "PolicyDocument";
}

void TestUnreviewedResources::cloudFormationTypes()
{
    QFETCH(QString, logicalId);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    const ReviewSubject s = loadPackage({ fixture("identity-center.yaml") });
    QVERIFY(!hasErrors(s.diagnostics));
    QCOMPARE(s.roles.size(), size_t(1)); // the role is still reviewed
    const PackageNote* note = unreviewed(s, logicalId.toStdString());
    QVERIFY2(note, qPrintable(logicalId));
    QCOMPARE(note->location.line, line);
    QCOMPARE(note->location.column, 3);
    QVERIFY2(note->message.contains(mentions), qPrintable(note->message));
    QVERIFY(note->file.endsWith(QLatin1String("identity-center.yaml")));
}

void TestUnreviewedResources::resourcesThatGrantNothingStayQuiet()
{
    const ReviewSubject s = loadPackage({ fixture("identity-center.yaml") });
    QVERIFY(!unreviewed(s, "ReportBucket"));
    QVERIFY(!unreviewed(s, "AgentImages")); // a lifecycle policy holds no Statement
    QVERIFY(!unreviewed(s, "CostReaderRole"));
    QCOMPARE(unreviewedCount(s), size_t(4));
}

void TestUnreviewedResources::terraformJsonTypes()
{
    const ReviewSubject s = loadPackage({ fixture("users.tf.json") });
    // Users and their keys are reviewed (tst_terraformidentities); a policy from a data source the file
    // does not have is not.
    QVERIFY(!unreviewed(s, "aws_iam_user.ledgerly_sync"));
    QVERIFY(!unreviewed(s, "aws_iam_access_key.ledgerly_sync"));
    const PackageNote* bucketPolicy = unreviewed(s, "aws_s3_bucket_policy.exports");
    QVERIFY(bucketPolicy);
    QVERIFY2(bucketPolicy->message.contains(QLatin1String("\"policy\"")), qPrintable(bucketPolicy->message));
    QVERIFY(!unreviewed(s, "aws_s3_bucket.exports"));
    QVERIFY(!unreviewed(s, "aws_s3_bucket_versioning.exports"));
    QCOMPARE(unreviewedCount(s), size_t(1));
}

void TestUnreviewedResources::terraformHclGapsAreNamed()
{
    const ReviewSubject s = loadPackage({ fixture("cspm-hcl") });
    QVERIFY2(
        !hasErrors(s.diagnostics), qPrintable(s.diagnostics.empty() ? QString() : s.diagnostics.front().toString()));
    // The role and the user of the HCL module are reviewed, and so is the topic policy letting another
    // account publish; the service-linked role is not.
    QCOMPARE(s.roles.size(), size_t(3));
    QVERIFY(std::any_of(s.roles.begin(), s.roles.end(),
        [](const RoleRecord& r) { return r.kind == "resource-policy" && r.name == "aws_sns_topic_policy.alerts"; }));
    QVERIFY(std::any_of(s.roles.begin(), s.roles.end(),
        [](const RoleRecord& r) { return r.kind == "user" && r.name == "orbitwise-ci"; }));
    const PackageNote* linked = unreviewed(s, "aws_iam_service_linked_role.inspector");
    QVERIFY(linked);
    QCOMPARE(linked->location.line, 49);
    QVERIFY(linked->file.endsWith(QLatin1String("main.tf")));
    QCOMPARE(unreviewedCount(s), size_t(1));
}

void TestUnreviewedResources::findingIsHighAndLocated()
{
    const ReviewSubject s = loadPackage({ fixture("cspm-hcl/main.tf") });
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    const auto it = std::find_if(a.findings.begin(), a.findings.end(), [](const Finding& f) {
        return f.rule == "package-unreviewed" && f.subject == "aws_iam_service_linked_role.inspector";
    });
    QVERIFY(it != a.findings.end());
    QCOMPARE(it->severity, Severity::High); // fails --fail-on high
    QCOMPARE(it->category, std::string("not-reviewed"));
    QCOMPARE(it->location.line, 49);
    QVERIFY(it->file.endsWith(QLatin1String("main.tf")));
    QVERIFY(!it->mitigation.isEmpty());
    QVERIFY(it->rationale.contains(QLatin1String("service-linked role")));
}

void TestUnreviewedResources::variablesOnlyIsNothingToReview()
{
    const ReviewSubject s = loadPackage({ fixture("cspm-hcl/variables.tf") });
    QCOMPARE(unreviewedCount(s), size_t(0));
    QVERIFY(std::any_of(s.diagnostics.begin(), s.diagnostics.end(),
        [](const Diagnostic& d) { return d.code == "package-empty" && d.severity == DiagnosticSeverity::Error; }));
}

void TestUnreviewedResources::nothingToReviewIsAnError()
{
    const ReviewSubject s = loadPackage({ fixture("nothing-to-review.yaml") });
    QVERIFY(hasErrors(s.diagnostics));
    QCOMPARE(s.diagnostics.back().code, std::string("package-empty"));
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QVERIFY(std::any_of(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.rule == "package-unreviewed" && f.severity == Severity::High; }));
}

void TestUnreviewedResources::emptyFolderIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile readme(dir.filePath(QStringLiteral("README.md")));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("Run the installer from the vendor console.\n");
    readme.close();
    const ReviewSubject s = loadPackage({ dir.path(), fixture("identity-center.yaml") });
    const auto it = std::find_if(
        s.diagnostics.begin(), s.diagnostics.end(), [](const Diagnostic& d) { return d.code == "package-empty"; });
    QVERIFY(it != s.diagnostics.end());
    QCOMPARE(it->file, dir.path());
    QCOMPARE(it->severity, DiagnosticSeverity::Error);
}

QTEST_GUILESS_MAIN(TestUnreviewedResources)
#include "tst_unreviewedresources.moc"
