// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RoleReach.h"

#include "analysis/PrincipalText.h"

#include "analysis/RequestEvaluator.h"
#include "analysis/ResourceScope.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>

namespace grantscope {

namespace {

// Translated under the context "RoleReach" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RoleReach)
};
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// "${VendorRole.RoleId}", "${VendorRole.Arn}", "${VendorRole}": the logical id it names, if any.
std::string placeholderTarget(const std::string& value)
{
    if (!value.starts_with("${") || !value.ends_with("}"))
        return {};
    const std::string inner = value.substr(2, value.size() - 3);
    return inner.substr(0, inner.find('.'));
}

bool isInside(const std::string& principal, const std::string& customer, const std::vector<std::string>& org,
    const ReviewSubject* package)
{
    const std::string account = principalAccount(principal);
    if (account == customer || std::find(org.begin(), org.end(), account) != org.end())
        return true;
    if (!package)
        return false;
    const std::string target = placeholderTarget(principal);
    return !target.empty() && std::any_of(package->roles.begin(), package->roles.end(), [&](const RoleRecord& r) {
        return r.logicalId == target;
    });
}

bool outside(
    const Policy& trust, const std::string& customer, const std::vector<std::string>& org, const ReviewSubject* package)
{
    for (const Statement& st : trust.statements) {
        if (st.effect != Effect::Allow)
            continue;
        if (st.notPrincipal)
            return true;
        for (const PrincipalEntry& p : st.principals) {
            if (p.type == "*" || p.type == "Federated")
                return true;
            if (p.type == "AWS" && !isInside(p.value, customer, org, package))
                return true;
        }
    }
    return false;
}

// The AWS product behind a service principal, for "used only by ... in the customer's account".
QString serviceLabel(const std::string& principal)
{
    static const std::pair<const char*, const char*> kNames[] = {
        { "lambda", "AWS Lambda" },
        { "edgelambda", "Lambda@Edge" },
        { "states", "AWS Step Functions" },
        { "ssm", "AWS Systems Manager" },
        { "ec2", "Amazon EC2" },
        { "ecs-tasks", "Amazon ECS tasks" },
        { "codebuild", "AWS CodeBuild" },
        { "cloudformation", "AWS CloudFormation" },
        { "glue", "AWS Glue" },
        { "sagemaker", "Amazon SageMaker" },
        { "events", "Amazon EventBridge" },
        { "scheduler", "EventBridge Scheduler" },
        { "config", "AWS Config" },
        { "cloudtrail", "AWS CloudTrail" },
        { "firehose", "Amazon Data Firehose" },
    };
    const std::string name = principal.substr(0, principal.find(".amazonaws.com"));
    for (const auto& [key, label] : kNames)
        if (name == key)
            return QString::fromUtf8(label);
    return q(principal);
}

struct Hop {
    const char* action;
    const char* service; // the service principal the target must trust; nullptr: any (the role itself)
    QString target; // how the target is reached, in words
};

class ReachFinder {
public:
    ReachFinder(const ReviewSubject& package, const LoadOptions& options)
        : m_package(package)
        , m_options(options)
    { }

    std::vector<RoleReach> run()
    {
        std::vector<RoleReach> out(m_package.roles.size());
        std::vector<size_t> vendorRoles;
        for (size_t i = 0; i < m_package.roles.size(); ++i) {
            const RoleRecord& r = m_package.roles[i];
            if (r.kind != "role" || !r.hasTrustPolicy
                || outside(r.trustPolicy, m_options.accountId, m_options.orgAccounts, &m_package))
                vendorRoles.push_back(i);
        }
        for (size_t i = 0; i < m_package.roles.size(); ++i) {
            const RoleRecord& r = m_package.roles[i];
            if (std::find(vendorRoles.begin(), vendorRoles.end(), i) != vendorRoles.end())
                continue;
            if (const QString path = oneHop(r, vendorRoles); !path.isEmpty()) {
                out[i].kind = RoleReach::Kind::OneHop;
                out[i].path = path;
            } else {
                out[i].kind = RoleReach::Kind::CustomerOnly;
                out[i].usedBy = usedBy(r);
            }
        }
        return out;
    }

private:
    std::string roleArn(const RoleRecord& r) const
    {
        return "arn:" + m_options.partition + ":iam::" + m_options.accountId + ":role/" + r.name;
    }

    // Is `st` an Allow statement that applies to `action` (its Action names it, or its NotAction does not)?
    static bool allowsAction(const Statement& st, const char* action)
    {
        if (st.effect != Effect::Allow)
            return false;
        const bool named = std::any_of(st.actions.begin(), st.actions.end(),
            [&](const LocatedString& a) { return actionMatches(a.value, action); });
        return named != st.notAction;
    }

    // Does `role` allow `action` on something matching `resource`? Denies are not subtracted: a path a deny
    // closes still shows, rather than a reachable role rated too low.
    bool grants(const RoleRecord& role, const char* action, const std::string& resource) const
    {
        if (!names(role, action))
            return false;
        for (const PolicyRecord& p : role.policies) {
            if (!p.resolved)
                continue;
            for (const Statement& st : p.policy.statements) {
                if (!allowsAction(st, action))
                    continue;
                if (st.notResource)
                    return true;
                for (const LocatedString& r : st.resources)
                    if (r.value.find("${") != std::string::npos || patternsOverlap(r.value, resource))
                        return true;
            }
        }
        return false;
    }

