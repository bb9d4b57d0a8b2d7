// SPDX-License-Identifier: GPL-3.0-or-later
// analyze --json, --sarif and --markdown on packages with users, resource policies, StackSets, conditional
// resources and parts that were not reviewed: every output names the subject's kind, where it is deployed,
// what is conditional, why each finding has its severity, and leads with what was not reviewed.
#include "report/FindingsReport.h"
#include "report/SubjectLabels.h"
#include "review/Review.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace grantscope;

class TestFindingsReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kindNames_data();
    void kindNames();
    void jsonSubjectsAndConditions();
    void sarifCarriesReasonConditionAndKind();
    void markdownLeadsWithNotReviewed();
    void markdownWithoutGapsHasNoSection();
    void textMarksConditionalFindings();
    void textLeadsWithNotReviewed();
    void textNamesTheUnknownServiceAndItsSuggestion();
    void textCountsInEnglish();
    void sarifPlacesManagedPoliciesWithoutThePackage();

private:
    Review m_gui; // users, a group, a KMS key policy, a conditional bucket policy, an unreviewed permission set
    Review m_conditional;
    Review m_stacksets;
};

namespace {

const nlohmann::json* findSubject(const nlohmann::json& subjects, const std::string& name)
{
    for (const nlohmann::json& s : subjects)
        if (s.at("name").get<std::string>() == name)
            return &s;
    return nullptr;
}

} // namespace

void TestFindingsReport::initTestCase()
{
    m_gui = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml") });
    m_conditional = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/conditional/extras.yaml") });
    m_stacksets = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/stacksets/org-package") });
    QVERIFY(!m_gui.analysis.findings.empty());
    QVERIFY(!m_conditional.analysis.findings.empty());
    QVERIFY(!m_stacksets.analysis.subjects.empty());
}

void TestFindingsReport::kindNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("role") << QStringLiteral("role") << QStringLiteral("VendorRole") << QStringLiteral("")
                          << QStringLiteral("IAM role");
    QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("vendor-agent") << QStringLiteral("")
                          << QStringLiteral("IAM user");
    QTest::newRow("group") << QStringLiteral("group") << QStringLiteral("VendorGroup") << QStringLiteral("")
                           << QStringLiteral("IAM group");
    QTest::newRow("CloudFormation key policy")
        << QStringLiteral("resource-policy") << QStringLiteral("DataKey") << QStringLiteral("DataKey (key policy)")
        << QStringLiteral("Resource policy on KMS key");
    QTest::newRow("CloudFormation bucket policy")
        << QStringLiteral("resource-policy") << QStringLiteral("ArchiveBucketPolicy")
        << QStringLiteral("ArchiveBucketPolicy (bucket policy)") << QStringLiteral("Resource policy on S3 bucket");
    QTest::newRow("Terraform topic policy")
        << QStringLiteral("resource-policy") << QStringLiteral("aws_sns_topic_policy.alerts")
        << QStringLiteral("aws_sns_topic_policy.alerts (policy)") << QStringLiteral("Resource policy on SNS topic");
    QTest::newRow("Terraform key in a module")
        << QStringLiteral("resource-policy") << QStringLiteral("module.archive.aws_kms_key.main") << QStringLiteral("")
        << QStringLiteral("Resource policy on KMS key");
    // A name that merely contains a type's letters is not that type.
    QTest::newRow("look-alike name") << QStringLiteral("resource-policy") << QStringLiteral("my_aws_kms_keys")
                                     << QStringLiteral("") << QStringLiteral("Resource policy");
}

void TestFindingsReport::kindNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, policy);
    QFETCH(QString, expected);
    std::vector<std::string> policies;
    if (!policy.isEmpty())
        policies.push_back(policy.toStdString());
    QCOMPARE(subjectKindName(kind.toStdString(), name.toStdString(), policies), expected);
}

