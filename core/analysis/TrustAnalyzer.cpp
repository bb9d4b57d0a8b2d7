// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TrustAnalyzer.h"

#include "analysis/PrincipalText.h"
#include "analysis/RequestEvaluator.h"
#include "analysis/RuleSet.h"
#include "analysis/SeverityReason.h"
#include "common/AwsIds.h"
#include "common/ResourceData.h"
#include "common/Text.h"
#include "doc/JsonReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace grantscope {

namespace {

// Translated under the context "TrustAnalyzer" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TrustAnalyzer)
};
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

bool isRootPrincipal(const std::string& principal)
{
    return isAwsAccountId(principal) || principal.ends_with(":root");
}

bool negatedOperator(const ConditionClause& c)
{
    return c.op == ConditionOperator::StringNotEquals || c.op == ConditionOperator::StringNotLike
        || c.op == ConditionOperator::StringNotEqualsIgnoreCase || c.op == ConditionOperator::ArnNotEquals
        || c.op == ConditionOperator::ArnNotLike || c.op == ConditionOperator::Null;
}

const ConditionClause* findCondition(
    const Statement& st, std::initializer_list<const char*> keys, bool positiveOnly = true)
{
    for (const ConditionClause& c : st.conditions) {
        if (positiveOnly && negatedOperator(c))
            continue;
        for (const char* k : keys)
            if (equalsIgnoreCaseAscii(c.key, k))
                return &c;
    }
    return nullptr;
}

