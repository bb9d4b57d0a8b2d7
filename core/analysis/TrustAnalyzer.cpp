// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TrustAnalyzer.h"

#include "analysis/RequestEvaluator.h"
#include "analysis/RuleSet.h"
#include "common/Text.h"

#include <QCoreApplication>

#include <cmath>
#include <map>

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

bool isAccountId(std::string_view s)
{
    return s.size() == 12 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// The account of an AWS principal ("123456789012", "arn:aws:iam::123456789012:root", "...:role/x").
std::string accountOf(const std::string& principal)
{
    if (!principal.starts_with("arn:"))
        return principal;
    size_t pos = 0;
    for (int i = 0; i < 4; ++i) {
        pos = principal.find(':', pos);
        if (pos == std::string::npos)
            return {};
        ++pos;
    }
    const size_t end = principal.find(':', pos);
    return end == std::string::npos ? std::string() : principal.substr(pos, end - pos);
}

bool isRootPrincipal(const std::string& principal)
{
    return isAccountId(principal) || principal.ends_with(":root")
        || (principal.starts_with("${") && principal.ends_with("}"));
}

const ConditionClause* findCondition(
    const Statement& st, std::initializer_list<const char*> keys, bool positiveOnly = true)
{
    for (const ConditionClause& c : st.conditions) {
        const bool negated = c.op == ConditionOperator::StringNotEquals || c.op == ConditionOperator::StringNotLike
            || c.op == ConditionOperator::StringNotEqualsIgnoreCase || c.op == ConditionOperator::ArnNotEquals
            || c.op == ConditionOperator::ArnNotLike || c.op == ConditionOperator::Null;
        if (positiveOnly && negated)
            continue;
        for (const char* k : keys)
            if (equalsIgnoreCaseAscii(c.key, k))
                return &c;
    }
    return nullptr;
}

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i])))
            return false;
    }
    return true;
}