void TestFindingsReport::jsonSubjectsAndConditions()
{
    const nlohmann::json root = nlohmann::json::parse(findingsToJson(m_conditional.analysis));
    const nlohmann::json* restore = findSubject(root.at("subjects"), "PellucidRestoreTesting");
    QVERIFY(restore);
    QVERIFY(restore->at("condition").get<std::string>().find("EnableRestoreTesting=true") != std::string::npos);
    const nlohmann::json* backup = findSubject(root.at("subjects"), "PellucidBackup");
    QVERIFY(backup);
    QVERIFY(!backup->contains("condition")); // always created
    int conditional = 0;
    int unconditional = 0;
    for (const nlohmann::json& f : root.at("findings")) {
        if (f.at("subject").get<std::string>() == "PellucidRestoreTesting") {
            QVERIFY(f.contains("condition"));
            ++conditional;
        }
        if (f.at("rule").get<std::string>() == "trust-root-principal"
            && f.at("subject").get<std::string>() == "PellucidBackup") {
            QVERIFY(!f.contains("condition"));
            ++unconditional;
        }
    }
    QVERIFY(conditional > 0);
    QCOMPARE(unconditional, 1);

    const nlohmann::json sets = nlohmann::json::parse(findingsToJson(m_stacksets.analysis));
    const nlohmann::json* member = findSubject(sets.at("subjects"), "SkylarkMemberScanner");
    QVERIFY(member);
    QVERIFY(member->at("deployment").get<std::string>().find("StackSet") != std::string::npos);
    const nlohmann::json* nested = findSubject(sets.at("subjects"), "SkylarkAuditFromParent");
    QVERIFY(nested);

    const nlohmann::json gui = nlohmann::json::parse(findingsToJson(m_gui.analysis));
    const nlohmann::json* user = findSubject(gui.at("subjects"), "quillstack-legacy-agent");
    QVERIFY(user);
    QCOMPARE(user->at("kind").get<std::string>(), std::string("user"));
    const nlohmann::json* key = findSubject(gui.at("subjects"), "ArchiveKey");
    QVERIFY(key);
    QCOMPARE(key->at("kind").get<std::string>(), std::string("resource-policy"));
}

void TestFindingsReport::sarifCarriesReasonConditionAndKind()
{
    const nlohmann::json root = nlohmann::json::parse(findingsToSarif(m_conditional.analysis));
    const nlohmann::json& results = root.at("runs").at(0).at("results");
    QCOMPARE(results.size(), m_conditional.analysis.findings.size());
    int withReason = 0;
    for (size_t i = 0; i < results.size(); ++i) {
        const Finding& f = m_conditional.analysis.findings[i];
        const nlohmann::json& props = results[i].at("properties");
        if (!f.severityReason.isEmpty()) {
            QCOMPARE(QString::fromStdString(props.at("severityReason").get<std::string>()), f.severityReason);
            ++withReason;
        } else {
            QVERIFY(!props.contains("severityReason"));
        }
        QCOMPARE(props.contains("condition"), !f.condition.empty());
        if (!f.condition.empty())
            QVERIFY(results[i].at("message").at("text").get<std::string>().find("Conditional: only when")
                != std::string::npos);
        if (f.subject == "PellucidRestoreTesting")
            QCOMPARE(props.at("subjectKind").get<std::string>(), std::string("role"));
    }
    QVERIFY(withReason > 0);
}

void TestFindingsReport::markdownLeadsWithNotReviewed()
{
    QVERIFY(!notReviewedFindings(m_gui.analysis).empty());
    const QString md = QString::fromStdString(findingsToMarkdown(m_gui.analysis));
    const qsizetype gap = md.indexOf(QStringLiteral("## Not reviewed"));
    QVERIFY(gap > 0);
    QVERIFY(gap < md.indexOf(QStringLiteral("| severity |")));
    QVERIFY(gap < md.indexOf(QStringLiteral("## Subjects")));
    QVERIFY(md.indexOf(QStringLiteral("SupportPermissionSet"), gap) > gap);
    // Subjects by kind, the conditional ones with their condition.
    QVERIFY(md.contains(QStringLiteral("| quillstack-legacy-agent | IAM user |")));
    QVERIFY(md.contains(QStringLiteral("| ArchiveKey | Resource policy on KMS key |")));
    QVERIFY(md.contains(QStringLiteral("only when UseLegacyAgent=true")));
    QVERIFY(md.contains(QStringLiteral("(conditional)")));
    QVERIFY(md.contains(QStringLiteral("- subject: quillstack-legacy-agent (IAM user)")));
}

void TestFindingsReport::markdownWithoutGapsHasNoSection()
{
    QVERIFY(notReviewedFindings(m_conditional.analysis).empty());
    const QString md = QString::fromStdString(findingsToMarkdown(m_conditional.analysis));
    QVERIFY(!md.contains(QStringLiteral("## Not reviewed")));
    for (const Finding& f : m_conditional.analysis.findings)
        if (!f.severityReason.isEmpty())
            QVERIFY(md.contains(QStringLiteral("- severity: ")));
}

void TestFindingsReport::textMarksConditionalFindings()
{
    const QString text = QString::fromStdString(findingsToText(m_conditional.analysis));
    QVERIFY(text.contains(QStringLiteral("role PellucidRestoreTesting: ")));
    QVERIFY(text.contains(QStringLiteral("    Conditional: only when EnableRestoreTesting=true")));
    // Grouped by subject: the conditional role's findings under its own heading, each with why and what to do.
    const qsizetype heading = text.indexOf(QStringLiteral("\nrole PellucidRestoreTesting (IAM role): "));
    QVERIFY(heading > 0);
    const qsizetype next = text.indexOf(QStringLiteral("\n\n"), heading + 1);
    const QString group = text.mid(heading, next - heading);
    QVERIFY(group.contains(QStringLiteral("        Conditional: only when EnableRestoreTesting=true")));
    QVERIFY(group.contains(QStringLiteral("        why: ")));
    QVERIFY(group.contains(QStringLiteral("        fix: ")));
    QVERIFY(!group.contains(QStringLiteral("PellucidBackup")));
}