QString joined(const std::vector<std::string>& values)
{
    QStringList out;
    for (const std::string& v : values)
        out << q(v);
    return out.join(QStringLiteral(", "));
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// The service name of a principal ("config" for "config.amazonaws.com" and "config.amazonaws.com.cn").
std::string serviceName(const std::string& principal)
{
    const size_t dot = principal.find(".amazonaws.com");
    return toLowerAscii(dot == std::string::npos ? principal : principal.substr(0, dot));
}

/** How conditions narrow an account root to fewer callers: the largest step and the words for it. */
struct Narrowing {
    int change = 0;
    QStringList what;
};

Narrowing narrowingOf(const Statement& st)
{
    Narrowing n;
    for (const ConditionClause& c : st.conditions) {
        if (negatedOperator(c) || c.ifExists || c.values.empty())
            continue;
        if (equalsIgnoreCaseAscii(c.key, "aws:PrincipalArn")) {
            const bool exact = std::none_of(c.values.begin(), c.values.end(),
                [](const std::string& v) { return v.find_first_of("*?") != std::string::npos; });
            n.change = std::min(n.change, exact ? -2 : -1);
            n.what << (exact ? Tr::tr("by aws:PrincipalArn to %1").arg(joined(c.values))
                             : Tr::tr("by aws:PrincipalArn to principals matching %1").arg(joined(c.values)));
        } else if (startsWithIgnoreCaseAscii(c.key, "aws:PrincipalTag/")) {
            n.change = std::min(n.change, -1);
            n.what << Tr::tr("by %1 to principals tagged %2 (tags the account's administrators assign)")
                          .arg(q(c.key), joined(c.values));
        } else if (equalsIgnoreCaseAscii(c.key, "aws:SourceIdentity")) {
            n.change = std::min(n.change, -1);
            n.what << Tr::tr("by aws:SourceIdentity to sessions with the source identity %1").arg(joined(c.values));
        } else if (equalsIgnoreCaseAscii(c.key, "aws:PrincipalOrgID")) {
            n.change = std::min(n.change, -1);
            n.what << Tr::tr("by aws:PrincipalOrgID to principals of the organization %1").arg(joined(c.values));
        }
    }
    return n;
}

class TrustChecker {
public:
    TrustChecker(const Policy& policy, const std::string& subject, const ReviewSubject& package, const RuleSet& rules,
        const TrustContext& context, std::vector<Finding>& out)
        : m_policy(policy)
        , m_subject(subject)
        , m_package(package)
        , m_rules(rules)
        , m_context(context)
        , m_out(out)
    { }

    void run()
    {
        for (size_t i = 0; i < m_policy.statements.size(); ++i) {
            const Statement& st = m_policy.statements[i];
            if (st.effect != Effect::Allow || !assumes(st))
                continue;
            if (st.notPrincipal) {
                add("trust-any-principal", assessment("trust-any-principal", Severity::Critical, {}), st,
                    static_cast<int>(i), st.location, "NotPrincipal",
                    Tr::tr("an Allow with NotPrincipal lets every principal except the listed ones assume the role"));
                continue;
            }
            for (const PrincipalEntry& p : st.principals)
                checkPrincipal(st, static_cast<int>(i), p);
        }
    }

private:
    static bool assumes(const Statement& st)
    {
        if (st.notAction)
            return true;
        for (const LocatedString& a : st.actions)
            if (actionMatches(a.value, "sts:AssumeRole") || actionMatches(a.value, "sts:AssumeRoleWithWebIdentity")
                || actionMatches(a.value, "sts:AssumeRoleWithSAML"))
                return true;
        return false;
    }

    SeverityAssessment assessment(const char* id, Severity fallback, const QString& baseReason) const
    {
        SeverityAssessment a;
        const Rule* rule = m_rules.find(id);
        a.base = rule ? rule->severity : fallback;
        a.baseReason = baseReason;
        return a;
    }

    // A role or user of the same template ("${VendorRole.RoleId}", "${VendorRole}"): not an outsider.
    bool ofThisTemplate(const std::string& value) const
    {
        const std::vector<std::string> names = placeholderNames(value);
        if (names.empty())
            return false;
        return std::all_of(names.begin(), names.end(), [&](const std::string& name) {
            const std::string id = name.substr(0, name.find('.'));
            return std::any_of(m_package.roles.begin(), m_package.roles.end(),
                [&](const RoleRecord& r) { return !r.logicalId.empty() && r.logicalId == id; });
        });
    }

    bool inOrganization(const std::string& account) const
    {
        return std::find(m_context.orgAccounts.begin(), m_context.orgAccounts.end(), account)
            != m_context.orgAccounts.end();
    }

    void checkPrincipal(const Statement& st, int index, const PrincipalEntry& p)
    {
        if (p.type == "*" || (p.type == "AWS" && (p.value == "*" || p.value == "arn:aws:iam::*:root"))) {
            checkAnyPrincipal(st, index, p);
            return;
        }
        if (p.type == "AWS") {
            if (ofThisTemplate(p.value))
                return;
            const std::string account = principalAccount(p.value);
            if (account == m_context.customerAccount)
                return;
            const bool organization = inOrganization(account)
                || findCondition(st, { "aws:PrincipalOrgID", "aws:PrincipalOrgPaths" }) != nullptr;
            if (p.value.find("${") != std::string::npos)
                reportUnresolved(st, index, p);
            else if (isRootPrincipal(p.value))
                reportRoot(st, index, p, account);
            if (!organization)
                checkExternalId(st, index, p);
            return;
        }
        if (p.type == "Service") {
            const std::vector<std::string>& deputies = confusedDeputyServices();
            if (std::find(deputies.begin(), deputies.end(), serviceName(p.value)) == deputies.end())
                return; // a service role used in the customer's account (Lambda, EC2, CodeBuild, ...)
            if (!findCondition(st, { "aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID", "aws:SourceOrgPaths" }))
                add("trust-service-no-source",
                    assessment("trust-service-no-source", Severity::Low,
                        Tr::tr("%1 acts across accounts on its customers' behalf").arg(q(p.value))),
                    st, index, p.location, p.value,
                    Tr::tr("the service %1 works for every AWS customer and can be pointed at this role from another "
                           "account's resources; without aws:SourceAccount or aws:SourceArn it can be used as a "
                           "confused deputy")
                        .arg(q(p.value)));
            return;
        }
        if (p.type == "Federated" && p.value.find("oidc-provider/") != std::string::npos) {
            const std::string provider = p.value.substr(p.value.find("oidc-provider/") + 14);
            bool restricted = false;
            for (const ConditionClause& c : st.conditions)
                if (startsWithIgnoreCaseAscii(c.key, provider + ":") && c.key.ends_with(":sub") && !negatedOperator(c))
                    restricted = true;
            if (!restricted)
                add("trust-federated-unrestricted",
                    assessment("trust-federated-unrestricted", Severity::High,
                        Tr::tr("every identity the provider issues tokens for can assume the role")),
                    st, index, p.location, p.value,
                    Tr::tr("any identity that %1 issues tokens for can assume the role: no condition on the token's "
                           "subject")
                        .arg(q(provider)));
        }
    }

    void checkAnyPrincipal(const Statement& st, int index, const PrincipalEntry& p)
    {
        SeverityAssessment a = assessment(
            "trust-any-principal", Severity::Critical, Tr::tr("any AWS principal in any account can assume the role"));
        const ConditionClause* scope = findCondition(st,
            { "aws:PrincipalOrgID", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:SourceAccount", "aws:SourceArn",
                "aws:PrincipalOrgPaths" });
        if (scope)
            a.step(-2, Tr::tr("narrowed by %1 to %2").arg(q(scope->key), joined(scope->values)));
        else if (!st.conditions.empty())
            a.step(-1, Tr::tr("only under the statement's conditions, which do not say who the caller is"));
        add("trust-any-principal", a, st, index, p.location, p.value,
            st.conditions.empty()
                ? Tr::tr("any AWS principal in any account, even anonymous callers, can assume the role")
                : Tr::tr("any AWS principal can assume the role if it meets the statement's conditions"));
    }

    // Who "${...}" stands for, in words: the parameter and its description, or the custom resource.
    QString sourcesOf(const std::string& value) const
    {
        QStringList sources;
        for (const std::string& name : placeholderNames(value)) {
            const std::string parameter = name.starts_with("var.") ? name.substr(4) : name;
            const size_t dot = name.find('.');
            const bool variable = name.starts_with("var.");
            if (auto it = m_package.parameters.find(parameter); it != m_package.parameters.end() && variable)
                sources << (it->second.description.empty()
                        ? Tr::tr("the variable %1, which has no description").arg(q(parameter))
                        : Tr::tr("the variable %1 (\"%2\")").arg(q(parameter), q(it->second.description)));
            else if (it != m_package.parameters.end())
                sources << (it->second.description.empty()
                        ? Tr::tr("the parameter %1, which has no description").arg(q(parameter))
                        : Tr::tr("the parameter %1 (\"%2\")").arg(q(parameter), q(it->second.description)));
            else if (dot != std::string::npos && !name.starts_with("AWS::"))
                sources << Tr::tr("the attribute %1 of %2, known only at deployment")
                               .arg(q(name.substr(dot + 1)), q(name.substr(0, dot)));
            else
                sources << q(name);
        }
        return sources.join(QStringLiteral(", "));
    }

    void reportUnresolved(const Statement& st, int index, const PrincipalEntry& p)
    {
        const QString sources = sourcesOf(p.value);
        add("trust-unresolved-principal",
            assessment("trust-unresolved-principal", Severity::Medium,
                Tr::tr("who can assume the role is decided at deployment")),
            st, index, p.location, p.value,
            Tr::tr("the role trusts %1, which is not known until deployment: %2 decides who can assume it; "
                   "check the value before deploying")
                .arg(q(p.value), sources));
    }

    void reportRoot(const Statement& st, int index, const PrincipalEntry& p, const std::string& account)
    {
        SeverityAssessment a = assessment("trust-root-principal", Severity::Medium,
            Tr::tr("the account's administrators decide which of its users and roles can assume the role"));
        if (inOrganization(account))
            a.step(-1, Tr::tr("%1 is an account of the customer's organization").arg(q(account)));
        const Narrowing narrowing = narrowingOf(st);
        const QString narrowed = narrowing.what.join(QStringLiteral(", "));
        if (narrowing.change != 0)
            a.step(narrowing.change, Tr::tr("narrowed %1").arg(narrowed));
        if (narrowing.change == 0) {
            add("trust-root-principal", a, st, index, p.location, p.value,
                Tr::tr("the role trusts the whole account %1: any user or role the account's administrators allow "
                       "can assume it, not only the vendor's integration service")
                    .arg(q(account)));
            return;
        }
        add("trust-root-principal", a, st, index, p.location, p.value,
            Tr::tr("the role names the account %1 but its conditions narrow who can assume it %2")
                .arg(q(account), narrowed),
            Tr::tr("Trusts account %1, narrowed by conditions").arg(q(account)));
    }

    void checkExternalId(const Statement& st, int index, const PrincipalEntry& p)
    {
        const ConditionClause* c = findCondition(st, { "sts:ExternalId" });
        if (!c || c->values.empty()) {
            add("trust-no-external-id",
                assessment("trust-no-external-id", Severity::High,
                    Tr::tr("another account can make the vendor's service act on this role")),
                st, index, p.location, p.value,
                Tr::tr("nothing ties the role to this customer: anyone who can make the vendor's service assume a role "
                       "can point it at this one (the confused-deputy problem)"));
            return;
        }
        QStringList reasons;
        QStringList atDeployment;
        const bool like = c->op == ConditionOperator::StringLike;
        const ExternalIdContext idContext { m_context.customerAccount, m_context.orgAccounts,
            m_context.writtenInTemplate };
        for (const std::string& v : c->values) {
            if (like && v.find_first_of("*?") != std::string::npos) {
                reasons << Tr::tr("\"%1\" is a wildcard pattern").arg(q(v));
                continue;
            }
            const ExternalIdVerdict verdict = judgeExternalId(v, m_package, idContext);
            if (verdict.kind == ExternalIdVerdict::Kind::Weak)
                reasons << verdict.why;
            else if (verdict.kind == ExternalIdVerdict::Kind::AtDeployment)
                atDeployment << verdict.why;
        }
        if (c->ifExists)
            reasons << Tr::tr("the IfExists operator lets a request without any External ID through");
        if (!reasons.isEmpty())
            add("trust-weak-external-id",
                assessment("trust-weak-external-id", Severity::Medium,
                    Tr::tr("a guessable or shared External ID does not stop the confused deputy")),
                st, index, c->location, p.value, reasons.join(QStringLiteral("; ")));
        else if (!atDeployment.isEmpty())
            add("trust-external-id-at-deployment",
                assessment("trust-external-id-at-deployment", Severity::Info,
                    Tr::tr("the right pattern: the value is given for this customer at deployment")),
                st, index, c->location, p.value,
                Tr::tr("the External ID comes from %1: use the value the vendor generated for you")
                    .arg(atDeployment.join(QStringLiteral(", "))));
    }

    void add(const char* id, const SeverityAssessment& assessment, const Statement& st, int index, SourceLocation at,
        const std::string& principal, const QString& detail, const QString& title = {})
    {
        Finding f;
        f.rule = id;
        f.category = "trust";
        if (const Rule* rule = m_rules.find(id)) {
            f.title = rule->title;
            f.rationale = rule->rationale + QLatin1Char(' ') + capitalized(detail) + QLatin1Char('.');
            f.mitigation = rule->mitigation;
            f.references = rule->references;
        } else {
            f.title = q(id);
            f.rationale = detail;
        }
        if (!title.isEmpty())
            f.title = title;
        assessment.applyTo(f);
        f.actions = { "sts:assumerole" };
        f.resources = { principal };
        f.subject = m_subject;
        f.file = m_policy.file;
        f.location = at.isValid() ? at : st.location;
        f.evidence.push_back({ m_policy.file, st.location, m_policy.name, st.sid, index });
        m_out.push_back(std::move(f));
    }

    const Policy& m_policy;
    const std::string& m_subject;
    const ReviewSubject& m_package;
    const RuleSet& m_rules;
    const TrustContext& m_context;
    std::vector<Finding>& m_out;
};

} // namespace

