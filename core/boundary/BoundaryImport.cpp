// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryImport.h"

#include "boundary/BoundaryCompactor.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "BoundaryImport" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BoundaryImport)
};

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::vector<std::string> values(const std::vector<LocatedString>& located)
{
    std::vector<std::string> out;
    out.reserve(located.size());
    for (const LocatedString& v : located)
        out.push_back(v.value);
    return out;
}

bool onEverything(const Statement& st)
{
    return !st.hasResource
        || (!st.notResource && std::any_of(st.resources.begin(), st.resources.end(), [](const LocatedString& r) {
               return r.value == "*";
           }));
}

QString statementName(const Statement& st)
{
    return st.sid.empty() ? Tr::tr("statement %1").arg(st.index + 1) : Tr::tr("statement \"%1\"").arg(q(st.sid));
}

// The draft with `base`, the given services and levels, if it allows exactly `wanted`.
std::optional<BoundaryDraft> tryAllow(const Catalog& catalog, const ActionSet& wanted, BoundaryBase base,
    const std::vector<std::string>& vendorActions, std::vector<std::string> services, AccessLevels levels)
{
    BoundaryDraft draft;
    draft.base = base;
    if (base == BoundaryBase::VendorGrants)
        draft.vendorActions = vendorActions;
    draft.allowedServices = std::move(services);
    draft.allowedLevels = levels;
    if (draft.allowedActions(catalog) == wanted)
        return draft;
    return std::nullopt;
}

} // namespace

std::optional<BoundaryDraft> draftFromBoundary(const Policy& boundary, const Catalog& catalog,
    const std::vector<std::string>& vendorActions, Diagnostics& diagnostics)
{
    Diagnostics problems;
    auto refuse = [&](const Statement& st, const QString& why) {
        problems.push_back({ DiagnosticSeverity::Error, "boundary-not-editable", boundary.file, st.location,
            Tr::tr("%1 cannot be edited in the boundary composer: %2").arg(statementName(st), why) });
    };

    BoundaryDraft draft;
    if (!boundary.name.empty())
        draft.name = boundary.name;
    ActionSet allowed = catalog.emptySet();
    const Statement* firstAllow = nullptr;
    for (const Statement& st : boundary.statements) {
        if (st.hasPrincipal) {
            refuse(st, Tr::tr("it has a Principal, which a permissions boundary cannot have"));
            continue;
        }
        bool unknown = false;
        ActionSet matched = catalog.emptySet();
        for (const LocatedString& a : st.actions) {
            if (catalog.matchInto(a.value, matched) != PatternStatus::Matched) {
                problems.push_back({ DiagnosticSeverity::Error, "boundary-unknown-action", boundary.file, a.location,
                    Tr::tr("\"%1\" in %2 matches no action of the catalogue").arg(q(a.value), statementName(st)) });
                unknown = true;
            }
        }
        if (unknown)
            continue;
        // NotAction (the compactor writes it when the complement is shorter) is the same set named directly.
        if (st.notAction)
            matched = catalog.allActions() - matched;
        if (st.effect == Effect::Allow)
            allowed |= matched;
        const std::vector<std::string> actions
            = st.notAction ? BoundaryCompactor::compactActions(catalog, matched) : values(st.actions);

        if (st.effect == Effect::Allow) {
            if (!st.conditions.empty())
                refuse(st, Tr::tr("it allows only under a condition"));
            else if (!onEverything(st))
                refuse(st, Tr::tr("it allows only on some resources"));
            else if (!firstAllow)
                firstAllow = &st;
            continue;
        }

        if (actions.empty())
            continue; // a Deny of nothing (NotAction "*") changes nothing
        if (st.conditions.size() > 1) {
            refuse(st,
                Tr::tr("it denies under %1 conditions at once; the composer holds one per deny")
                    .arg(st.conditions.size()));
        } else if (st.conditions.size() == 1) {
            if (!onEverything(st))
                refuse(st, Tr::tr("it denies under a condition on some resources only"));
            else {
                ConditionalDeny deny { actions, st.conditions.front() };
                deny.condition.location = {}; // the draft holds what to deny, not where a file said it
                draft.conditionalDenies.push_back(std::move(deny));
            }
        } else if (st.notResource) {
            draft.exceptDenies.push_back({ actions, values(st.resources) });
        } else if (onEverything(st)) {
            for (const std::string& a : actions)
                if (std::find(draft.deniedActions.begin(), draft.deniedActions.end(), a) == draft.deniedActions.end())
                    draft.deniedActions.push_back(a);
        } else {
            for (const LocatedString& r : st.resources)
                for (const std::string& a : actions) {
                    ArnDeny entry { a, r.value };
                    if (std::find(draft.arnDenies.begin(), draft.arnDenies.end(), entry) == draft.arnDenies.end())
                        draft.arnDenies.push_back(std::move(entry));
                }
        }
    }

    if (problems.empty()) {
        // The services and access levels the allowed actions come from: the narrowest choice that could
        // give them. Try the simplest drafts first and keep the first whose Allow part is exactly the set.
        std::vector<std::string> services;
        for (int si : catalog.servicesInNameOrder()) {
            const ServiceInfo& s = catalog.service(si);
            if (allowed.anyInRange(s.firstAction, s.firstAction + s.actionCount))
                services.emplace_back(s.prefix);
        }
        AccessLevels levels = 0;
        for (AccessLevel level : kAccessLevels)
            if ((allowed & catalog.actionsWithLevel(level)).any())
                levels |= static_cast<AccessLevels>(level);

        std::optional<BoundaryDraft> allow;
        if (allowed.any()) {
            for (BoundaryBase base : { BoundaryBase::AllowAll, BoundaryBase::VendorGrants }) {
                for (int attempt = 0; attempt < 4 && !allow; ++attempt) {
                    const bool narrowServices = attempt & 1;
                    const bool narrowLevels = attempt & 2;
                    allow = tryAllow(catalog, allowed, base, vendorActions,
                        narrowServices ? services : std::vector<std::string> {}, narrowLevels ? levels : 0);
                }
                if (allow)
                    break;
            }
        }
        if (!allow) {
            const QString why = allowed.any()
                ? Tr::tr("the actions it allows are neither every action nor the package's grants, narrowed to some "
                         "services and access levels")
                : Tr::tr("it allows nothing");
            problems.push_back({ DiagnosticSeverity::Error, "boundary-not-editable", boundary.file,
                firstAllow ? firstAllow->location : boundary.location,
                Tr::tr("the boundary cannot be edited in the boundary composer: %1").arg(why) });
        } else {
            draft.base = allow->base;
            draft.vendorActions = allow->vendorActions;
            draft.allowedServices = allow->allowedServices;
            draft.allowedLevels = allow->allowedLevels;
        }
    }

    if (!problems.empty()) {
        diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
        return std::nullopt;
    }
    for (Diagnostic d : draft.check(catalog)) {
        d.file = boundary.file;
        problems.push_back(std::move(d));
    }
    if (!problems.empty()) {
        diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
        return std::nullopt;
    }
    return draft;
}