void TestFindingsReport::textLeadsWithNotReviewed()
{
    const size_t gaps = notReviewedFindings(m_gui.analysis).size();
    QVERIFY(gaps > 0);
    for (TextStyle style : { TextStyle::Full, TextStyle::Brief }) {
        const QString text = QString::fromStdString(findingsToText(m_gui.analysis, &m_gui.package, style));
        QVERIFY2(text.startsWith(gaps == 1 ? QStringLiteral("NOT REVIEWED: 1 part of the package")
                                           : QStringLiteral("NOT REVIEWED: %1 parts of the package").arg(gaps)),
            qPrintable(text.left(200)));
        const qsizetype end = text.indexOf(QStringLiteral("\n\n"));
        QVERIFY(text.left(end).contains(QStringLiteral("SupportPermissionSet")));
    }
}

void TestFindingsReport::textNamesTheUnknownServiceAndItsSuggestion()
{
    const Review typo = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/report/typo-logs-reader.json") });
    const QString text = QString::fromStdString(findingsToText(typo.analysis, &typo.package));
    // The analysis' own words for the unknown name and its suggestion, then the rule's rationale and fix.
    QVERIFY2(text.contains(QStringLiteral(
                 "        concerns: Unknown service \"logz\" in \"logz:GetLogEvents\"; did you mean logs?\n")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("        why: The service prefix is not in the AWS action catalogue")));
    QVERIFY(text.contains(QStringLiteral("        fix: Correct the prefix or remove the action.")));
    QVERIFY(text.contains(QStringLiteral(": low: Service unknown to AWS [validation-unknown-service]")));
}

void TestFindingsReport::textCountsInEnglish()
{
    // One grant and one typo: "1 finding" per group, "2 findings" in all, "1 action granted".
    const Review typo = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/report/typo-logs-reader.json") });
    QCOMPARE(typo.analysis.findings.size(), size_t(2));
    const QString text = QString::fromStdString(findingsToText(typo.analysis, &typo.package));
    QVERIFY(text.endsWith(QStringLiteral("\n2 findings, 1 low, 1 info\n")));
    QVERIFY(text.contains(QStringLiteral("policy typo-logs-reader (Policy): 1 finding (1 info)\n")));
    QVERIFY(text.contains(QStringLiteral("the package itself: 1 finding (1 low)\n")));
    QVERIFY(text.contains(QStringLiteral("policy typo-logs-reader: 1 action granted\n")));
    QVERIFY(text.contains(QStringLiteral("        action: logs:filterlogevents\n")));
    QVERIFY(text.contains(QStringLiteral("        from: policy typo-logs-reader (ReadApplicationLogs)\n")));
    const QString many = QString::fromStdString(findingsToText(m_conditional.analysis));
    QVERIFY(many.contains(QStringLiteral("%1 findings, ").arg(m_conditional.analysis.findings.size())));
    QVERIFY(!many.contains(QStringLiteral(" 1 findings")));
    QVERIFY(!many.contains(QStringLiteral(" 1 actions")));
}

void TestFindingsReport::sarifPlacesManagedPoliciesWithoutThePackage()
{
    const Review review = loadReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/sarif/poweruser-deployer.yaml") });
    // Without the package, a statement of the managed policy is placed at the role that gets it.
    const nlohmann::json root = nlohmann::json::parse(findingsToSarif(review.analysis));
    bool placed = false;
    for (const nlohmann::json& r : root.at("runs").at(0).at("results")) {
        if (r.at("ruleId") != "notaction-allow")
            continue;
        const nlohmann::json& location = r.at("locations").at(0);
        QVERIFY(location.at("physicalLocation")
                    .at("artifactLocation")
                    .at("uri")
                    .get<std::string>()
                    .ends_with("poweruser-deployer.yaml"));
        QCOMPARE(location.at("physicalLocation").at("region").at("startLine").get<int>(), 11);
        QCOMPARE(location.at("logicalLocations").at(0).at("fullyQualifiedName").get<std::string>(),
            std::string("arn:aws:iam::aws:policy/PowerUserAccess"));
        placed = true;
    }
    QVERIFY(placed);
}

QTEST_GUILESS_MAIN(TestFindingsReport)
#include "tst_findingsreport.moc"