const std::vector<std::string>& confusedDeputyServices()
{
    static const std::vector<std::string> services = [] {
        std::vector<std::string> out;
        Diagnostics diagnostics;
        const std::optional<SourceNode> root = readJson(
            bundledResourceText(QStringLiteral(":/rules/trust.json")), QStringLiteral("trust.json"), diagnostics);
        const SourceNode* rules = root ? root->find("rules") : nullptr;
        if (!rules || !rules->isArray())
            return out;
        for (const SourceNode& rule : rules->items) {
            const SourceNode* id = rule.find("id");
            const SourceNode* list = rule.find("services");
            if (!id || id->text != "trust-service-no-source" || !list || !list->isArray())
                continue;
            for (const SourceNode& s : list->items)
                out.push_back(serviceName(s.text));
        }
        return out;
    }();
    return services;
}

std::vector<Finding> analyzeTrust(const Policy& trustPolicy, const std::string& subject, const ReviewSubject& package,
    const RuleSet& rules, const TrustContext& context)
{
    std::vector<Finding> out;
    TrustChecker(trustPolicy, subject, package, rules, context, out).run();
    return out;
}

std::vector<Finding> analyzeTrust(const Policy& trustPolicy, const std::string& subject, const ReviewSubject& package,
    const RuleSet& rules, const std::string& customerAccount)
{
    return analyzeTrust(trustPolicy, subject, package, rules, TrustContext { customerAccount, {}, false });
}

} // namespace grantscope
