// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PackageAnalysis.h"

#include "analysis/Expansion.h"
#include "analysis/ResourceScope.h"
#include "analysis/RiskAnalyzer.h"
#include "analysis/RoleReach.h"
#include "analysis/RuleSet.h"
#include "analysis/SeverityReason.h"
#include "analysis/TrustAnalyzer.h"
#include "catalog/Catalog.h"
#include "policy/PolicyWriter.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

namespace grantscope {

namespace {

// Translated under the context "PackageAnalysis" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PackageAnalysis)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// AWS's documented IAM quotas (characters, white space not counted).
constexpr size_t kManagedPolicyLimit = 6144;
constexpr size_t kInlineRoleLimit = 10240; // all inline policies of a role together
constexpr size_t kTrustPolicyLimit = 2048; // default; can be raised to 4096

Finding fromRule(const RuleSet& rules, const char* id, Severity fallback, const std::string& subject,
    const QString& file, SourceLocation at, const QString& detail)
{
    Finding f;
    f.rule = id;
    f.subject = subject;
    f.file = file;
    f.location = at;
    f.severity = fallback;
    if (const Rule* r = rules.find(id)) {
        f.severity = r->severity;
        f.category = r->category;
        f.title = r->title;
        QString sentence = detail;
        if (!sentence.isEmpty()) {
            sentence[0] = sentence[0].toUpper();
            if (!sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1Char('?')))
                sentence += QLatin1Char('.');
        }
        f.rationale = detail.isEmpty() ? r->rationale : r->rationale + QLatin1Char(' ') + sentence;
        f.mitigation = r->mitigation;
        f.references = r->references;
    } else {
        f.category = "validation";
        f.title = q(id);
        f.rationale = detail;
    }
    return f;
}

// An ARN format from the catalogue ("arn:${Partition}:s3:::${BucketName}/${ObjectName}") as a glob.
std::string formatToPattern(std::string_view format)
{
    std::string out;
    size_t i = 0;
    while (i < format.size()) {
        if (format[i] == '$' && i + 1 < format.size() && format[i + 1] == '{') {
            const size_t close = format.find('}', i);
            if (close != std::string_view::npos) {
                out += '*';
                i = close + 1;
                continue;
            }
        }
        out += format[i++];
    }
    return out;
}

class Validator {
public:
    Validator(const Catalog& catalog, const RuleSet& rules, std::vector<Finding>& out)
        : m_catalog(catalog)
        , m_rules(rules)
        , m_out(out)
    { }

