// SPDX-License-Identifier: GPL-3.0-or-later
// Every bundled AWS managed policy, parsed and expanded against the bundled catalogue: the two data
// sets must agree with each other and with what the parser and the expansion promise.
#include "analysis/Expansion.h"
#include "analysis/RiskAnalyzer.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "policy/PolicyParser.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace grantscope;

namespace {

struct Loaded {
    const ManagedPolicyEntry* entry = nullptr;
    Policy policy;
    bool ok = false;
    PolicyExpansion expansion;
    Diagnostics diagnostics; // parser and expansion together
};

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// A wildcard matcher written for this test (greedy star with backtracking to the last star), so the
// expansion is checked against code it does not share. Case-insensitive, as AWS matches actions.
bool wildcard(std::string_view pattern, std::string_view text)
{
    size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || lower(pattern[p]) == lower(text[t]))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

// The actions one Action/NotAction list names, found by scanning the catalogue with `wildcard`.
ActionSet oracleNamed(const Catalog& catalog, const std::vector<LocatedString>& patterns)
{
    ActionSet out = catalog.emptySet();
    for (const LocatedString& ls : patterns) {
        const std::string_view pattern = ls.value;
        const size_t colon = pattern.find(':');
        const std::string_view service = colon == std::string_view::npos ? pattern : pattern.substr(0, colon);
        int begin = 0, end = catalog.actionCount();
        if (pattern != "*" && service.find_first_of("*?") == std::string_view::npos) {
            const int si = catalog.findService(service);
            if (si < 0)
                continue;
            begin = catalog.service(si).firstAction;
            end = begin + catalog.service(si).actionCount;
        }
        for (int i = begin; i < end; ++i)
            if (wildcard(pattern, catalog.lowerActionName(i)))
                out.set(i);
    }
    return out;
}

// "Get", "List", "Describe": the verbs of actions that only read, whatever level AWS files them under.
bool readStyleName(std::string_view name)
{
    return name.starts_with("Get") || name.starts_with("List") || name.starts_with("Describe");
}

QString describeAll(const Catalog& catalog, const ActionSet& set, int limit = 25)
{
    QStringList names;
    catalog.forEachSorted(set, [&](int i) {
        if (names.size() < limit)
            names << qstr(catalog.actionName(i));
    });
    if (set.count() > limit)
        names << QStringLiteral("… (%1 in all)").arg(set.count());
    return names.join(QStringLiteral(", "));
}

} // namespace

class TestManagedPolicies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPolicyIsLoaded();
    void noPolicyHasErrors();
    void onlyRetiredServicesWarn();
    void expansionAgreesWithWildcardOracle();
    void administratorAccessAllowsEverything();
    void grants_data();
    void grants();
    void readOnlyPoliciesGrantNoTagging_data();
    void readOnlyPoliciesGrantNoTagging();
    void writeLevelGrantsOfReadOnlyPoliciesAreReads_data();
    void writeLevelGrantsOfReadOnlyPoliciesAreReads();
    void powerUserNotActionIsTheComplement();
    void everyNotActionStatementIsAComplement();
    void riskOfManagedPolicies_data();
    void riskOfManagedPolicies();

private:
    const Loaded* find(const char* name) const;
    std::vector<Finding> risks(const char* name) const;
    std::vector<Loaded> m_loaded;
};

void TestManagedPolicies::initTestCase()
{
    const Catalog& catalog = Catalog::bundled();
    const ManagedPolicyStore& store = ManagedPolicyStore::bundled();
    m_loaded.reserve(store.policies().size());
    for (const ManagedPolicyEntry& entry : store.policies()) {
        Loaded l;
        l.entry = &entry;
        PolicyParser::Result r = PolicyParser::parseJson(
            entry.document, PolicyKind::Identity, qstr(entry.arn), std::string(entry.name), l.diagnostics);
        l.ok = r.ok;
        l.policy = std::move(r.policy);
        l.expansion = expandPolicy(catalog, l.policy, &l.diagnostics);
        m_loaded.push_back(std::move(l));
    }
}

const Loaded* TestManagedPolicies::find(const char* name) const
{
    for (const Loaded& l : m_loaded)
        if (l.entry->name == name)
            return &l;
    return nullptr;
}

