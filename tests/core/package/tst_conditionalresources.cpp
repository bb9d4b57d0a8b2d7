// SPDX-License-Identifier: GPL-3.0-or-later
// A resource created only under a template condition is reviewed whatever the defaults make of it, and
// its findings say when it applies; the reviewer's own parameter values still choose.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

namespace {

QString fixture()
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/conditional/extras.yaml");
}

const RoleRecord* roleNamed(const ReviewSubject& s, std::string_view name)
{
    for (const RoleRecord& r : s.roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace

class TestConditionalResources : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void offByDefaultIsReviewedAndMarked();
    void nestedConditionsNameTheirParameters();
    void findingsKeepSeverityAndSayWhen();
    void reviewerValuesChooseTheBranch();
};

void TestConditionalResources::offByDefaultIsReviewedAndMarked()
{
    const ReviewSubject s = loadPackage({ fixture() });
    QVERIFY(!hasErrors(s.diagnostics));
    const RoleRecord* backup = roleNamed(s, "PellucidBackup");
    const RoleRecord* restore = roleNamed(s, "PellucidRestoreTesting");
    QVERIFY(backup && restore);
    QVERIFY(backup->condition.empty());
    QCOMPARE(restore->condition, std::string("only when EnableRestoreTesting=true (off with the default values)"));
}

void TestConditionalResources::nestedConditionsNameTheirParameters()
{
    const ReviewSubject s = loadPackage({ fixture() });
    const RoleRecord* backup = roleNamed(s, "PellucidBackup");
    QVERIFY(backup);
    const auto extras = std::find_if(backup->policies.begin(), backup->policies.end(),
        [](const PolicyRecord& p) { return p.name == "PellucidHomeExtras"; });
    QVERIFY(extras != backup->policies.end()); // attached although off by default
    QVERIFY2(extras->condition.find("ExtrasInHome") != std::string::npos, extras->condition.c_str());
    QVERIFY(extras->condition.find("EnableRestoreTesting") != std::string::npos);
    QVERIFY(extras->condition.find("Region") != std::string::npos);
}

void TestConditionalResources::findingsKeepSeverityAndSayWhen()
{
    const ReviewSubject s = loadPackage({ fixture() });
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    const auto escalation = std::find_if(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.subject == "PellucidRestoreTesting" && f.category == "privilege-escalation"; });
    QVERIFY(escalation != a.findings.end());
    QVERIFY(escalation->severity >= Severity::High);
    QCOMPARE(escalation->condition, std::string("only when EnableRestoreTesting=true (off with the default values)"));
    QVERIFY(escalation->rationale.endsWith(
        QLatin1String("Only when EnableRestoreTesting=true (off with the default values).")));
    // A finding of the always-created role that rests only on the conditional policy is marked too.
    const auto secrets = std::find_if(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.subject == "PellucidBackup" && f.rule == "data-read-secrets"; });
    QVERIFY(secrets != a.findings.end());
    QVERIFY(secrets->condition.find("ExtrasInHome") != std::string::npos);
    const auto subject = std::find_if(a.subjects.begin(), a.subjects.end(),
        [](const SubjectSummary& x) { return x.name == "PellucidRestoreTesting"; });
    QVERIFY(subject != a.subjects.end());
    QVERIFY(!subject->condition.empty());
}

void TestConditionalResources::reviewerValuesChooseTheBranch()
{
    LoadOptions off;
    off.parameters["EnableRestoreTesting"] = "false";
    const ReviewSubject without = loadPackage({ fixture() }, off);
    QVERIFY(!roleNamed(without, "PellucidRestoreTesting"));

    LoadOptions on;
    on.parameters["EnableRestoreTesting"] = "true";
    const ReviewSubject with = loadPackage({ fixture() }, on);
    const RoleRecord* restore = roleNamed(with, "PellucidRestoreTesting");
    QVERIFY(restore);
    QVERIFY(restore->condition.empty()); // chosen by the reviewer: no longer "only when"
}

QTEST_GUILESS_MAIN(TestConditionalResources)
#include "tst_conditionalresources.moc"