    // Actions named without wildcards that cannot apply to any resource the statement gives.
    void resourceMismatch(const PolicyRecord& record, const std::string& subject)
    {
        for (const Statement& st : record.policy.statements) {
            if (st.effect != Effect::Allow || st.notAction || st.notResource || !st.hasResource)
                continue;
            std::vector<std::string> resources;
            for (const LocatedString& r : st.resources)
                resources.push_back(r.value);
            if (isWildcardResource(resources))
                continue;
            for (const LocatedString& a : st.actions) {
                if (a.value.find_first_of("*?") != std::string::npos)
                    continue;
                const int idx = m_catalog.findAction(a.value);
                if (idx < 0)
                    continue;
                const ActionInfo& info = m_catalog.action(idx);
                const ServiceInfo& service = m_catalog.service(info.service);
                bool applies = false;
                for (const ActionResource& ar : info.resources) {
                    const std::string pattern
                        = formatToPattern(service.resourceTypes[static_cast<size_t>(ar.resourceType)].arnFormat);
                    for (const std::string& r : resources)
                        applies = applies || patternsOverlap(pattern, r) || r.find("${") != std::string::npos;
                }
                if (applies)
                    continue;
                const QString why = info.resources.empty()
                    ? Tr::tr("%1 cannot be limited to a resource: AWS only grants it with \"Resource\": \"*\", so this "
                             "statement grants nothing for it")
                          .arg(q(m_catalog.actionName(idx)))
                    : Tr::tr("%1 applies to none of the resources listed, so this statement grants nothing for it")
                          .arg(q(m_catalog.actionName(idx)));
                Finding f = fromRule(m_rules, "validation-resource-mismatch", Severity::Low, subject,
                    record.policy.file, a.location, why);
                f.actions = { std::string(m_catalog.lowerActionName(idx)) };
                f.resources = resources;
                m_out.push_back(std::move(f));
            }
        }
    }

private:
    const Catalog& m_catalog;
    const RuleSet& m_rules;
    std::vector<Finding>& m_out;
};

std::vector<std::string> principalsOf(const Policy& trust)
{
    std::vector<std::string> out;
    for (const Statement& st : trust.statements)
        for (const PrincipalEntry& p : st.principals)
            out.push_back(p.type == "*" ? std::string("*") : p.type + ":" + p.value);
    return out;
}

// Findings of a subject that exists only under a template condition, or that rest only on policies that
// do, keep their severity and say when they apply.
void markConditional(std::vector<Finding>& findings, size_t first, const std::string& subjectCondition,
    const std::vector<PolicyRecord>& policies)
{
    for (size_t i = first; i < findings.size(); ++i) {
        Finding& f = findings[i];
        std::string condition = subjectCondition;
        if (condition.empty() && !f.evidence.empty()) {
            // Conditional only when every statement behind it is; resting on several branches, it names each.
            std::vector<std::string> branches;
            std::map<std::string, std::vector<bool>> variantsByGroup; // branches of one resource that carry it
            for (const Evidence& e : f.evidence) {
                const auto p = std::find_if(
                    policies.begin(), policies.end(), [&](const PolicyRecord& r) { return r.name == e.policy; });
                if (p == policies.end() || p->condition.empty()) {
                    branches.clear();
                    break;
                }
                if (std::find(branches.begin(), branches.end(), p->condition) == branches.end())
                    branches.push_back(p->condition);
                if (!p->branchGroup.empty()) {
                    std::vector<bool>& in = variantsByGroup[p->branchGroup];
                    in.resize(std::max(in.size(), p->branchVariants.size()), false);
                    for (size_t v = 0; v < p->branchVariants.size(); ++v)
                        in[v] = in[v] || p->branchVariants[v];
                }
            }
            // Carried by every branch of one resource (the "yes" piece and the "no" piece): whatever the
            // parameters, the grant is there, so it is not conditional.
            for (const auto& [group, in] : variantsByGroup)
                if (!in.empty() && std::all_of(in.begin(), in.end(), [](bool b) { return b; }))
                    branches.clear();
            for (const std::string& b : branches)
                condition = condition.empty() ? b : Tr::tr("%1; or %2").arg(q(condition), q(b)).toStdString();
        }
        if (condition.empty())
            continue;
        f.condition = condition;
        QString sentence = q(condition);
        sentence[0] = sentence[0].toUpper();
        f.rationale += QLatin1Char(' ') + sentence + QLatin1Char('.');
    }
}

// One copy of each text the findings say: a severity reason or a rationale is written per finding, and the same
// words recur across the subjects of a package (every role with the same kind of grant), so a large package
// keeps each of them once (QString shares its data) instead of once per finding.
class TextPool {
public:
    void share(std::vector<Finding>& findings, size_t first)
    {
        for (size_t i = first; i < findings.size(); ++i) {
            Finding& f = findings[i];
            share(f.title);
            share(f.rationale);
            share(f.mitigation);
            share(f.severityReason);
        }
    }

private:
    void share(QString& text)
    {
        if (text.isEmpty())
            return;
        const auto it = m_texts.constFind(text);
        if (it == m_texts.constEnd())
            m_texts.insert(text);
        else
            text = *it;
    }

