// SPDX-License-Identifier: GPL-3.0-or-later
// A release comparison's changes to one subject in words, for the review report's "what changed since the
// reviewed version". `grantscope-cli compare` prints the same changes in more detail, action by action.
#include "catalog/Catalog.h"
#include "common/Text.h"
#include "review/ReleaseComparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace grantscope {

namespace {

// Translated under the context "ReleaseChanges" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReleaseChanges)
};

constexpr size_t kShown = 4;

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

// "s3 Read 3, s3 Write 1, kms Permissions management 2 and 4 more groups": per service and access level.
QString actionGroups(const Catalog& catalog, const ActionSet& set)
{
    std::vector<std::pair<std::pair<int, AccessLevel>, int>> groups;
    catalog.forEachSorted(set, [&](int a) {
        const std::pair<int, AccessLevel> key { catalog.action(a).service,
            primaryAccessLevel(catalog.action(a).levels) };
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
        if (it == groups.end())
            groups.push_back({ key, 1 });
        else
            ++it->second;
    });
    QStringList parts;
    for (size_t i = 0; i < groups.size() && i < kShown; ++i)
        parts << QStringLiteral("%1 %2 %3")
                     .arg(text(std::string(catalog.service(groups[i].first.first).prefix)),
                         accessLevelName(groups[i].first.second))
                     .arg(groups[i].second);
    QString out = parts.join(QStringLiteral(", "));
    if (groups.size() > kShown)
        out = Tr::tr("%1 and %2 more").arg(out).arg(groups.size() - kShown);
    return out;
}

// "s3:GetObject, s3:PutObject and 3 more", in AWS's casing.
QString actionNames(const Catalog& catalog, const ActionSet& set)
{
    QStringList names;
    int total = 0;
    catalog.forEachSorted(set, [&](int a) {
        if (static_cast<size_t>(total++) < kShown)
            names << text(catalog.actionName(a));
    });
    QString out = names.join(QStringLiteral(", "));
    if (static_cast<size_t>(total) > kShown)
        out = Tr::tr("%1 and %2 more").arg(out).arg(static_cast<size_t>(total) - kShown);
    return out;
}

QString patterns(const std::vector<std::string>& values)
{
    QStringList list;
    for (const std::string& v : values)
        list << text(v);
    return list.isEmpty() ? Tr::tr("nothing") : list.join(QStringLiteral(", "));
}

QString clause(const ConditionChange& c)
{
    QStringList values;
    for (const std::string& v : c.values)
        values << QLatin1Char('"') + text(v) + QLatin1Char('"');
    return QStringLiteral("%1 %2 [%3]").arg(text(c.operatorText), text(c.key), values.join(QStringLiteral(", ")));
}

QString policy(const PolicyChange& p)
{
    return p.origin == PolicyOrigin::AwsManaged
        ? text(p.arn)
        : QStringLiteral("%1 (%2)").arg(text(p.name), text(policyOriginKey(p.origin)));
}

} // namespace

