// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/RoleActivity.h"

#include "activity/ActivityLog.h"
#include "activity/EventMapping.h"
#include "activity/TrailTime.h"
#include "analysis/EffectivePermissions.h"
#include "catalog/Catalog.h"
#include "common/Text.h"
#include "package/ReviewSubject.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace grantscope {

namespace {

// Finding titles are translated under the context "RoleActivity" (lupdate reads it from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RoleActivity)
};

std::vector<std::string> sortedNames(const Catalog& catalog, const ActionSet& set)
{
    std::vector<std::string> out;
    catalog.forEachSorted(set, [&](int a) { out.emplace_back(catalog.lowerActionName(a)); });
    return out;
}

std::string accountOfArn(const std::string& arn)
{
    // arn:partition:service:region:account:resource
    size_t pos = 0;
    for (int field = 0; field < 4; ++field) {
        pos = arn.find(':', pos);
        if (pos == std::string::npos)
            return {};
        ++pos;
    }
    const size_t end = arn.find(':', pos);
    return end == std::string::npos ? std::string() : arn.substr(pos, end - pos);
}

/** The actions CloudTrail could not have shown for this log: never logged, or data events the trails lack. */
ActionSet unobservableActions(const Catalog& catalog, const EventMapping& mapping, const ActivityLog& log,
    const ActionSet& granted, std::set<std::string>* missingDataSources)
{
    ActionSet out = catalog.emptySet();
    for (const UnobservableAction& u : mapping.unobservable())
        if (const int a = catalog.findAction(u.action); a >= 0)
            out.set(a);
    for (const auto& [source, patterns] : mapping.dataEventActions()) {
        if (log.dataEventSources.count(source))
            continue;
        ActionSet data = catalog.emptySet();
        for (const std::string& p : patterns)
            catalog.matchInto(p, data);
        if (data.intersects(granted) && missingDataSources)
            missingDataSources->insert(source);
        out |= data;
    }
    return out;
}

} // namespace

std::vector<ActivityRole> activityRoles(const ReviewSubject& package, const Catalog& catalog,
    const std::string& partition, const std::string& account, const std::map<std::string, std::string>& arns,
    std::vector<std::string>* unknown)
{
    std::vector<ActivityRole> out;
    std::set<std::string> known;
    for (const RoleRecord& role : package.roles) {
        known.insert(role.name);
        std::vector<const Policy*> identity;
        for (const PolicyRecord& p : role.policies)
            if (p.resolved)
                identity.push_back(&p.policy);
        const Policy* boundary = role.hasBoundary && role.boundary.resolved ? &role.boundary.policy : nullptr;
        const EffectivePermissions e = computeEffectivePermissions(catalog, identity, boundary);
        ActivityRole r;
        r.name = role.name;
        const auto given = arns.find(role.name);
        r.arn = given != arns.end() ? given->second : "arn:" + partition + ":iam::" + account + ":role/" + role.name;
        r.account = accountOfArn(r.arn);
        r.granted = e.effective | e.conditional;
        out.push_back(std::move(r));
    }
    if (unknown)
        for (const auto& [name, arn] : arns)
            if (!known.count(name))
                unknown->push_back(name);
    return out;
}