    QSet<QString> m_texts;
};

// The same rule at the same place for the same subject is one finding: keeps the first of each, in place. A
// package of thousands of policies has tens of thousands of findings, too many to hold twice.
void removeRepeatedFindings(std::vector<Finding>& findings)
{
    const auto sameKey = [&findings](size_t a, size_t b) {
        const Finding& x = findings[a];
        const Finding& y = findings[b];
        return x.location.line == y.location.line && x.location.column == y.location.column && x.rule == y.rule
            && x.subject == y.subject && x.file == y.file;
    };
    const auto keyHash = [&findings](size_t i) {
        const Finding& f = findings[i];
        return std::hash<std::string>()(f.rule) ^ (std::hash<std::string>()(f.subject) * 31) ^ (qHash(f.file) * 131)
            ^ (static_cast<size_t>(f.location.line) << 16) ^ static_cast<size_t>(f.location.column);
    };
    std::unordered_set<size_t, decltype(keyHash), decltype(sameKey)> seen(findings.size(), keyHash, sameKey);
    size_t kept = 0;
    for (size_t i = 0; i < findings.size(); ++i) {
        if (kept != i)
            findings[kept] = std::move(findings[i]);
        // The set holds indices of findings already in their final place only.
        if (seen.insert(kept).second)
            ++kept;
    }
    findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept), findings.end());
}

void diagnosticsToFindings(const ReviewSubject& package, const RuleSet& rules, std::vector<Finding>& out)
{
    for (const Diagnostic& d : package.diagnostics) {
        const char* id = nullptr;
        Severity severity = Severity::Low;
        if (d.code == "unknown-action" || d.code == "unknown-service" || d.code == "pattern-no-match")
            id = d.code == "unknown-service" ? "validation-unknown-service" : "validation-unknown-action";
        else if (d.code == "policy-duplicate-sid")
            id = "validation-duplicate-sid";
        else if (d.code == "policy-no-version")
            id = "validation-no-version";
        else if (d.code == "package-empty")
            id = "package-unreviewed", severity = Severity::High;
        else if (d.code.starts_with("param-"))
            continue; // the reviewer's own --param, not the package: an error of the command line only
        else if (d.severity == DiagnosticSeverity::Error && d.code.starts_with("policy-"))
            id = "validation-invalid-policy", severity = Severity::Medium;
        else if (d.severity == DiagnosticSeverity::Error)
            id = "package-unreadable", severity = Severity::High;
        if (!id)
            continue;
        out.push_back(fromRule(rules, id, severity, {}, d.file, d.location, d.message));
    }
}

void notesToFindings(const ReviewSubject& package, const RuleSet& rules, std::vector<Finding>& out)
{
    // A parameter left for the deployer is one finding, listing every place that uses it.
    std::map<std::pair<QString, std::string>, std::vector<const PackageNote*>> uses;
    for (const PackageNote& n : package.notes)
        if (n.kind == "unresolved-parameter")
            uses[{ n.file, n.subject }].push_back(&n);
    for (const PackageNote& n : package.notes) {
        std::string id = "package-" + n.kind;
        QString message = n.message;
        std::vector<Evidence> evidence;
        if (n.kind == "unresolved-parameter") {
            std::vector<const PackageNote*> all = uses[{ n.file, n.subject }];
            if (all.empty() || all.front() != &n)
                continue; // reported with the first use
            std::stable_sort(all.begin(), all.end(), [](const PackageNote* a, const PackageNote* b) {
                return std::pair(a->location.line, a->location.column)
                    < std::pair(b->location.line, b->location.column);
            });
            QStringList lines;
            for (const PackageNote* use : all) {
                if (!lines.contains(QString::number(use->location.line)))
                    lines << QString::number(use->location.line);
                if (all.size() > 1)
                    evidence.push_back({ use->file, use->location, {}, {}, -1 });
            }
            if (all.size() > 1)
                message += Tr::tr("; used on lines %1").arg(lines.join(QStringLiteral(", ")));
        }
        Finding f = fromRule(rules, id.c_str(), Severity::Medium, n.subject, n.file, n.location, message);
        f.resources = { n.subject };
        f.evidence = std::move(evidence);
        if (!n.condition.empty()) {
            f.condition = n.condition;
            QString sentence = q(n.condition);
            sentence[0] = sentence[0].toUpper();
            f.rationale += QLatin1Char(' ') + sentence + QLatin1Char('.');
        }
        out.push_back(std::move(f));
    }
}

} // namespace

