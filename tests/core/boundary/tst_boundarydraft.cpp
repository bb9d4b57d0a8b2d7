// SPDX-License-Identifier: GPL-3.0-or-later
// BoundaryDraft, BoundaryEdit and Mitigations: what each kind of edit puts in the boundary policy, undo
// and redo as apply/revert, and the one-click mitigations proposed for the sample package.
#include "analysis/EffectivePermissions.h"
#include "analysis/Expansion.h"
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "boundary/BoundaryDraft.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/Mitigations.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "policy/PolicyParser.h"
#include "policy/PolicyWriter.h"

#include <QTest>
#include <algorithm>

using namespace grantscope;

class TestBoundaryDraft : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allowAllIsStar();
    void vendorGrantsAllowExactlyThem();
    void allowedServices();
    void allowedLevels();
    void deniedActions();
    void denyOnArnGroupsByArn();
    void conditionalDeny();
    void denyExcept();
    void allowsNothing();
    void policyParsesBack();
    void check_data();
    void check();
    void undoRedo();
    void addingWhatIsThereIsUndoneCleanly();
    void withdrawn();
    void descriptions();
    void mitigationsForSamplePackage();
    void kmsMitigationWithKeys();
    void iamWriteMitigation();
    void noMitigationForTrustOrValidation();
};

