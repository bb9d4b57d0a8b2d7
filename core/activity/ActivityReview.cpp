// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/ActivityReview.h"

#include "activity/CredentialReport.h"
#include "activity/EventMapping.h"
#include "activity/LastAccessed.h"
#include "activity/TrailReader.h"
#include "catalog/Catalog.h"
#include "package/ReviewSubject.h"

#include <QCoreApplication>
#include <QDateTime>

namespace grantscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ActivityReview)
};

} // namespace

bool ActivityReview::failed() const
{
    return cancelled || roles.empty() || !unknownRoles.empty() || log.filesRead == 0 || unreadableReport;
}

ActivityReview reviewActivity(const ReviewSubject& package, const LoadOptions& options,
    const std::vector<Finding>& findings, const ActivityInputs& inputs, const std::function<bool(int, int)>& progress)
{
    ActivityReview out;
    const Catalog& catalog = Catalog::bundled();
    out.roles = activityRoles(package, catalog, options.partition, options.accountId, inputs.arns, &out.unknownRoles);
    if (out.roles.empty())
        out.diagnostics.push_back({ DiagnosticSeverity::Error, "activity-no-role", {}, {},
            Tr::tr("the package creates no role: there is no activity to compare it with") });
    for (const std::string& name : out.unknownRoles)
        out.diagnostics.push_back({ DiagnosticSeverity::Error, "activity-unknown-role", {}, {},
            Tr::tr("the package has no role named \"%1\"").arg(QString::fromStdString(name)) });
    if (out.roles.empty() || !out.unknownRoles.empty())
        return out; // nothing to measure: the trails are not read

    const EventMapping& mapping = EventMapping::bundled();
    TrailReadOptions read;
    bool stopped = false;
    read.progress = [&](int done, int all) {
        if (progress && !progress(done, all))
            stopped = true;
        return !stopped;
    };
    out.log = readTrails(inputs.trails, mapping, read);
    if (stopped) {
        out.cancelled = true;
        return out;
    }
    if (out.log.filesRead == 0) {
        out.diagnostics.push_back(
            { DiagnosticSeverity::Error, "activity-no-trail", {}, {}, Tr::tr("no CloudTrail file could be read") });
        return out;
    }
    ActivityOptions activity = inputs.options;
    for (const QString& file : inputs.lastAccessed) {
        Diagnostics diagnostics;
        std::vector<LastAccessedEntry> entries = readLastAccessed(file, diagnostics);
        out.unreadableReport = out.unreadableReport || hasErrors(diagnostics);
        out.diagnostics.insert(out.diagnostics.end(), diagnostics.begin(), diagnostics.end());
        activity.lastAccessed.insert(activity.lastAccessed.end(), entries.begin(), entries.end());
    }
    if (out.unreadableReport)
        return out;
    out.report = analyzeActivity(out.log, out.roles, catalog, mapping, findings, activity);
    if (!inputs.credentialReport.isEmpty()) {
        Diagnostics diagnostics;
        const std::vector<CredentialUser> users = readCredentialReport(inputs.credentialReport, diagnostics);
        out.unreadableReport = users.empty() && hasErrors(diagnostics);
        out.diagnostics.insert(out.diagnostics.end(), diagnostics.begin(), diagnostics.end());
        // Key ages are measured at the same moment as idleness: the end of what the trails cover.
        const std::int64_t now = out.report.reference > 0 ? out.report.reference : QDateTime::currentSecsSinceEpoch();
        for (ActivityFinding& f : credentialFindings(users, now, activity.idleDays))
            out.report.findings.push_back(std::move(f));
    }
    return out;
}

ActionUse actionUse(const ActivityReview& activity, const Catalog& catalog)
{
    ActionUse use { ActionSet(catalog.actionCount()), ActionSet(catalog.actionCount()),
        ActionSet(catalog.actionCount()) };
    if (activity.failed())
        return use;
    auto add = [&catalog](ActionSet& set, const std::vector<std::string>& actions) {
        for (const std::string& action : actions)
            if (const int index = catalog.findAction(action); index >= 0)
                set.set(index);
    };
    for (const RoleUsage& role : activity.report.roles) {
        add(use.used, role.used);
        add(use.unused, role.unused);
        add(use.unobservable, role.unobservable);
    }
    // One role's use is the package's use: an action another role never used is not "never used".
    use.unused -= use.used;
    use.unobservable -= use.used;
    use.unused -= use.unobservable;
    return use;
}

} // namespace grantscope