PackageAnalysis analyzePackage(
    const ReviewSubject& package, const Catalog& catalog, const RuleSet& rules, const LoadOptions& options)
{
    PackageAnalysis result;
    std::vector<Finding>& findings = result.findings;
    Validator validator(catalog, rules, findings);
    TextPool texts;

    // Unknown actions are reported once per pattern, from a fresh expansion of every vendor policy.
    Diagnostics expansionDiagnostics;
    auto expandForDiagnostics = [&](const PolicyRecord& r) {
        if (r.resolved && r.origin != PolicyOrigin::AwsManaged)
            expandPolicy(catalog, r.policy, &expansionDiagnostics);
    };

    const std::vector<RoleReach> reach = reachOfRoles(package, options);
    const size_t subjects
        = package.roles.size() + package.standalonePolicies.size() + package.standaloneTrustPolicies.size();
    size_t analysed = 0;
    auto progress = [&] { reportProgress(options.progress, WorkStage::Analysing, analysed++, subjects); };
    for (size_t roleIndex = 0; roleIndex < package.roles.size(); ++roleIndex) {
        progress();
        const RoleRecord& role = package.roles[roleIndex];
        SubjectSummary s { role.name, role.kind, role.file, role.location, {}, {}, 0, role.deployment, role.condition };
        const size_t firstFinding = findings.size();
        PermissionSubject subject { role.name, role.file, role.location, {}, nullptr };
        ActionSet granted = catalog.emptySet();
        size_t inlineSize = 0;
        for (const PolicyRecord& p : role.policies) {
            s.policies.push_back(p.name);
            subject.policies.push_back(&p);
            granted |= expandPolicy(catalog, p.policy, nullptr).allowed;
            expandForDiagnostics(p);
            validator.resourceMismatch(p, role.name);
            if (!p.resolved || p.origin == PolicyOrigin::AwsManaged)
                continue;
            const size_t size = policySizeForLimits(p.policy);
            if (p.origin == PolicyOrigin::Inline)
                inlineSize += size;
            else if (size > kManagedPolicyLimit)
                findings.push_back(
                    fromRule(rules, "validation-size-limit", Severity::Medium, role.name, p.file, p.location,
                        Tr::tr("the managed policy %1 has %2 characters; AWS accepts at most %3")
                            .arg(q(p.name))
                            .arg(size)
                            .arg(kManagedPolicyLimit)));
        }
        if (inlineSize > kInlineRoleLimit)
            findings.push_back(
                fromRule(rules, "validation-size-limit", Severity::Medium, role.name, role.file, role.location,
                    Tr::tr("the inline policies of %1 total %2 characters; AWS accepts at most %3 per role")
                        .arg(q(role.name))
                        .arg(inlineSize)
                        .arg(kInlineRoleLimit)));
        if (role.hasBoundary)
            subject.boundary = &role.boundary;
        s.grantedActions = granted.count();
        std::vector<Finding> risks = analyzeRisks(catalog, rules, subject);
        // Who can use the grant: the vendor (directly or one hop away) or only the customer's own services.
        if (const QString why = reach[roleIndex].stepReason(); !why.isEmpty())
            for (Finding& f : risks)
                applySeverityStep(f, reach[roleIndex].change(), why);
        findings.insert(findings.end(), std::make_move_iterator(risks.begin()), std::make_move_iterator(risks.end()));
        if (role.hasTrustPolicy && role.kind == "resource-policy") {
            // Who the resource lets in; what they get is the grant the risk rules judged above.
            s.trustedPrincipals = principalsOf(role.trustPolicy);
        } else if (role.hasTrustPolicy) {
            s.trustedPrincipals = principalsOf(role.trustPolicy);
            // A role read from an account export was written for this account alone, not a template every
            // customer deploys.
            const TrustContext context { options.accountId, options.orgAccounts, !role.account.has_value() };
            std::vector<Finding> trust = analyzeTrust(role.trustPolicy, role.name, package, rules, context);
            findings.insert(
                findings.end(), std::make_move_iterator(trust.begin()), std::make_move_iterator(trust.end()));
            // MaxSessionDuration above the default hour, for a role assumed from outside the account.
            bool numeric = false;
            const long long seconds = QString::fromStdString(role.maxSessionDuration).trimmed().toLongLong(&numeric);
            if (numeric && seconds > 3600
                && assumableFromOutside(role.trustPolicy, options.accountId, options.orgAccounts, &package)) {
                Finding f = fromRule(rules, "trust-long-session", Severity::Low, role.name, role.file,
                    role.maxSessionDurationLocation.isValid() ? role.maxSessionDurationLocation : role.location,
                    Tr::tr("sessions of %1 stay valid for up to %2 seconds (%3 hours); the "
                           "default is 3600")
                        .arg(q(role.name))
                        .arg(seconds)
                        .arg(QString::number(static_cast<double>(seconds) / 3600.0, 'g', 3)));
                SeverityAssessment {
                    f.severity, Tr::tr("credentials taken from the vendor stay valid longer"), {}
                }.applyTo(f);
                findings.push_back(std::move(f));
            }
            if (policySizeForLimits(role.trustPolicy) > kTrustPolicyLimit)
                findings.push_back(fromRule(rules, "validation-size-limit", Severity::Low, role.name, role.file,
                    role.trustPolicy.location,
                    Tr::tr("the trust policy has more than %1 characters, the default quota").arg(kTrustPolicyLimit)));
        }
        markConditional(findings, firstFinding, role.condition, role.policies);
        texts.share(findings, firstFinding);
        result.subjects.push_back(std::move(s));
    }
    for (const PolicyRecord& p : package.standalonePolicies) {
        progress();
        SubjectSummary s { p.name, "policy", p.file, p.location, { p.name }, {}, 0, {}, p.condition };
        const size_t firstFinding = findings.size();
        PermissionSubject subject { p.name, p.file, p.location, { &p }, nullptr };
        s.grantedActions = expandPolicy(catalog, p.policy, nullptr).allowed.count();
        expandForDiagnostics(p);
        validator.resourceMismatch(p, p.name);
        std::vector<Finding> risks = analyzeRisks(catalog, rules, subject);
        findings.insert(findings.end(), std::make_move_iterator(risks.begin()), std::make_move_iterator(risks.end()));
        if (p.resolved && policySizeForLimits(p.policy) > kManagedPolicyLimit)
            findings.push_back(fromRule(rules, "validation-size-limit", Severity::Low, p.name, p.file, p.location,
                Tr::tr("the policy has more than %1 characters: too large for a managed policy")
                    .arg(kManagedPolicyLimit)));
        markConditional(findings, firstFinding, p.condition, {});
        texts.share(findings, firstFinding);
        result.subjects.push_back(std::move(s));
    }
    for (const Policy& trust : package.standaloneTrustPolicies) {
        progress();
        SubjectSummary s { trust.name, "trust-policy", trust.file, trust.location, {}, principalsOf(trust), 0, {}, {} };
        const TrustContext context { options.accountId, options.orgAccounts, false };
        std::vector<Finding> found = analyzeTrust(trust, trust.name, package, rules, context);
        findings.insert(findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
        result.subjects.push_back(std::move(s));
    }

    reportProgress(options.progress, WorkStage::Analysing, subjects, subjects);
    ReviewSubject diagnosticsOnly;
    diagnosticsOnly.diagnostics = package.diagnostics;
    diagnosticsOnly.diagnostics.insert(
        diagnosticsOnly.diagnostics.end(), expansionDiagnostics.begin(), expansionDiagnostics.end());
    diagnosticsToFindings(diagnosticsOnly, rules, findings);
    notesToFindings(package, rules, findings);

    removeRepeatedFindings(findings);
    sortFindings(findings);
    return result;
}

} // namespace grantscope