namespace {

const Catalog& catalog()
{
    return Catalog::bundled();
}

int idx(const char* name)
{
    const int i = catalog().findAction(name);
    if (i < 0)
        qFatal("unknown action %s", name);
    return i;
}

std::vector<std::string> values(const std::vector<LocatedString>& list)
{
    std::vector<std::string> out;
    for (const LocatedString& s : list)
        out.push_back(s.value);
    return out;
}

ActionSet actionsOf(const Statement& st)
{
    return expandActions(catalog(), st, {}, nullptr);
}

const Statement* findSid(const Policy& p, std::string_view sid)
{
    for (const Statement& st : p.statements)
        if (st.sid == sid)
            return &st;
    return nullptr;
}

ReviewSubject samplePackage()
{
    return loadPackage(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") });
}

BoundaryDraft applied(std::vector<BoundaryEdit> edits, BoundaryDraft draft = {})
{
    for (BoundaryEdit& e : edits)
        e.apply(draft);
    return draft;
}

} // namespace

void TestBoundaryDraft::allowAllIsStar()
{
    const Policy p = BoundaryDraft {}.toPolicy(catalog());
    QCOMPARE(p.kind, PolicyKind::Boundary);
    QCOMPARE(p.statements.size(), size_t(1));
    const Statement& st = p.statements[0];
    QCOMPARE(st.effect, Effect::Allow);
    QCOMPARE(values(st.actions), std::vector<std::string> { "*" });
    QCOMPARE(values(st.resources), std::vector<std::string> { "*" });
    QVERIFY(st.conditions.empty());
}

void TestBoundaryDraft::vendorGrantsAllowExactlyThem()
{
    const BoundaryDraft d
        = applied({ BoundaryEdit::setBase(BoundaryBase::VendorGrants, { "kms:Decrypt", "logs:Describe*" }) });
    const Policy p = d.toPolicy(catalog());
    const Statement* allow = findSid(p, "BoundaryAllow");
    QVERIFY(allow);
    QCOMPARE(actionsOf(*allow), catalog().match("kms:Decrypt").actions | catalog().match("logs:Describe*").actions);
}

void TestBoundaryDraft::allowedServices()
{
    const BoundaryDraft d = applied({ BoundaryEdit::allowOnlyServices({ "s3", "kms" }) });
    const Policy p = d.toPolicy(catalog());
    const Statement* allow = findSid(p, "BoundaryAllow");
    QVERIFY(allow);
    // Whole services are written as "svc:*", in name order.
    QCOMPARE(values(allow->actions), (std::vector<std::string> { "kms:*", "s3:*" }));
}

void TestBoundaryDraft::allowedLevels()
{
    const BoundaryDraft d = applied({ BoundaryEdit::allowOnlyServices({ "s3" }),
        BoundaryEdit::allowOnlyLevels(static_cast<AccessLevels>(AccessLevel::Read)) });
    const Policy p = d.toPolicy(catalog());
    const Statement* allow = findSid(p, "BoundaryAllow");
    QVERIFY(allow);
    const ActionSet expected
        = catalog().serviceActions(catalog().findService("s3")) & catalog().actionsWithLevel(AccessLevel::Read);
    QVERIFY(expected.any());
    QCOMPARE(actionsOf(*allow), expected);
    QVERIFY(actionsOf(*allow).test(idx("s3:GetObject")));
    QVERIFY(!actionsOf(*allow).test(idx("s3:PutObject")));
}

void TestBoundaryDraft::deniedActions()
{
    const Policy p = applied({ BoundaryEdit::denyActions({ "kms:Decrypt", "iam:Create*" }) }).toPolicy(catalog());
    QCOMPARE(p.statements.size(), size_t(2));
    const Statement* deny = findSid(p, "DenyActions");
    QVERIFY(deny);
    QCOMPARE(deny->effect, Effect::Deny);
    QCOMPARE(values(deny->actions), (std::vector<std::string> { "kms:Decrypt", "iam:Create*" }));
    QCOMPARE(values(deny->resources), std::vector<std::string> { "*" });
}

void TestBoundaryDraft::denyOnArnGroupsByArn()
{
    const std::string prod = "arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod";
    const std::string key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const Policy p = applied({ BoundaryEdit::denyOnResources({ { "ec2:*", prod }, { "kms:Decrypt", key } }),
                                 BoundaryEdit::denyOnResources({ { "ssm:SendCommand", prod } }) })
                         .toPolicy(catalog());
    const Statement* first = findSid(p, "DenyOnResource1");
    const Statement* second = findSid(p, "DenyOnResource2");
    QVERIFY(first && second);
    QCOMPARE(values(first->actions), (std::vector<std::string> { "ec2:*", "ssm:SendCommand" }));
    QCOMPARE(values(first->resources), std::vector<std::string> { prod });
    QCOMPARE(values(second->actions), std::vector<std::string> { "kms:Decrypt" });
    QCOMPARE(values(second->resources), std::vector<std::string> { key });
}

void TestBoundaryDraft::conditionalDeny()
{
    ConditionClause c;
    c.operatorText = "StringEquals";
    c.key = "aws:ResourceTag/env";
    c.values = { "production" };
    const Policy p = applied({ BoundaryEdit::denyWhen({ { "ec2:StopInstances", "ec2:TerminateInstances" }, c }) })
                         .toPolicy(catalog());
    const Statement* deny = findSid(p, "DenyWhen1");
    QVERIFY(deny);
    QCOMPARE(deny->effect, Effect::Deny);
    QCOMPARE(deny->conditions.size(), size_t(1));
    QCOMPARE(deny->conditions[0].key, std::string("aws:ResourceTag/env"));
    QVERIFY(writePolicyJson(p).find(R"("Condition":{"StringEquals":{"aws:ResourceTag/env":"production"}})")
        != std::string::npos);
}

void TestBoundaryDraft::denyExcept()
{
    const std::string key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const Policy p = applied({ BoundaryEdit::denyExcept({ { "kms:Decrypt" }, { key } }) }).toPolicy(catalog());
    const Statement* deny = findSid(p, "DenyExcept1");
    QVERIFY(deny);
    QVERIFY(deny->notResource);
    QCOMPARE(values(deny->resources), std::vector<std::string> { key });
}

void TestBoundaryDraft::allowsNothing()
{
    // Vendor grants restricted to a service the vendor does not use: nothing is allowed.
    BoundaryDraft d = applied({ BoundaryEdit::setBase(BoundaryBase::VendorGrants, { "kms:Decrypt" }),
        BoundaryEdit::allowOnlyServices({ "s3" }) });
    QVERIFY(d.allowedActions(catalog()).none());
    Policy p = d.toPolicy(catalog());
    QCOMPARE(p.statements.size(), size_t(1));
    QCOMPARE(p.statements[0].sid, std::string("DenyEverything"));
    // With a deny as well, the policy holds only the deny: there is no Allow to write.
    d.deniedActions = { "kms:Decrypt" };
    p = d.toPolicy(catalog());
    QCOMPARE(p.statements.size(), size_t(1));
    QCOMPARE(p.statements[0].sid, std::string("DenyActions"));
}

void TestBoundaryDraft::policyParsesBack()
{
    ConditionClause c;
    c.operatorText = "StringEquals";
    c.key = "aws:ResourceTag/env";
    c.values = { "production" };
    const BoundaryDraft d
        = applied({ BoundaryEdit::allowOnlyServices({ "ec2", "kms" }), BoundaryEdit::denyActions({ "kms:Decrypt" }),
            BoundaryEdit::denyOnResources({ { "ec2:*", "arn:aws:ec2:*:123456789012:instance/i-0prod" } }),
            BoundaryEdit::denyWhen({ { "ec2:StopInstances" }, c }),
            BoundaryEdit::denyExcept({ { "kms:CreateGrant" }, { "arn:aws:kms:*:123456789012:key/k1" } }) });
    QVERIFY(d.check(catalog()).empty());
    Diagnostics diagnostics;
    const PolicyParser::Result r = PolicyParser::parseJson(
        writePolicyJson(d.toPolicy(catalog()), 2), PolicyKind::Boundary, QStringLiteral("b.json"), "b", diagnostics);
    QVERIFY2(r.ok, diagnostics.empty() ? "" : qPrintable(diagnostics.front().toString()));
    QCOMPARE(r.policy.statements.size(), size_t(5));
}

void TestBoundaryDraft::check_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("code");
    QTest::newRow("misspelt denied action") << "deny kms:Decryptt"
                                            << "boundary-unknown-action";
    QTest::newRow("unknown service") << "deny nosuchservice:Get*"
                                     << "boundary-unknown-service";
    QTest::newRow("not an action pattern") << "deny Decrypt"
                                           << "boundary-invalid-action";
    QTest::newRow("wildcard matching nothing") << "deny kms:Zzz*"
                                               << "boundary-pattern-no-match";
    QTest::newRow("deny on something that is not an ARN") << "deny-on i-0prod"
                                                          << "boundary-invalid-arn";
    QTest::newRow("allowed service unknown") << "allow-service nosuchservice"
                                             << "boundary-unknown-service";
}