double shannonBits(std::string_view s)
{
    std::map<char, int> counts;
    for (char c : s)
        ++counts[c];
    double perChar = 0;
    for (const auto& [c, n] : counts) {
        const double p = static_cast<double>(n) / static_cast<double>(s.size());
        perChar -= p * std::log2(p);
    }
    return perChar * static_cast<double>(s.size());
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

class TrustChecker {
public:
    TrustChecker(const Policy& policy, const std::string& subject, const ReviewSubject& package, const RuleSet& rules,
        const std::string& customerAccount, std::vector<Finding>& out)
        : m_policy(policy)
        , m_subject(subject)
        , m_package(package)
        , m_rules(rules)
        , m_customer(customerAccount)
        , m_out(out)
    { }

    void run()
    {
        for (size_t i = 0; i < m_policy.statements.size(); ++i) {
            const Statement& st = m_policy.statements[i];
            if (st.effect != Effect::Allow || !assumes(st))
                continue;
            if (st.notPrincipal) {
                add("trust-any-principal", Severity::Critical, st, static_cast<int>(i), st.location, "NotPrincipal",
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

    void checkPrincipal(const Statement& st, int index, const PrincipalEntry& p)
    {
        if (p.type == "*" || (p.type == "AWS" && (p.value == "*" || p.value == "arn:aws:iam::*:root"))) {
            const bool scoped = findCondition(st,
                { "aws:PrincipalOrgID", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:SourceAccount",
                    "aws:SourceArn", "aws:PrincipalOrgPaths" });
            const Severity s
                = st.conditions.empty() ? Severity::Critical : (scoped ? Severity::Medium : Severity::High);
            add("trust-any-principal", s, st, index, p.location, p.value,
                st.conditions.empty()
                    ? Tr::tr("any AWS principal in any account, even anonymous callers, can assume the role")
                    : Tr::tr("any AWS principal can assume the role if it meets the statement's conditions"));
            return;
        }
        if (p.type == "AWS") {
            const std::string account = accountOf(p.value);
            const bool external = account != m_customer;
            if (!external)
                return;
            if (isRootPrincipal(p.value))
                add("trust-root-principal", Severity::Medium, st, index, p.location, p.value,
                    Tr::tr("the role trusts the whole account %1: any user or role the account's administrators allow "
                           "can assume it, not only the vendor's integration service")
                        .arg(q(account)));
            checkExternalId(st, index, p);
            return;
        }
        if (p.type == "Service") {
            if (!findCondition(st, { "aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID", "aws:SourceOrgPaths" }))
                add("trust-service-no-source", Severity::Low, st, index, p.location, p.value,
                    Tr::tr("the service %1 can assume the role on behalf of any account's resources; without "
                           "aws:SourceAccount or aws:SourceArn it can be used as a confused deputy")
                        .arg(q(p.value)));
            return;
        }
        if (p.type == "Federated" && p.value.find("oidc-provider/") != std::string::npos) {
            const std::string provider = p.value.substr(p.value.find("oidc-provider/") + 14);
            bool restricted = false;
            for (const ConditionClause& c : st.conditions)
                if (startsWithIgnoreCaseAscii(c.key, provider + ":")
                    && (c.key.ends_with(":sub") || c.key.ends_with(":aud") || c.key.ends_with(":oaud")))
                    restricted = restricted || c.key.ends_with(":sub");
            if (!restricted)
                add("trust-federated-unrestricted", Severity::High, st, index, p.location, p.value,
                    Tr::tr("any identity that %1 issues tokens for can assume the role: no condition on the token's "
                           "subject")
                        .arg(q(provider)));
        }
    }

    void checkExternalId(const Statement& st, int index, const PrincipalEntry& p)
    {
        const ConditionClause* c = findCondition(st, { "sts:ExternalId" });
        if (!c || c->values.empty()) {
            add("trust-no-external-id", Severity::High, st, index, p.location, p.value,
                Tr::tr("nothing ties the role to this customer: anyone who can make the vendor's service assume a role "
                       "can point it at this one (the confused-deputy problem)"));
            return;
        }
        QStringList reasons;
        const bool like = c->op == ConditionOperator::StringLike;
        for (const std::string& v : c->values) {
            if (like && v.find_first_of("*?") != std::string::npos)
                reasons << Tr::tr("\"%1\" is a wildcard pattern").arg(q(v));
            else if (const QString why = externalIdWeakness(v, m_package); !why.isEmpty())
                reasons << why;
        }
        if (c->ifExists)
            reasons << Tr::tr("the IfExists operator lets a request without any External ID through");
        if (!reasons.isEmpty())
            add("trust-weak-external-id", Severity::Medium, st, index, c->location, p.value,
                reasons.join(QStringLiteral("; ")));
    }

    void add(const char* id, Severity severity, const Statement& st, int index, SourceLocation at,
        const std::string& principal, const QString& detail)
    {
        Finding f;
        f.rule = id;
        f.category = "trust";
        f.severity = severity;
        if (const Rule* rule = m_rules.find(id)) {
            f.title = rule->title;
            f.rationale = rule->rationale + QLatin1Char(' ') + capitalized(detail) + QLatin1Char('.');
            f.mitigation = rule->mitigation;
            f.references = rule->references;
            if (rule->severity != severity)
                f.severityReason
                    = Tr::tr("adjusted from the rule's %1 for this statement").arg(severityName(rule->severity));
        } else {
            f.title = q(id);
            f.rationale = detail;
        }
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
    const std::string& m_customer;
    std::vector<Finding>& m_out;
};

} // namespace

QString externalIdWeakness(const std::string& value, const ReviewSubject& package)
{
    if (value.find("${") != std::string::npos)
        return QCoreApplication::translate("TrustAnalyzer",
            "the External ID %1 is a parameter left for the customer to type: nothing "
            "guarantees the vendor generated it for this customer alone")
            .arg(q(value));
    for (const auto& [name, p] : package.parameters)
        if (p.fromDefault && p.value == value)
            return QCoreApplication::translate("TrustAnalyzer",
                "the External ID \"%1\" is the template's default for parameter %2: the "
                "same value for every customer who keeps it")
                .arg(q(value), q(name));
    if (isUuid(value))
        return {};
    if (value.empty())
        return QCoreApplication::translate("TrustAnalyzer", "the External ID is empty");
    if (value.find_first_not_of("0123456789") == std::string::npos)
        return QCoreApplication::translate(
            "TrustAnalyzer", "the External ID \"%1\" is only digits (an account number?): guessable")
            .arg(q(value));
    if (value.size() < 16)
        return QCoreApplication::translate(
            "TrustAnalyzer", "the External ID \"%1\" is %2 characters long: short enough to guess")
            .arg(q(value))
            .arg(value.size());
    if (shannonBits(value) < 64.0)
        return QCoreApplication::translate("TrustAnalyzer", "the External ID \"%1\" has low entropy").arg(q(value));
    return {};
}

std::vector<Finding> analyzeTrust(const Policy& trustPolicy, const std::string& subject, const ReviewSubject& package,
    const RuleSet& rules, const std::string& customerAccount)
{
    std::vector<Finding> out;
    TrustChecker(trustPolicy, subject, package, rules, customerAccount, out).run();
    return out;
}

} // namespace grantscope
