// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PolicySummary.h"

#include "analysis/Expansion.h"
#include "catalog/Catalog.h"
#include "policy/Policy.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace grantscope {

namespace {

// What one Allow statement contributes: its actions (after the blanket denies) and how it is scoped.
struct Grant {
    ActionSet actions;
    std::vector<std::string> resources;
    std::vector<std::string> conditions;
};

void appendUnique(std::vector<std::string>& into, const std::vector<std::string>& values)
{
    for (const std::string& v : values)
        if (std::find(into.begin(), into.end(), v) == into.end())
            into.push_back(v);
}

int levelSlot(AccessLevel level)
{
    for (size_t i = 0; i < std::size(kAccessLevels); ++i)
        if (kAccessLevels[i] == level)
            return static_cast<int>(i);
    return 0;
}

} // namespace

std::vector<ServiceSummary> summarizePolicies(const Catalog& catalog, const std::vector<const Policy*>& policies)
{
    std::vector<Grant> grants;
    ActionSet allowed = catalog.emptySet();
    ActionSet denied = catalog.emptySet();
    for (const Policy* policy : policies) {
        if (!policy)
            continue;
        const PolicyExpansion expansion = expandPolicy(catalog, *policy, nullptr);
        for (const StatementExpansion& e : expansion.statements) {
            if (e.effect == Effect::Deny) {
                // Only a Deny that surely applies to every request removes an action from the summary.
                if (!e.conditional && !e.notResource && isWildcardResource(e.resources))
                    denied |= e.actions;
                continue;
            }
            if (e.actions.none())
                continue;
            Grant g;
            g.actions = e.actions;
            for (const std::string& r : e.resources)
                g.resources.push_back(e.notResource ? "NOT " + r : r);
            for (const ConditionClause& c : policy->statements[static_cast<size_t>(e.statement)].conditions)
                g.conditions.push_back(c.operatorText + ' ' + c.key);
            allowed |= e.actions;
            grants.push_back(std::move(g));
        }
    }
    const ActionSet granted = allowed - denied;
    for (Grant& g : grants)
        g.actions -= denied;

    std::vector<ServiceSummary> out;
    for (int si = 0; si < catalog.serviceCount(); ++si) {
        const ServiceInfo& service = catalog.service(si);
        const int begin = service.firstAction;
        const int end = begin + service.actionCount;
        if (!granted.anyInRange(begin, end))
            continue;
        ServiceSummary s;
        s.service = si;
        s.prefix = std::string(service.prefix);
        s.name = std::string(service.name);
        s.totalActions = service.actionCount;

        AccessLevelSummary slots[std::size(kAccessLevels)];
        for (size_t i = 0; i < std::size(kAccessLevels); ++i)
            slots[i].level = kAccessLevels[i];
        for (int a = begin; a < end; ++a) {
            AccessLevelSummary& slot = slots[levelSlot(primaryAccessLevel(catalog.action(a).levels))];
            ++slot.total;
            if (granted.test(a)) {
                ++slot.granted;
                slot.actions.push_back(a);
            }
        }
        for (AccessLevelSummary& slot : slots) {
            s.grantedActions += slot.granted;
            if (slot.granted > 0)
                s.levels.push_back(std::move(slot));
        }
        s.fullAccess = s.grantedActions == s.totalActions;

        for (const Grant& g : grants) {
            if (!g.actions.anyInRange(begin, end))
                continue;
            appendUnique(s.resources, g.resources);
            appendUnique(s.conditions, g.conditions);
        }
        out.push_back(std::move(s));
    }
    std::sort(
        out.begin(), out.end(), [](const ServiceSummary& a, const ServiceSummary& b) { return a.prefix < b.prefix; });
    return out;
}

std::vector<ServiceSummary> mergeSummaries(const std::vector<std::vector<ServiceSummary>>& summaries)
{
    std::map<std::string, ServiceSummary> merged; // by prefix, which also sorts them
    for (const std::vector<ServiceSummary>& subject : summaries) {
        for (const ServiceSummary& s : subject) {
            auto [it, inserted] = merged.try_emplace(s.prefix, s);
            if (inserted)
                continue;
            ServiceSummary& into = it->second;
            for (const AccessLevelSummary& level : s.levels) {
                auto same = std::find_if(into.levels.begin(), into.levels.end(),
                    [&level](const AccessLevelSummary& l) { return l.level == level.level; });
                if (same == into.levels.end()) {
                    into.levels.push_back(level);
                    continue;
                }
                std::vector<int> actions;
                std::set_union(same->actions.begin(), same->actions.end(), level.actions.begin(), level.actions.end(),
                    std::back_inserter(actions));
                same->actions = std::move(actions);
                same->granted = static_cast<int>(same->actions.size());
            }
            appendUnique(into.resources, s.resources);
            appendUnique(into.conditions, s.conditions);
        }
    }
    std::vector<ServiceSummary> out;
    out.reserve(merged.size());
    for (auto& [prefix, s] : merged) {
        std::sort(s.levels.begin(), s.levels.end(), [](const AccessLevelSummary& a, const AccessLevelSummary& b) {
            return levelSlot(a.level) < levelSlot(b.level);
        });
        s.grantedActions = 0;
        for (const AccessLevelSummary& level : s.levels)
            s.grantedActions += level.granted;
        s.fullAccess = s.grantedActions == s.totalActions;
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace grantscope