void TestBoundaryDraft::check()
{
    QFETCH(QString, edit);
    QFETCH(QString, code);
    const std::string value = edit.section(QLatin1Char(' '), 1).toStdString();
    BoundaryEdit e;
    if (edit.startsWith(QStringLiteral("deny-on ")))
        e = BoundaryEdit::denyOnResources({ { "ec2:*", value } });
    else if (edit.startsWith(QStringLiteral("allow-service ")))
        e = BoundaryEdit::allowOnlyServices({ value });
    else
        e = BoundaryEdit::denyActions({ value });
    const Diagnostics d = applied({ e }).check(catalog());
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(d[0].severity, DiagnosticSeverity::Error);
    QCOMPARE(QString::fromStdString(d[0].code), code);
    QVERIFY(!d[0].message.isEmpty());
    if (code == QStringLiteral("boundary-unknown-action"))
        QVERIFY2(d[0].message.contains(QStringLiteral("kms:Decrypt")), qPrintable(d[0].message)); // did you mean
}

void TestBoundaryDraft::undoRedo()
{
    ConditionClause c;
    c.operatorText = "StringEquals";
    c.key = "aws:ResourceTag/env";
    c.values = { "production" };
    std::vector<BoundaryEdit> stack {
        BoundaryEdit::setBase(BoundaryBase::VendorGrants, { "ec2:*", "kms:Decrypt" }),
        BoundaryEdit::allowOnlyServices({ "ec2" }),
        BoundaryEdit::allowOnlyLevels(static_cast<AccessLevels>(AccessLevel::Write)),
        BoundaryEdit::denyActions({ "ec2:TerminateInstances" }),
        BoundaryEdit::denyOnResources({ { "ec2:*", "arn:aws:ec2:*:123456789012:instance/i-0prod" } }),
        BoundaryEdit::denyWhen({ { "ec2:StopInstances" }, c }),
        BoundaryEdit::denyExcept({ { "kms:Decrypt" }, { "arn:aws:kms:*:123456789012:key/k1" } }),
        BoundaryEdit::allowOnlyServices({ "ec2", "kms" }),
        BoundaryEdit::denyActions({ "ec2:TerminateInstances" }).withdrawn(),
    };
    BoundaryDraft draft;
    std::vector<BoundaryDraft> states { draft };
    std::vector<Policy> policies { draft.toPolicy(catalog()) };
    for (BoundaryEdit& e : stack) {
        e.apply(draft);
        QVERIFY2(!(draft == states.back()), qPrintable(e.description()));
        states.push_back(draft);
        policies.push_back(draft.toPolicy(catalog()));
    }
    // Undo everything, checking each earlier state, then redo everything.
    for (size_t i = stack.size(); i-- > 0;) {
        stack[i].revert(draft);
        QCOMPARE(draft, states[i]);
        QCOMPARE(draft.toPolicy(catalog()), policies[i]);
    }
    for (size_t i = 0; i < stack.size(); ++i) {
        stack[i].apply(draft);
        QCOMPARE(draft, states[i + 1]);
    }
}