std::vector<BoundaryEdit> editsReplacingDraft(const BoundaryDraft& from, const BoundaryDraft& to)
{
    std::vector<BoundaryEdit> edits;
    if (from.base != to.base || from.vendorActions != to.vendorActions)
        edits.push_back(BoundaryEdit::setBase(to.base, to.vendorActions));
    if (from.allowedServices != to.allowedServices)
        edits.push_back(BoundaryEdit::allowOnlyServices(to.allowedServices));
    if (from.allowedLevels != to.allowedLevels)
        edits.push_back(BoundaryEdit::allowOnlyLevels(to.allowedLevels));
    if (from.deniedActions != to.deniedActions) {
        if (!from.deniedActions.empty())
            edits.push_back(BoundaryEdit::denyActions(from.deniedActions).withdrawn());
        if (!to.deniedActions.empty())
            edits.push_back(BoundaryEdit::denyActions(to.deniedActions));
    }
    if (from.arnDenies != to.arnDenies) {
        if (!from.arnDenies.empty())
            edits.push_back(BoundaryEdit::denyOnResources(from.arnDenies).withdrawn());
        if (!to.arnDenies.empty())
            edits.push_back(BoundaryEdit::denyOnResources(to.arnDenies));
    }
    if (from.conditionalDenies != to.conditionalDenies) {
        for (const ConditionalDeny& d : from.conditionalDenies)
            edits.push_back(BoundaryEdit::denyWhen(d).withdrawn());
        for (const ConditionalDeny& d : to.conditionalDenies)
            edits.push_back(BoundaryEdit::denyWhen(d));
    }
    if (from.exceptDenies != to.exceptDenies) {
        for (const ExceptDeny& d : from.exceptDenies)
            edits.push_back(BoundaryEdit::denyExcept(d).withdrawn());
        for (const ExceptDeny& d : to.exceptDenies)
            edits.push_back(BoundaryEdit::denyExcept(d));
    }
    return edits;
}

} // namespace grantscope