void TestManagedPolicies::everyPolicyIsLoaded()
{
    QVERIFY(!m_loaded.empty());
    QCOMPARE(m_loaded.size(), ManagedPolicyStore::bundled().policies().size());
    for (const Loaded& l : m_loaded) {
        QVERIFY2(!l.policy.statements.empty(), std::string(l.entry->name).c_str());
        QCOMPARE(l.expansion.statements.size(), l.policy.statements.size());
    }
}

void TestManagedPolicies::noPolicyHasErrors()
{
    QStringList errors;
    int notOk = 0;
    for (const Loaded& l : m_loaded) {
        notOk += !l.ok;
        for (const Diagnostic& d : l.diagnostics)
            if (d.severity == DiagnosticSeverity::Error)
                errors << d.toString();
    }
    if (!errors.isEmpty())
        qWarning().noquote() << errors.size() << "errors in AWS managed policies:\n" << errors.join(QLatin1Char('\n'));
    QVERIFY2(
        errors.isEmpty(), qPrintable(QStringLiteral("%1 errors, first: %2").arg(errors.size()).arg(errors.value(0))));
    QCOMPARE(notOk, 0);
}

void TestManagedPolicies::onlyRetiredServicesWarn()
{
    // Policies AWS still publishes may name services it has retired (unknown-service), and a few
    // actions that the Service Authorization Reference (the catalogue's source) does not list yet or
    // any more (unknown-action: 53 in 7 policies with the pinned data). Anything else means the two
    // data sets disagree or the parser is stricter than IAM.
    std::map<std::string, QStringList> unexpected; // code -> "Policy: message"
    int retired = 0;
    QStringList catalogueGaps;
    for (const Loaded& l : m_loaded) {
        for (const Diagnostic& d : l.diagnostics) {
            if (d.severity != DiagnosticSeverity::Warning)
                continue;
            if (d.code == "unknown-service")
                ++retired;
            else if (d.code == "unknown-action")
                catalogueGaps << qstr(l.entry->name) + QStringLiteral(": ") + d.message;
            else
                unexpected[d.code] << qstr(l.entry->name) + QStringLiteral(": ") + d.message;
        }
    }
    qInfo("%d unknown-service warnings (retired services), %d unknown actions", retired,
        static_cast<int>(catalogueGaps.size()));
    // A jump here means the catalogue no longer fits the managed policies (a broken data refresh).
    QVERIFY2(catalogueGaps.size() <= 100, qPrintable(catalogueGaps.join(QStringLiteral("\n"))));
    QStringList summary;
    for (const auto& [code, list] : unexpected) {
        qWarning().noquote() << list.size() << "unexpected" << QString::fromStdString(code) << "warnings:\n  "
                             << list.join(QStringLiteral("\n  "));
        summary << QStringLiteral("%1 × %2 (e.g. %3)").arg(list.size()).arg(QString::fromStdString(code), list.first());
    }
    QVERIFY2(unexpected.empty(), qPrintable(summary.join(QStringLiteral("; "))));
}

void TestManagedPolicies::expansionAgreesWithWildcardOracle()
{
    const Catalog& catalog = Catalog::bundled();
    int checked = 0;
    for (const Loaded& l : m_loaded) {
        ActionSet allowed = catalog.emptySet(), denied = catalog.emptySet();
        for (size_t s = 0; s < l.policy.statements.size(); ++s) {
            const Statement& st = l.policy.statements[s];
            ActionSet named = oracleNamed(catalog, st.actions);
            if (st.notAction)
                named = named.complement();
            const ActionSet& got = l.expansion.statements[s].actions;
            if (!(got == named)) {
                qWarning().noquote() << qstr(l.entry->name) << "statement" << s
                                     << "\n  expansion only:" << describeAll(catalog, got - named)
                                     << "\n  oracle only:" << describeAll(catalog, named - got);
                QFAIL("the expansion differs from the wildcard oracle");
            }
            QCOMPARE(l.expansion.statements[s].effect, st.effect);
            (st.effect == Effect::Allow ? allowed : denied) |= named;
            ++checked;
        }
        QVERIFY2(l.expansion.allowed == allowed, std::string(l.entry->name).c_str());
        QVERIFY2(l.expansion.denied == denied, std::string(l.entry->name).c_str());
    }
    QVERIFY(checked >= int(m_loaded.size()));
}