void TestBoundaryDraft::addingWhatIsThereIsUndoneCleanly()
{
    BoundaryDraft draft = applied({ BoundaryEdit::denyActions({ "kms:Decrypt" }) });
    BoundaryEdit again = BoundaryEdit::denyActions({ "kms:Decrypt", "kms:ReEncryptFrom" });
    again.apply(draft);
    QCOMPARE(draft.deniedActions, (std::vector<std::string> { "kms:Decrypt", "kms:ReEncryptFrom" }));
    again.revert(draft);
    QCOMPARE(draft.deniedActions, std::vector<std::string> { "kms:Decrypt" }); // the earlier deny stays
    // Reverting an edit that was never applied changes nothing.
    const BoundaryDraft before = draft;
    BoundaryEdit::denyActions({ "ec2:*" }).revert(draft);
    QCOMPARE(draft, before);
}

void TestBoundaryDraft::withdrawn()
{
    const BoundaryEdit add = BoundaryEdit::denyOnResources({ { "ec2:*", "arn:aws:ec2:*:123456789012:instance/i-1" } });
    BoundaryDraft draft = applied({ add });
    QCOMPARE(draft.arnDenies.size(), size_t(1));
    BoundaryEdit remove = add.withdrawn();
    QCOMPARE(remove.mode(), BoundaryEdit::Mode::Remove);
    remove.apply(draft);
    QVERIFY(draft.arnDenies.empty());
    remove.revert(draft);
    QCOMPARE(draft.arnDenies.size(), size_t(1));
}

void TestBoundaryDraft::descriptions()
{
    QCOMPARE(BoundaryEdit::denyActions({ "kms:Decrypt" }).description(), QStringLiteral("Deny kms:Decrypt"));
    QCOMPARE(BoundaryEdit::denyActions({ "kms:Decrypt" }).withdrawn().description(),
        QStringLiteral("Stop denying kms:Decrypt"));
    QCOMPARE(BoundaryEdit::allowOnlyServices({ "s3", "kms" }).description(),
        QStringLiteral("Allow only the services s3, kms"));
    QCOMPARE(
        BoundaryEdit::denyOnResources({ { "ec2:*", "arn:x" } }).description(), QStringLiteral("Deny ec2:* on arn:x"));
    QCOMPARE(BoundaryEdit::denyActions({ "a:b" }).withDescription(QStringLiteral("Deny IAM writes")).description(),
        QStringLiteral("Deny IAM writes"));
    QCOMPARE(BoundaryEdit::denyActions({ "s3:A", "s3:B", "s3:C", "s3:D", "s3:E", "s3:F", "s3:G" }).description(),
        QStringLiteral("Deny s3:A, s3:B, s3:C, s3:D, s3:E and 2 more"));
}

void TestBoundaryDraft::mitigationsForSamplePackage()
{
    const ReviewSubject package = samplePackage();
    QVERIFY(!hasErrors(package.diagnostics));
    const PackageAnalysis analysis = analyzePackage(package, catalog(), RuleSet::bundled());
    const std::vector<BoundaryEdit> edits = Mitigations::forFindings(analysis.findings, catalog(), Severity::High);
    QVERIFY(!edits.empty());

    // One deny for the KMS findings (decrypt any key, key control), one production deny for stop.
    const auto kms = std::find_if(edits.begin(), edits.end(), [](const BoundaryEdit& e) {
        return e.part() == BoundaryEdit::Part::DeniedActions
            && std::count(e.payload().deniedActions.begin(), e.payload().deniedActions.end(), "kms:Decrypt");
    });
    QVERIFY(kms != edits.end());
    const auto production = std::find_if(edits.begin(), edits.end(),
        [](const BoundaryEdit& e) { return e.part() == BoundaryEdit::Part::ConditionalDenies; });
    QVERIFY(production != edits.end());
    const ConditionalDeny& when = production->payload().conditionalDenies.front();
    QCOMPARE(when.condition.key, std::string("aws:ResourceTag/env"));
    QCOMPARE(when.condition.values, std::vector<std::string> { "production" });
    QVERIFY(std::count(when.actions.begin(), when.actions.end(), "ec2:TerminateInstances"));
    QVERIFY(std::count(when.actions.begin(), when.actions.end(), "ec2:StopInstances"));
    // The same mitigation proposed by two findings is one edit.
    for (size_t i = 0; i < edits.size(); ++i)
        for (size_t j = i + 1; j < edits.size(); ++j)
            QVERIFY(!(edits[i] == edits[j]));

    // Under the resulting boundary, the role can no longer decrypt; stopping is denied only on production.
    const BoundaryDraft draft = applied(edits);
    QVERIFY(draft.check(catalog()).empty());
    const Policy boundary = draft.toPolicy(catalog());
    std::vector<const Policy*> identity;
    for (const PolicyRecord& p : package.roles.front().policies)
        identity.push_back(&p.policy);
    const EffectivePermissions e = computeEffectivePermissions(catalog(), identity, &boundary);
    QVERIFY(e.removedByDeny.test(idx("kms:Decrypt")));
    QVERIFY(e.removedByDeny.test(idx("kms:CreateGrant")));
    QVERIFY(e.effective.test(idx("ec2:StopInstances")));
    QVERIFY(e.effective.test(idx("logs:GetLogEvents")));
}

