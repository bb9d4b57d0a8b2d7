// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/RightsizedPolicy.h"

#include "activity/RoleActivity.h"
#include "analysis/Expansion.h"
#include "catalog/Catalog.h"
#include "policy/PolicyParser.h"

#include <map>
#include <nlohmann/json.hpp>

namespace grantscope {

namespace {

/** Offset of the resource part of an ARN (after the fifth ':'), or npos. */
size_t resourceStart(const std::string& arn)
{
    size_t pos = 0;
    for (int i = 0; i < 5; ++i) {
        pos = arn.find(':', pos);
        if (pos == std::string::npos)
            return pos;
        ++pos;
    }
    return pos;
}

std::string parentOf(const std::string& arn)
{
    const size_t start = resourceStart(arn);
    if (start == std::string::npos)
        return {};
    const size_t slash = arn.rfind('/');
    if (slash != std::string::npos && slash >= start)
        return arn.substr(0, slash + 1);
    const size_t colon = arn.rfind(':');
    return colon >= start ? arn.substr(0, colon + 1) : arn.substr(0, start);
}

} // namespace

std::vector<std::string> generaliseArns(const std::set<std::string>& arns, size_t threshold, size_t maxPatterns)
{
    std::map<std::string, std::vector<std::string>> byParent;
    for (const std::string& arn : arns)
        byParent[parentOf(arn)].push_back(arn);
    std::set<std::string> out;
    for (const auto& [parent, members] : byParent) {
        if (!parent.empty() && members.size() >= threshold)
            out.insert(parent + '*');
        else
            out.insert(members.begin(), members.end());
    }
    if (out.size() > maxPatterns) {
        std::set<std::string> wider;
        for (const std::string& p : out) {
            const size_t start = resourceStart(p);
            const size_t slash = start == std::string::npos ? std::string::npos : p.find('/', start);
            wider.insert(slash == std::string::npos ? p : p.substr(0, slash + 1) + '*');
        }
        out = std::move(wider);
    }
    return { out.begin(), out.end() };
}

CompactedBoundary rightsizedPolicy(const Catalog& catalog, const RoleUsage& usage, const ActionSet& granted)
{
    // Resource list → actions, so actions seen on the same resources share a statement.
    std::map<std::vector<std::string>, std::vector<std::string>> statements;
    for (const auto& [action, time] : usage.lastUsed) {
        (void)time;
        const int index = catalog.findAction(action);
        if (index < 0 || !granted.test(index))
            continue;
        std::vector<std::string> resources { "*" };
        const auto seen = usage.resourcesSeen.find(action);
        if (!usage.usedWithoutResource.count(action) && seen != usage.resourcesSeen.end() && !seen->second.empty())
            resources = generaliseArns(seen->second);
        statements[resources].push_back(catalog.actionName(index));
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    int n = 0;
    for (const auto& [resources, actions] : statements)
        list.push_back({ { "Sid", "ObservedUse" + std::to_string(++n) }, { "Effect", "Allow" }, { "Action", actions },
            { "Resource", resources } });
    const nlohmann::ordered_json doc = { { "Version", "2012-10-17" }, { "Statement", std::move(list) } };
    Diagnostics diagnostics;
    const PolicyParser::Result parsed = PolicyParser::parseJson(doc.dump(), PolicyKind::Identity,
        QStringLiteral("rightsized:%1").arg(QString::fromStdString(usage.name)), usage.name + "-rightsized",
        diagnostics);
    CompactedBoundary out = BoundaryCompactor::compact(catalog, parsed.policy);
    out.diagnostics.insert(out.diagnostics.begin(), diagnostics.begin(), diagnostics.end());
    return out;
}

std::vector<AllowedAction> allowedActions(const Catalog& catalog, const std::vector<const Policy*>& policies)
{
    std::vector<PolicyExpansion> expanded;
    expanded.reserve(policies.size());
    for (const Policy* policy : policies)
        if (policy)
            expanded.push_back(expandPolicy(catalog, *policy, nullptr));
    std::vector<const PolicyExpansion*> expansions;
    expansions.reserve(expanded.size());
    for (const PolicyExpansion& e : expanded)
        expansions.push_back(&e);
    return allowedActions(expansions);
}

std::vector<AllowedAction> allowedActions(const std::vector<const PolicyExpansion*>& expansions)
{
    struct Grant {
        std::set<std::string> resources;
        bool unconditional = false;
    };
    std::map<int, Grant> grants;
    for (const PolicyExpansion* expansion : expansions) {
        if (!expansion)
            continue;
        for (const StatementExpansion& st : expansion->statements) {
            if (st.effect != Effect::Allow)
                continue;
            st.actions.forEach([&](int action) {
                Grant& g = grants[action];
                g.unconditional = g.unconditional || !st.conditional;
                if (!st.hasResource)
                    g.resources.insert("*");
                for (const std::string& r : st.resources)
                    g.resources.insert(st.notResource ? "!" + r : r);
            });
        }
    }
    std::vector<AllowedAction> out;
    out.reserve(grants.size());
    for (auto& [action, g] : grants)
        out.push_back({ action, std::vector<std::string>(g.resources.begin(), g.resources.end()), !g.unconditional });
    return out;
}

} // namespace grantscope