void TestManagedPolicies::administratorAccessAllowsEverything()
{
    const Catalog& catalog = Catalog::bundled();
    const Loaded* admin = find("AdministratorAccess");
    QVERIFY(admin);
    QCOMPARE(admin->expansion.allowed.count(), catalog.actionCount());
    QVERIFY(admin->expansion.allowed == catalog.allActions());
    QVERIFY(admin->expansion.denied.none());
    QVERIFY(isWildcardResource(admin->expansion.statements[0].resources));
    QVERIFY(!admin->expansion.statements[0].conditional);
}

void TestManagedPolicies::grants_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("granted");

    const auto row = [](const char* policy, const char* action, bool granted) {
        QTest::addRow("%s %s %s", policy, granted ? "grants" : "does not grant", action)
            << QString(QLatin1String(policy)) << QString(QLatin1String(action)) << granted;
    };
    // ReadOnlyAccess reads data and configuration, and changes nothing.
    row("ReadOnlyAccess", "s3:GetObject", true);
    row("ReadOnlyAccess", "dynamodb:GetItem", true);
    row("ReadOnlyAccess", "ec2:DescribeInstances", true);
    row("ReadOnlyAccess", "iam:GetRole", true);
    row("ReadOnlyAccess", "iam:PutRolePolicy", false);
    row("ReadOnlyAccess", "iam:AttachRolePolicy", false);
    row("ReadOnlyAccess", "iam:CreateAccessKey", false);
    row("ReadOnlyAccess", "iam:PassRole", false);
    row("ReadOnlyAccess", "sts:AssumeRole", false);
    row("ReadOnlyAccess", "s3:PutObject", false);
    row("ReadOnlyAccess", "s3:DeleteBucket", false);
    row("ReadOnlyAccess", "ec2:RunInstances", false);
    row("ReadOnlyAccess", "ec2:TerminateInstances", false);
    row("ReadOnlyAccess", "kms:Decrypt", false);
    row("ReadOnlyAccess", "secretsmanager:GetSecretValue", false);
    row("ReadOnlyAccess", "ssm:SendCommand", false);
    // SecurityAudit reads configuration, not data.
    row("SecurityAudit", "ec2:DescribeInstances", true);
    row("SecurityAudit", "iam:GetRole", true);
    row("SecurityAudit", "iam:ListRoles", true);
    row("SecurityAudit", "s3:GetObject", false);
    row("SecurityAudit", "dynamodb:GetItem", false);
    row("SecurityAudit", "secretsmanager:GetSecretValue", false);
    row("SecurityAudit", "ssm:GetParameter", false);
    row("SecurityAudit", "kms:Decrypt", false);
    row("SecurityAudit", "iam:PutRolePolicy", false);
    row("SecurityAudit", "iam:PassRole", false);
    row("SecurityAudit", "s3:PutBucketPolicy", false);
    // PowerUserAccess: everything but IAM, Organizations and Account, plus a few listed exceptions.
    row("PowerUserAccess", "s3:PutObject", true);
    row("PowerUserAccess", "ec2:RunInstances", true);
    row("PowerUserAccess", "kms:Decrypt", true);
    row("PowerUserAccess", "sts:AssumeRole", true);
    row("PowerUserAccess", "iam:CreateServiceLinkedRole", true);
    row("PowerUserAccess", "iam:ListRoles", true);
    row("PowerUserAccess", "iam:PutRolePolicy", false);
    row("PowerUserAccess", "iam:PassRole", false);
    row("PowerUserAccess", "iam:GetRole", false);
    row("PowerUserAccess", "organizations:CreateAccount", false);
    row("AWSLambdaRole", "lambda:InvokeFunction", true);
    row("AWSLambdaRole", "lambda:CreateFunction", false);
}

void TestManagedPolicies::grants()
{
    QFETCH(QString, policy);
    QFETCH(QString, action);
    QFETCH(bool, granted);

    const Catalog& catalog = Catalog::bundled();
    const Loaded* l = find(policy.toStdString().c_str());
    QVERIFY2(l, qPrintable(policy));
    const int index = catalog.findAction(action.toStdString());
    QVERIFY2(index >= 0, qPrintable(action));
    QCOMPARE(l->expansion.allowed.test(index), granted);
    QVERIFY(!l->expansion.denied.test(index));
}

