// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryDraft.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "BoundaryDraft" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BoundaryDraft)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::vector<LocatedString> located(const std::vector<std::string>& values)
{
    std::vector<LocatedString> out;
    out.reserve(values.size());
    for (const std::string& v : values)
        out.push_back({ v, {} });
    return out;
}

Statement statement(std::string sid, Effect effect, const std::vector<std::string>& actions,
    const std::vector<std::string>& resources, bool notResource = false)
{
    Statement st;
    st.sid = std::move(sid);
    st.effect = effect;
    st.actions = located(actions);
    st.hasResource = true;
    st.notResource = notResource;
    st.resources = located(resources);
    return st;
}

// Whole services as "svc:*" (exactly the service's actions), the rest one by one in AWS's casing.
std::vector<std::string> actionList(const Catalog& catalog, const ActionSet& set)
{
    if (set == catalog.allActions())
        return { "*" };
    std::vector<std::string> out;
    for (int si : catalog.servicesInNameOrder()) {
        const ServiceInfo& s = catalog.service(si);
        if (!set.anyInRange(s.firstAction, s.firstAction + s.actionCount))
            continue;
        const ActionSet inService = set & catalog.serviceActions(si);
        if (inService == catalog.serviceActions(si)) {
            out.push_back(std::string(s.prefix) + ":*");
            continue;
        }
        inService.forEach([&](int i) { out.push_back(catalog.actionName(i)); });
    }
    return out;
}

bool looksLikeArn(std::string_view arn)
{
    if (arn == "*")
        return true;
    if (!arn.starts_with("arn:"))
        return false;
    return std::count(arn.begin(), arn.end(), ':') >= 5;
}

} // namespace

ActionSet BoundaryDraft::allowedActions(const Catalog& catalog) const
{
    ActionSet allowed = catalog.emptySet();
    if (base == BoundaryBase::AllowAll) {
        allowed = catalog.allActions();
    } else {
        for (const std::string& pattern : vendorActions)
            catalog.matchInto(pattern, allowed);
    }
    if (!allowedServices.empty()) {
        ActionSet services = catalog.emptySet();
        for (const std::string& prefix : allowedServices)
            if (const int si = catalog.findService(prefix); si >= 0)
                services |= catalog.serviceActions(si);
        allowed &= services;
    }
    if (allowedLevels) {
        ActionSet levels = catalog.emptySet();
        for (AccessLevel level : kAccessLevels)
            if (hasLevel(allowedLevels, level))
                levels |= catalog.actionsWithLevel(level);
        allowed &= levels;
    }
    return allowed;
}

Policy BoundaryDraft::toPolicy(const Catalog& catalog) const
{
    Policy policy;
    policy.name = name;
    policy.kind = PolicyKind::Boundary;
    policy.version = "2012-10-17";

    const ActionSet allowed = allowedActions(catalog);
    if (allowed.any())
        policy.statements.push_back(statement("BoundaryAllow", Effect::Allow, actionList(catalog, allowed), { "*" }));
    if (!deniedActions.empty())
        policy.statements.push_back(statement("DenyActions", Effect::Deny, deniedActions, { "*" }));

    // One statement per ARN, in the order the reviewer first named it.
    std::vector<std::string> arns;
    for (const ArnDeny& d : arnDenies)
        if (std::find(arns.begin(), arns.end(), d.arn) == arns.end())
            arns.push_back(d.arn);
    for (size_t i = 0; i < arns.size(); ++i) {
        std::vector<std::string> actions;
        for (const ArnDeny& d : arnDenies)
            if (d.arn == arns[i] && std::find(actions.begin(), actions.end(), d.action) == actions.end())
                actions.push_back(d.action);
        policy.statements.push_back(
            statement("DenyOnResource" + std::to_string(i + 1), Effect::Deny, actions, { arns[i] }));
    }
    for (size_t i = 0; i < conditionalDenies.size(); ++i) {
        Statement st
            = statement("DenyWhen" + std::to_string(i + 1), Effect::Deny, conditionalDenies[i].actions, { "*" });
        st.conditions.push_back(conditionalDenies[i].condition);
        policy.statements.push_back(std::move(st));
    }
    for (size_t i = 0; i < exceptDenies.size(); ++i)
        policy.statements.push_back(statement("DenyExcept" + std::to_string(i + 1), Effect::Deny,
            exceptDenies[i].actions, exceptDenies[i].exceptResources, true));

    // IAM rejects a policy without statements; a boundary that allows nothing says so explicitly.
    if (policy.statements.empty())
        policy.statements.push_back(statement("DenyEverything", Effect::Deny, { "*" }, { "*" }));
    for (size_t i = 0; i < policy.statements.size(); ++i)
        policy.statements[i].index = static_cast<int>(i);
    return policy;
}

Diagnostics BoundaryDraft::check(const Catalog& catalog) const
{
    Diagnostics out;
    auto error = [&](std::string code, const QString& message) {
        out.push_back({ DiagnosticSeverity::Error, std::move(code), {}, {}, message });
    };
    auto checkAction = [&](const std::string& pattern) {
        switch (catalog.match(pattern).status) {
        case PatternStatus::Matched:
            return;
        case PatternStatus::UnknownService:
            error("boundary-unknown-service", Tr::tr("unknown service in \"%1\"").arg(q(pattern)));
            return;
        case PatternStatus::UnknownAction: {
            QString message = Tr::tr("unknown action \"%1\"").arg(q(pattern));
            const std::vector<std::string> close = catalog.suggest(pattern, 1);
            if (!close.empty())
                message += Tr::tr("; did you mean %1?").arg(q(close.front()));
            error("boundary-unknown-action", message);
            return;
        }
        case PatternStatus::NoMatch:
            error("boundary-pattern-no-match", Tr::tr("\"%1\" matches no action in the catalogue").arg(q(pattern)));
            return;
        case PatternStatus::Invalid:
            error("boundary-invalid-action",
                Tr::tr("\"%1\" is not an action pattern of the form service:action").arg(q(pattern)));
            return;
        }
    };
    auto checkArn = [&](const std::string& arn) {
        if (!looksLikeArn(arn))
            error("boundary-invalid-arn",
                Tr::tr("\"%1\" is not a resource ARN (arn:partition:service:region:account:resource) or *")
                    .arg(q(arn)));
    };

    for (const std::string& prefix : allowedServices)
        if (catalog.findService(prefix) < 0)
            error("boundary-unknown-service", Tr::tr("unknown service \"%1\"").arg(q(prefix)));
    for (const std::string& p : deniedActions)
        checkAction(p);
    for (const ArnDeny& d : arnDenies) {
        checkAction(d.action);
        checkArn(d.arn);
    }
    for (const ConditionalDeny& d : conditionalDenies) {
        if (d.actions.empty())
            error("boundary-empty-deny", Tr::tr("a conditional deny needs at least one action"));
        for (const std::string& p : d.actions)
            checkAction(p);
        if (d.condition.key.empty() || d.condition.values.empty())
            error("boundary-invalid-condition", Tr::tr("a conditional deny needs a condition key and a value"));
    }
    for (const ExceptDeny& d : exceptDenies) {
        if (d.actions.empty() || d.exceptResources.empty())
            error("boundary-empty-deny", Tr::tr("a deny with exceptions needs actions and the resources it spares"));
        for (const std::string& p : d.actions)
            checkAction(p);
        for (const std::string& arn : d.exceptResources)
            checkArn(arn);
    }
    return out;
}

} // namespace grantscope