void TestBoundaryDraft::kmsMitigationWithKeys()
{
    Finding f;
    f.rule = "kms-decrypt-any-key";
    f.severity = Severity::High;
    f.actions = { "kms:decrypt", "kms:generatedatakey" };
    MitigationOptions options;
    options.kmsKeyArns = { "arn:aws:kms:eu-west-1:123456789012:key/k1" };
    const std::vector<BoundaryEdit> edits = Mitigations::forFinding(f, catalog(), options);
    QCOMPARE(edits.size(), size_t(1));
    QCOMPARE(edits[0].part(), BoundaryEdit::Part::ExceptDenies);
    const ExceptDeny& d = edits[0].payload().exceptDenies.front();
    QCOMPARE(d.exceptResources, options.kmsKeyArns);
    QCOMPARE(std::vector<std::string>(d.actions.begin(), d.actions.begin() + 3),
        (std::vector<std::string> { "kms:Decrypt", "kms:ReEncryptFrom", "kms:CreateGrant" }));
    QVERIFY(std::count(d.actions.begin(), d.actions.end(), "kms:GenerateDataKey"));
    const Policy p = applied(edits).toPolicy(catalog());
    const Statement* st = findSid(p, "DenyExcept1");
    QVERIFY(st && st->notResource);
}

void TestBoundaryDraft::iamWriteMitigation()
{
    for (const char* rule : { "iam-write", "privesc-attach-policy", "privesc-passrole-ec2" }) {
        Finding f;
        f.rule = rule;
        f.actions = { "iam:passrole", "iam:attachrolepolicy", "ec2:runinstances" };
        const std::vector<BoundaryEdit> edits = Mitigations::forFinding(f, catalog());
        QCOMPARE(edits.size(), size_t(1));
        QCOMPARE(edits[0].description(), QStringLiteral("Deny IAM writes"));
        const Policy p = applied(edits).toPolicy(catalog());
        const Statement* deny = findSid(p, "DenyActions");
        QVERIFY(deny);
        const ActionSet denied = actionsOf(*deny);
        for (const char* a : { "iam:PassRole", "iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy",
                 "iam:UpdateAssumeRolePolicy", "iam:DeleteRolePermissionsBoundary", "iam:CreatePolicyVersion" })
            QVERIFY2(denied.test(idx(a)), a);
        QVERIFY(!denied.test(idx("iam:GetRole")));
        QVERIFY(!denied.test(idx("iam:ListRoles")));
    }
    // A privilege escalation without IAM actions is mitigated by denying its actions.
    Finding lambda;
    lambda.rule = "privesc-update-lambda-code";
    lambda.actions = { "lambda:updatefunctioncode" };
    const std::vector<BoundaryEdit> edits = Mitigations::forFinding(lambda, catalog());
    QCOMPARE(edits.size(), size_t(1));
    QCOMPARE(edits[0].payload().deniedActions, std::vector<std::string> { "lambda:UpdateFunctionCode" });
}

void TestBoundaryDraft::noMitigationForTrustOrValidation()
{
    for (const char* rule :
        { "trust-no-external-id", "package-macro", "validation-unknown-action", "admin-wildcard" }) {
        Finding f;
        f.rule = rule;
        f.actions = { "iam:passrole" };
        QVERIFY2(Mitigations::forFinding(f, catalog()).empty(), rule);
    }
}

QTEST_GUILESS_MAIN(TestBoundaryDraft)
#include "tst_boundarydraft.moc"