void TestManagedPolicies::readOnlyPoliciesGrantNoTagging_data()
{
    QTest::addColumn<QString>("policy");
    QTest::newRow("ReadOnlyAccess") << QStringLiteral("ReadOnlyAccess");
    QTest::newRow("SecurityAudit") << QStringLiteral("SecurityAudit");
    QTest::newRow("ViewOnlyAccess") << QStringLiteral("ViewOnlyAccess");
}

void TestManagedPolicies::readOnlyPoliciesGrantNoTagging()
{
    QFETCH(QString, policy);
    const Catalog& catalog = Catalog::bundled();
    const Loaded* l = find(policy.toStdString().c_str());
    QVERIFY(l);
    QVERIFY(l->expansion.allowed.count() > 100);
    const ActionSet tagging = l->expansion.allowed & catalog.actionsWithLevel(AccessLevel::Tagging);
    QVERIFY2(tagging.none(), qPrintable(describeAll(catalog, tagging)));
    // Read and List dominate what they grant.
    const ActionSet reads = catalog.actionsWithLevel(AccessLevel::Read) | catalog.actionsWithLevel(AccessLevel::List);
    QVERIFY((l->expansion.allowed - reads).count() * 100 < l->expansion.allowed.count());
}

void TestManagedPolicies::writeLevelGrantsOfReadOnlyPoliciesAreReads_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("exceptions");

    // AWS files a few reads under Write or Permissions management (athena:GetSessionEndpoint,
    // quicksight:Describe*Permissions, ...); those keep a read-style name. The one exception is
    // s3express:CreateSession, which S3 Express One Zone needs before any read.
    QTest::newRow("ReadOnlyAccess") << QStringLiteral("ReadOnlyAccess")
                                    << QStringList { QStringLiteral("s3express:CreateSession") };
    QTest::newRow("SecurityAudit") << QStringLiteral("SecurityAudit") << QStringList {};
    QTest::newRow("ViewOnlyAccess") << QStringLiteral("ViewOnlyAccess") << QStringList {};
}

void TestManagedPolicies::writeLevelGrantsOfReadOnlyPoliciesAreReads()
{
    QFETCH(QString, policy);
    QFETCH(QStringList, exceptions);

    const Catalog& catalog = Catalog::bundled();
    const Loaded* l = find(policy.toStdString().c_str());
    QVERIFY(l);
    const ActionSet writeLevel = l->expansion.allowed
        & (catalog.actionsWithLevel(AccessLevel::Write) | catalog.actionsWithLevel(AccessLevel::PermissionsManagement));
    QStringList mutating;
    catalog.forEachSorted(writeLevel, [&](int i) {
        if (!readStyleName(catalog.action(i).name) && !exceptions.contains(qstr(catalog.actionName(i))))
            mutating << qstr(catalog.actionName(i));
    });
    QVERIFY2(mutating.isEmpty(), qPrintable(mutating.join(QStringLiteral(", "))));
    // The exceptions are real grants, so the list cannot go stale unnoticed.
    for (const QString& e : exceptions)
        QVERIFY2(writeLevel.test(catalog.findAction(e.toStdString())), qPrintable(e));
}

void TestManagedPolicies::powerUserNotActionIsTheComplement()
{
    const Catalog& catalog = Catalog::bundled();
    const Loaded* l = find("PowerUserAccess");
    QVERIFY(l);
    QVERIFY(l->policy.statements.size() >= 1);
    const Statement& st = l->policy.statements[0];
    QVERIFY(st.notAction);
    std::vector<std::string> excluded;
    for (const LocatedString& a : st.actions) {
        QVERIFY2(a.value.ends_with(":*"), a.value.c_str());
        excluded.push_back(a.value.substr(0, a.value.size() - 2));
    }
    QCOMPARE(excluded, (std::vector<std::string> { "iam", "organizations", "account" }));

    // Everything whose service is not excluded, by service prefix.
    ActionSet expected = catalog.emptySet();
    int excludedCount = 0;
    for (int s = 0; s < catalog.serviceCount(); ++s) {
        const ServiceInfo& svc = catalog.service(s);
        const bool out = std::find(excluded.begin(), excluded.end(), std::string(svc.prefix)) != excluded.end();
        if (out)
            excludedCount += svc.actionCount;
        else
            expected |= catalog.serviceActions(s);
    }
    QVERIFY(excludedCount > 0);
    const ActionSet& got = l->expansion.statements[0].actions;
    QCOMPARE(got.count(), catalog.actionCount() - excludedCount);
    QVERIFY(got == expected);
    QCOMPARE(got,
        catalog.allActions() - catalog.match("iam:*").actions - catalog.match("organizations:*").actions
            - catalog.match("account:*").actions);
    QCOMPARE(l->expansion.statements[0].effect, Effect::Allow);
}