    // Does some Allow statement of `role` name `action`, on any resource? Asked for every pair of roles, so an
    // account of thousands of roles (each with a managed policy of thousands of actions) matches each role's
    // actions once per hop action, not once per pair.
    bool names(const RoleRecord& role, const char* action) const
    {
        const auto key = std::make_pair(&role, std::string_view(action));
        if (auto it = m_names.find(key); it != m_names.end())
            return it->second;
        bool found = false;
        for (const PolicyRecord& p : role.policies) {
            if (!p.resolved)
                continue;
            for (const Statement& st : p.policy.statements)
                found = found || allowsAction(st, action);
        }
        m_names.emplace(key, found);
        return found;
    }

    // Principals of the target's trust policy: a service ("lambda.amazonaws.com"), or this vendor role.
    bool trusts(const RoleRecord& target, const RoleRecord& vendor, const char* service, bool* byName) const
    {
        for (const Statement& st : target.trustPolicy.statements) {
            if (st.effect != Effect::Allow)
                continue;
            for (const PrincipalEntry& p : st.principals) {
                if (service) {
                    if (p.type == "Service" && p.value.starts_with(std::string(service) + "."))
                        return true;
                    continue;
                }
                if (p.type != "AWS")
                    continue;
                const bool named = p.value == roleArn(vendor)
                    || (!vendor.logicalId.empty() && placeholderTarget(p.value) == vendor.logicalId);
                if (named || p.value == m_options.accountId || p.value.ends_with(":" + m_options.accountId + ":root")) {
                    *byName = named;
                    return true;
                }
            }
        }
        return false;
    }

    QString oneHop(const RoleRecord& target, const std::vector<size_t>& vendorRoles) const
    {
        if (!target.hasTrustPolicy)
            return {};
        const std::string account = m_options.accountId;
        const std::string arn = roleArn(target);
        const Hop hops[] = {
            { "sts:AssumeRole", nullptr, q(target.name) },
            { "iam:PassRole", "", q(target.name) },
            { "lambda:InvokeFunction", "lambda", Tr::tr("a function running as %1").arg(q(target.name)) },
            { "lambda:UpdateFunctionCode", "lambda", Tr::tr("a function running as %1").arg(q(target.name)) },
            { "states:StartExecution", "states", Tr::tr("a state machine running as %1").arg(q(target.name)) },
            { "ssm:StartAutomationExecution", "ssm", Tr::tr("an automation running as %1").arg(q(target.name)) },
        };
        for (size_t v : vendorRoles) {
            const RoleRecord& vendor = m_package.roles[v];
            if (vendor.kind == "resource-policy")
                continue;
            for (const Hop& hop : hops) {
                bool byName = false;
                std::string resource = arn;
                if (hop.service == nullptr) {
                    if (!trusts(target, vendor, nullptr, &byName) || (!byName && !grants(vendor, hop.action, arn)))
                        continue;
                } else if (*hop.service == '\0') {
                    if (!grants(vendor, hop.action, arn))
                        continue;
                } else {
                    if (!trusts(target, vendor, hop.service, &byName))
                        continue;
                    const std::string service = hop.service;
                    resource = "arn:" + m_options.partition + ":" + service + ":*:" + account + ":*";
                    if (!grants(vendor, hop.action, resource))
                        continue;
                }
                return QStringLiteral("%1 → %2 → %3").arg(q(vendor.name), QLatin1String(hop.action), hop.target);
            }
        }
        return {};
    }

    QString usedBy(const RoleRecord& r) const
    {
        QStringList services;
        bool principals = false;
        bool organization = false;
        for (const Statement& st : r.trustPolicy.statements)
            for (const PrincipalEntry& p : st.principals) {
                if (p.type == "Service") {
                    const QString label = serviceLabel(p.value);
                    if (!services.contains(label))
                        services << label;
                } else {
                    principals = true;
                    organization = organization || principalAccount(p.value) != m_options.accountId;
                }
            }
        const QString own = organization ? Tr::tr("principals of the customer's own organization")
                                         : Tr::tr("principals of the customer's own account");
        if (services.isEmpty())
            return own;
        const QString list = services.join(QStringLiteral(", "));
        return principals ? Tr::tr("%1 and %2").arg(list, own) : Tr::tr("%1 in the customer's account").arg(list);
    }

    const ReviewSubject& m_package;
    const LoadOptions& m_options;
    mutable std::map<std::pair<const RoleRecord*, std::string_view>, bool> m_names; // names()
};

} // namespace

QString RoleReach::stepReason() const
{
    switch (kind) {
    case Kind::OneHop:
        return Tr::tr("the vendor reaches this role in one hop: %1").arg(path);
    case Kind::CustomerOnly:
        return Tr::tr("used only by %1; the vendor cannot assume it or reach it through a role it can assume")
            .arg(usedBy);
    case Kind::Outside:
        break;
    }
    return {};
}

bool assumableFromOutside(const Policy& trust, const std::string& customerAccount,
    const std::vector<std::string>& orgAccounts, const ReviewSubject* package)
{
    return outside(trust, customerAccount, orgAccounts, package);
}

std::vector<RoleReach> reachOfRoles(const ReviewSubject& package, const LoadOptions& options)
{
    return ReachFinder(package, options).run();
}

} // namespace grantscope