ActivityReport analyzeActivity(const ActivityLog& log, const std::vector<ActivityRole>& roles, const Catalog& catalog,
    const EventMapping& mapping, const std::vector<Finding>& packageFindings, const ActivityOptions& options)
{
    ActivityReport report;
    std::set<std::string> missingDataSources;
    ActionSet granted = catalog.emptySet();
    for (const ActivityRole& role : roles)
        granted |= role.granted;
    const ActionSet unobservable = unobservableActions(catalog, mapping, log, granted, &missingDataSources);

    // Principal and account indices that belong to each role.
    std::vector<int> roleOfPrincipal(log.principals.size(), -1);
    for (size_t p = 0; p < log.principals.size(); ++p) {
        const EventPrincipal& who = log.principals[p];
        if (!who.role)
            continue;
        for (size_t r = 0; r < roles.size(); ++r)
            if (who.arn == roles[r].arn && (who.account.empty() || who.account == roles[r].account))
                roleOfPrincipal[p] = static_cast<int>(r);
    }
    std::vector<std::vector<std::string>> callActions(log.calls.size());
    for (size_t c = 0; c < log.calls.size(); ++c)
        callActions[c] = mapping.actionsFor(log.calls[c].source, log.calls[c].name);

    struct Tally {
        std::int64_t events = 0;
        std::optional<std::int64_t> first, last;
        std::map<std::string, std::int64_t> lastUsed;
        std::set<std::string> denied;
        std::optional<std::int64_t> lastAccessed; // from last-accessed reports
        std::map<std::string, std::set<std::string>> resources;
        std::set<std::string> withoutResource;
    };
    std::vector<Tally> tallies(roles.size());
    std::int64_t latest = 0;
    size_t resourceCursor = 0;
    for (size_t index = 0; index < log.events.size(); ++index) {
        const ActivityEvent& ev = log.events[index];
        latest = std::max(latest, ev.time);
        const size_t firstResource = resourceCursor;
        while (resourceCursor < log.eventResources.size() && log.eventResources[resourceCursor].first == index)
            ++resourceCursor;
        if (ev.principal < 0)
            continue;
        const int r = roleOfPrincipal[static_cast<size_t>(ev.principal)];
        if (r < 0)
            continue;
        const ActivityRole& role = roles[static_cast<size_t>(r)];
        if (ev.account >= 0 && log.accounts[static_cast<size_t>(ev.account)] != role.account)
            continue;
        if ((options.since && ev.time < *options.since) || (options.until && ev.time > *options.until))
            continue;
        Tally& t = tallies[static_cast<size_t>(r)];
        ++t.events;
        ++report.matched;
        t.first = t.first ? std::min(*t.first, ev.time) : ev.time;
        t.last = t.last ? std::max(*t.last, ev.time) : ev.time;
        for (const std::string& action : callActions[static_cast<size_t>(ev.call)]) {
            if (ev.outcome == EventOutcome::Success) {
                auto [it, inserted] = t.lastUsed.try_emplace(action, ev.time);
                if (!inserted)
                    it->second = std::max(it->second, ev.time);
                if (firstResource == resourceCursor)
                    t.withoutResource.insert(action);
                std::set<std::string>& arns = t.resources[action];
                for (size_t k = firstResource; k < resourceCursor && arns.size() < 10000; ++k)
                    arns.insert(log.resources[static_cast<size_t>(log.eventResources[k].second)]);
            } else if (ev.outcome == EventOutcome::Denied) {
                t.denied.insert(action);
            }
        }
    }
    for (const LastAccessedEntry& entry : options.lastAccessed) {
        if ((options.since && entry.time < *options.since) || (options.until && entry.time > *options.until))
            continue;
        for (size_t r = 0; r < roles.size(); ++r) {
            if (entry.entity.empty() ? roles.size() != 1 : entry.entity != roles[r].arn)
                continue;
            Tally& t = tallies[r];
            t.lastAccessed = std::max(t.lastAccessed.value_or(entry.time), entry.time);
            latest = std::max(latest, entry.time);
            if (!entry.action.empty()) {
                auto [it, inserted] = t.lastUsed.try_emplace(entry.action, entry.time);
                if (!inserted)
                    it->second = std::max(it->second, entry.time);
            }
        }
    }
    report.reference = options.until ? *options.until : latest;

    for (size_t r = 0; r < roles.size(); ++r) {
        const ActivityRole& role = roles[r];
        Tally& t = tallies[r];
        RoleUsage u;
        u.name = role.name;
        u.arn = role.arn;
        u.events = t.events;
        u.firstSeen = t.first;
        u.lastSeen = t.last;
        ActionSet used = catalog.emptySet();
        for (const auto& [action, time] : t.lastUsed) {
            u.used.push_back(action);
            if (const int a = catalog.findAction(action); a >= 0)
                used.set(a);
        }
        u.lastUsed = t.lastUsed;
        u.resourcesSeen = std::move(t.resources);
        u.usedWithoutResource = std::move(t.withoutResource);
        for (const std::string& action : t.denied)
            if (!t.lastUsed.count(action))
                u.denied.push_back(action);
        const ActionSet hidden = (role.granted & unobservable) - used;
        u.unobservable = sortedNames(catalog, hidden);
        u.unused = sortedNames(catalog, role.granted - used - hidden);

        const std::int64_t idleLimit = std::int64_t(options.idleDays) * 86400;
        const std::optional<std::int64_t> lastActive = t.last && t.lastAccessed ? std::max(*t.last, *t.lastAccessed)
            : t.last                                                            ? t.last
                                                                                : t.lastAccessed;
        if (!lastActive) {
            report.findings.push_back({ "activity-role-never-used", Severity::High, role.name,
                Tr::tr("Role %1 has no event in the trails or last-accessed "
                       "reports: it was never used in the period they cover")
                    .arg(QString::fromStdString(role.name)),
                {}, {}, {}, std::nullopt, {} });
        } else if (report.reference - *lastActive > idleLimit) {
            report.findings.push_back({ "activity-role-idle", Severity::Medium, role.name,
                Tr::tr("Role %1 has been idle for %2 days (more than %3)")
                    .arg(QString::fromStdString(role.name))
                    .arg((report.reference - *lastActive) / 86400)
                    .arg(options.idleDays),
                {}, {}, {}, lastActive, {} });
        }
        for (const Finding& f : packageFindings) {
            if (f.subject != role.name || f.severity < Severity::High || f.actions.empty())
                continue;
            std::vector<std::string> observable;
            bool anyUsed = false;
            for (const std::string& action : f.actions) {
                const int a = catalog.findAction(action);
                if (t.lastUsed.count(action))
                    anyUsed = true;
                else if (a < 0 || !unobservable.test(a))
                    observable.push_back(action);
            }
            if (anyUsed || observable.empty())
                continue;
            std::sort(observable.begin(), observable.end());
            report.findings.push_back({ "activity-unused-dangerous-grant", f.severity, role.name,
                Tr::tr("%1 (%2) was never used by role %3: a first candidate "
                       "to remove")
                    .arg(f.title, QString::fromStdString(f.rule), QString::fromStdString(role.name)),
                std::move(observable), f.rule, {}, std::nullopt, {} });
        }
        report.roles.push_back(std::move(u));
    }
    if (!missingDataSources.empty()) {
        std::vector<std::string> sources(missingDataSources.begin(), missingDataSources.end());
        report.findings.push_back({ "activity-no-data-events", Severity::Info, {},
            Tr::tr("The trails hold no data events of %1: their object- and item-level actions are "
                   "listed as unobservable, not unused")
                .arg(QString::fromStdString([&] {
                    std::string joined;
                    for (const std::string& s : sources)
                        joined += (joined.empty() ? "" : ", ") + s;
                    return joined;
                }())),
            {}, {}, std::move(sources), std::nullopt, {} });
    }
    return report;
}

} // namespace grantscope