void TestManagedPolicies::everyNotActionStatementIsAComplement()
{
    const Catalog& catalog = Catalog::bundled();
    int notActionStatements = 0;
    for (const Loaded& l : m_loaded) {
        for (size_t s = 0; s < l.policy.statements.size(); ++s) {
            const Statement& st = l.policy.statements[s];
            if (!st.notAction)
                continue;
            ++notActionStatements;
            const ActionSet& got = l.expansion.statements[s].actions;
            const ActionSet named = oracleNamed(catalog, st.actions);
            QVERIFY2(!got.intersects(named), std::string(l.entry->name).c_str());
            QVERIFY2((got | named) == catalog.allActions(), std::string(l.entry->name).c_str());
        }
    }
    QVERIFY(notActionStatements > 1);
}

std::vector<Finding> TestManagedPolicies::risks(const char* name) const
{
    const Loaded* l = find(name);
    if (!l)
        return {};
    PolicyRecord record;
    record.name = name;
    record.policy = l->policy;
    record.origin = PolicyOrigin::AwsManaged;
    PermissionSubject subject { "VendorRole", qstr(l->entry->arn), {}, { &record }, nullptr };
    return analyzeRisks(Catalog::bundled(), RuleSet::bundled(), subject);
}

void TestManagedPolicies::riskOfManagedPolicies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("worst");
    QTest::addColumn<QStringList>("named"); // rules that must be among the findings at the worst severity
    QTest::newRow("AdministratorAccess") << "AdministratorAccess"
                                         << "critical" << QStringList { QStringLiteral("admin-wildcard") };
    QTest::newRow("IAMFullAccess") << "IAMFullAccess"
                                   << "critical"
                                   << QStringList { QStringLiteral("privesc-put-inline-policy"),
                                          QStringLiteral("privesc-attach-policy"),
                                          QStringLiteral("privesc-create-policy-version"),
                                          QStringLiteral("privesc-update-assume-role-policy") };
    // Read-only is not harmless: the reads that return secrets are named, at medium, and nothing is above.
    QTest::newRow("SecurityAudit") << "SecurityAudit"
                                   << "medium"
                                   << QStringList { QStringLiteral("read-function-environment"),
                                          QStringLiteral("read-build-environments"), QStringLiteral("read-templates") };
    QTest::newRow("ViewOnlyAccess") << "ViewOnlyAccess"
                                    << "medium" << QStringList { QStringLiteral("read-function-environment") };
}

void TestManagedPolicies::riskOfManagedPolicies()
{
    QFETCH(QString, policy);
    QFETCH(QString, worst);
    QFETCH(QStringList, named);
    const std::vector<Finding> findings = risks(policy.toUtf8().constData());
    QVERIFY(!findings.empty());
    const Severity expected = *parseSeverity(worst.toStdString());
    Severity max = Severity::Info;
    QStringList atWorst;
    for (const Finding& f : findings) {
        max = std::max(max, f.severity);
        if (f.severity == expected)
            atWorst << QString::fromStdString(f.rule);
        QVERIFY2(!f.severityReason.isEmpty(), f.rule.c_str());
    }
    QCOMPARE(QLatin1String(severityKey(max)), worst);
    for (const QString& rule : named)
        QVERIFY2(atWorst.contains(rule), qPrintable(rule + QStringLiteral(" not in ") + atWorst.join(u',')));
    if (expected == Severity::Medium) {
        // Only the secret-returning reads reach medium.
        for (const QString& rule : atWorst)
            QVERIFY2(rule.startsWith(QLatin1String("read-")), qPrintable(rule));
    }
}

QTEST_GUILESS_MAIN(TestManagedPolicies)
#include "tst_managedpolicies.moc"