QStringList subjectChangeLines(const Catalog& catalog, const SubjectComparison& s)
{
    QStringList lines;
    if (s.status == SubjectStatus::Added)
        lines << Tr::tr("New in this release.");
    else if (s.status == SubjectStatus::Removed)
        lines << Tr::tr("No longer in this release.");
    if (!s.oldName.empty() && s.oldName != s.name && s.status != SubjectStatus::Removed)
        lines << Tr::tr("Renamed from %1.").arg(text(s.oldName));
    if (s.added.any()) {
        const int added = s.added.count();
        QString line = added == 1 ? Tr::tr("1 action added: %1.").arg(actionNames(catalog, s.added))
                                  : Tr::tr("%1 actions added: %2.").arg(added).arg(actionGroups(catalog, s.added));
        const int conditional = s.addedConditional.count();
        if (conditional > 0)
            line += QLatin1Char(' ')
                + (conditional == added ? Tr::tr("Only under a condition.")
                                        : Tr::tr("%1 of them only under a condition.").arg(conditional));
        lines << line;
    }
    if (s.removed.any()) {
        const int removed = s.removed.count();
        lines << (removed == 1 ? Tr::tr("1 action removed: %1.").arg(actionNames(catalog, s.removed))
                               : Tr::tr("%1 actions removed: %2.").arg(removed).arg(actionGroups(catalog, s.removed)));
    }
    for (const ResourceChange& r : s.resources) {
        if (!r.gained.empty())
            lines << Tr::tr("Resources widened for %1: %2 became %3.")
                         .arg(actionNames(catalog, r.actions), patterns(r.before), patterns(r.after));
        else if (!r.lost.empty())
            lines << Tr::tr("Resources narrowed for %1: %2 became %3.")
                         .arg(actionNames(catalog, r.actions), patterns(r.before), patterns(r.after));
    }
    if (s.denyDropped.any())
        lines << Tr::tr("No longer denied by any statement: %1.").arg(actionNames(catalog, s.denyDropped));
    if (s.denyAdded.any())
        lines << Tr::tr("Now denied by a statement (on some resources or under a condition): %1.")
                     .arg(actionNames(catalog, s.denyAdded));
    if (s.status == SubjectStatus::Changed && s.boundaryBefore != s.boundaryAfter) {
        if (s.boundaryAfter.empty())
            lines << Tr::tr("Permissions boundary removed (was %1).").arg(text(s.boundaryBefore));
        else if (s.boundaryBefore.empty())
            lines << Tr::tr("Permissions boundary added: %1.").arg(text(s.boundaryAfter));
        else
            lines << Tr::tr("Permissions boundary changed from %1 to %2.")
                         .arg(text(s.boundaryBefore), text(s.boundaryAfter));
    }
    for (const ConditionChange& c : s.conditionsDropped)
        lines << Tr::tr("Condition dropped: %1 no longer limits %2.").arg(clause(c), actionNames(catalog, c.actions));
    for (const ConditionChange& c : s.conditionsAdded)
        lines << Tr::tr("Condition added: %1 now limits %2.").arg(clause(c), actionNames(catalog, c.actions));
    const TrustChange& t = s.trust;
    if (!t.hadTrust && t.hasTrust && t.principalsAdded.empty())
        lines << Tr::tr("Trust policy added.");
    if (t.hadTrust && !t.hasTrust && t.principalsRemoved.empty())
        lines << Tr::tr("Trust policy removed.");
    for (const std::string& p : t.principalsAdded)
        lines << Tr::tr("Now trusts %1.").arg(text(p));
    for (const std::string& p : t.principalsRemoved)
        lines << Tr::tr("No longer trusts %1.").arg(text(p));
    // For a role added or removed, whether it requires an External ID is no change: only for a role in both.
    const bool trustInBoth = t.hadTrust && t.hasTrust;
    if (trustInBoth && t.externalIdBefore && !t.externalIdAfter)
        lines << Tr::tr("External ID no longer required.");
    else if (trustInBoth && !t.externalIdBefore && t.externalIdAfter)
        lines << Tr::tr("External ID now required.");
    else if (trustInBoth && t.externalIdValuesChanged)
        lines << Tr::tr("External ID changed.");
    for (const PolicyChange& p : s.policiesAttached)
        lines << Tr::tr("Policy attached: %1.").arg(policy(p));
    for (const PolicyChange& p : s.policiesDetached)
        lines << Tr::tr("Policy detached: %1.").arg(policy(p));
    return lines;
}

bool widensAccess(const SubjectComparison& s)
{
    const TrustChange& t = s.trust;
    if (s.status == SubjectStatus::Removed)
        return false;
    const bool boundaryDropped
        = s.status == SubjectStatus::Changed && !s.boundaryBefore.empty() && s.boundaryAfter.empty();
    return s.status == SubjectStatus::Added || s.added.any() || s.widened() || !s.conditionsDropped.empty()
        || s.denyDropped.any() || boundaryDropped || !t.principalsAdded.empty() || (!t.hadTrust && t.hasTrust)
        || (t.hadTrust && t.hasTrust && t.externalIdBefore && !t.externalIdAfter);
}

} // namespace grantscope
