// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli activity: what the package's roles actually did, from CloudTrail files the customer has.
#include "activity/ActivityReview.h"
#include "activity/CredentialReport.h"
#include "activity/EventMapping.h"
#include "activity/RoleActivity.h"
#include "activity/TrailReader.h"
#include "activity/TrailTime.h"
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "package/PackageLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <nlohmann/json.hpp>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

using Json = nlohmann::ordered_json;

Json timeOrNull(const std::optional<std::int64_t>& t)
{
    return t ? Json(formatTrailTime(*t)) : Json(nullptr);
}

std::string toJson(const ActivityLog& log, const ActivityReport& report)
{
    Json roles = Json::array();
    for (const RoleUsage& u : report.roles) {
        Json lastUsed = Json::object();
        for (const auto& [action, time] : u.lastUsed)
            lastUsed[action] = formatTrailTime(time);
        roles.push_back(
            { { "name", u.name }, { "arn", u.arn }, { "events", u.events }, { "firstSeen", timeOrNull(u.firstSeen) },
                { "lastSeen", timeOrNull(u.lastSeen) }, { "used", u.used }, { "denied", u.denied },
                { "unused", u.unused }, { "unobservable", u.unobservable }, { "lastUsed", std::move(lastUsed) } });
    }
    Json findings = Json::array();
    for (const ActivityFinding& f : report.findings) {
        Json j = { { "rule", f.rule }, { "severity", severityKey(f.severity) }, { "title", f.title.toStdString() } };
        if (!f.role.empty())
            j["role"] = f.role;
        if (!f.user.empty())
            j["user"] = f.user;
        if (!f.actions.empty())
            j["actions"] = f.actions;
        if (!f.finding.empty())
            j["finding"] = f.finding;
        if (!f.sources.empty())
            j["sources"] = f.sources;
        if (f.lastSeen)
            j["lastSeen"] = formatTrailTime(*f.lastSeen);
        findings.push_back(std::move(j));
    }
    const Json root
        = { { "roles", std::move(roles) }, { "files", { { "read", log.filesRead }, { "skipped", log.filesSkipped } } },
              { "events",
                  { { "read", log.events.size() }, { "matched", report.matched }, { "malformed", log.malformed },
                      { "duplicates", log.duplicates } } },
              { "findings", std::move(findings) } };
    return root.dump(2) + "\n";
}

QString list(const std::vector<std::string>& actions)
{
    QString out;
    for (const std::string& a : actions)
        out += QStringLiteral("    ") + QString::fromStdString(a) + QLatin1Char('\n');
    return out;
}

QString toText(const ActivityLog& log, const ActivityReport& report)
{
    QString text = QStringLiteral("%1 trail files read, %2 skipped; %3 events read, %4 of the package's roles, "
                                  "%5 malformed, %6 duplicates.\n")
                       .arg(log.filesRead)
                       .arg(log.filesSkipped)
                       .arg(static_cast<qlonglong>(log.events.size()))
                       .arg(report.matched)
                       .arg(log.malformed)
                       .arg(log.duplicates);
    for (const RoleUsage& u : report.roles) {
        text += QStringLiteral("\nRole %1 (%2): %3 events")
                    .arg(QString::fromStdString(u.name), QString::fromStdString(u.arn))
                    .arg(u.events);
        if (u.firstSeen)
            text += QStringLiteral(", %1 to %2")
                        .arg(QString::fromStdString(formatTrailTime(*u.firstSeen)),
                            QString::fromStdString(formatTrailTime(*u.lastSeen)));
        text += QStringLiteral("\n  used (%1):\n").arg(u.used.size());
        for (const std::string& a : u.used)
            text += QStringLiteral("    %1  last %2\n")
                        .arg(QString::fromStdString(a), QString::fromStdString(formatTrailTime(u.lastUsed.at(a))));
        text += QStringLiteral("  denied (%1):\n").arg(u.denied.size()) + list(u.denied);
        text += QStringLiteral("  granted but unused: %1 actions\n").arg(u.unused.size());
        text += QStringLiteral("  granted, not observable in these trails (%1):\n").arg(u.unobservable.size())
            + list(u.unobservable);
    }
    if (!report.findings.empty())
        text += QStringLiteral("\nFindings:\n");
    for (const ActivityFinding& f : report.findings)
        text += QStringLiteral("  %1 %2 %3\n")
                    .arg(QString::fromLatin1(severityKey(f.severity)), -8)
                    .arg(QString::fromStdString(f.rule), f.title);
    return text;
}

std::optional<std::int64_t> timeOption(const QString& value, const QString& name, std::FILE* err, bool& ok)
{
    const std::optional<std::int64_t> t = parseTrailTime(value.toStdString());
    if (!t) {
        write(err,
            QStringLiteral("grantscope-cli activity: %1 takes an ISO 8601 time such as 2026-11-02 or "
                           "2026-11-02T14:03:11Z, not \"%2\"\n")
                .arg(name, value));
        ok = false;
    }
    return t;
}

} // namespace

int runActivity(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("activity"),
        Tr::tr("What the package's roles did in CloudTrail, and what they were granted but never used."));
    cl.addFlag({ QStringLiteral("json") }, Tr::tr("write the activity report as JSON"));
    cl.addOption({ QStringLiteral("trail") }, Tr::tr("PATH"),
        Tr::tr("a CloudTrail delivery (.json, .json.gz), a folder of them (searched recursively) or "
               "`aws cloudtrail lookup-events` output (repeatable, required)"));
    cl.addOption(
        { QStringLiteral("last-accessed") }, Tr::tr("FILE"), Tr::tr("IAM service last accessed details (repeatable)"));
    cl.addOption({ QStringLiteral("credential-report") }, Tr::tr("FILE"), Tr::tr("an IAM credential report (CSV)"));
    cl.addOption({ QStringLiteral("role") }, Tr::tr("NAME=ARN"),
        Tr::tr("the deployed ARN of the package's role NAME (repeatable)"));
    cl.addOption({ QStringLiteral("since") }, Tr::tr("TIME"), Tr::tr("ignore events before TIME"));
    cl.addOption({ QStringLiteral("until") }, Tr::tr("TIME"), Tr::tr("ignore events after TIME"));
    cl.addOption({ QStringLiteral("idle-days") }, Tr::tr("N"),
        Tr::tr("days without use after which a credential counts as idle"));
    cl.addPackageOptions();
    cl.addArgument(Tr::tr("PACKAGE..."), Tr::tr("the vendor package"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    const bool json = cl.isSet(QStringLiteral("json"));
    const QStringList trails = cl.values(QStringLiteral("trail"));
    const QString credentialReport = cl.value(QStringLiteral("credential-report"));
    const QStringList lastAccessed = cl.values(QStringLiteral("last-accessed"));
    std::map<std::string, std::string> arns;
    ActivityOptions activity;
    LoadOptions options;
    bool ok = true;
    for (const QString& pair : cl.values(QStringLiteral("role"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || !pair.mid(eq + 1).startsWith(QStringLiteral("arn:"))
            || !pair.mid(eq + 1).contains(QStringLiteral(":role/"))) {
            write(err,
                QStringLiteral(
                    "grantscope-cli activity: --role takes NAME=arn:aws:iam::ACCOUNT:role/NAME, not \"%1\"\n")
                    .arg(pair));
            return BadInput;
        }
        arns[pair.left(eq).toStdString()] = pair.mid(eq + 1).toStdString();
    }
    if (cl.isSet(QStringLiteral("since")))
        activity.since = timeOption(cl.value(QStringLiteral("since")), QStringLiteral("--since"), err, ok);
    if (ok && cl.isSet(QStringLiteral("until")))
        activity.until = timeOption(cl.value(QStringLiteral("until")), QStringLiteral("--until"), err, ok);
    if (ok && cl.isSet(QStringLiteral("idle-days"))) {
        bool number = false;
        activity.idleDays = cl.value(QStringLiteral("idle-days")).toInt(&number);
        if (!number || activity.idleDays < 0) {
            write(err, QStringLiteral("grantscope-cli activity: --idle-days takes a number of days\n"));
            ok = false;
        }
    }
    if (!ok || !cl.readPackageOptions(options, err))
        return BadInput;
    const QStringList paths = cl.positionalArguments();
    if (const std::optional<int> refused
        = cl.refuseStandardInput(paths + trails + lastAccessed + QStringList { credentialReport }, err))
        return *refused;
    if (trails.isEmpty())
        return cl.usageError(err, Tr::tr("--trail PATH is required"));
    if (paths.isEmpty())
        return cl.usageError(err, Tr::tr("no PACKAGE given"));
    if (activity.since && activity.until && *activity.since > *activity.until) {
        write(err, QStringLiteral("grantscope-cli activity: --since is after --until\n"));
        return BadInput;
    }

    const ReviewSubject package = loadPackage(paths, options);
    printDiagnostics(err, package.diagnostics, false);
    if (hasErrors(package.diagnostics))
        return BadInput;
    ActivityInputs inputs;
    inputs.trails = trails;
    inputs.lastAccessed = lastAccessed;
    inputs.credentialReport = credentialReport;
    inputs.arns = arns;
    inputs.options = activity;
    const PackageAnalysis analysis = analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), options);
    // The same computation as the window's activity view.
    const ActivityReview review = reviewActivity(package, options, analysis.findings, inputs);
    printDiagnostics(err, review.log.diagnostics, false);
    for (const std::string& name : review.unknownRoles) {
        write(err,
            QStringLiteral("grantscope-cli activity: --role %1: the package has no role of that name\n")
                .arg(QString::fromStdString(name)));
        return BadInput;
    }
    if (review.roles.empty()) {
        write(err,
            QStringLiteral("grantscope-cli activity: %1: the package creates no role\n")
                .arg(paths.join(QStringLiteral(", "))));
        return BadInput;
    }
    if (review.log.filesRead == 0) {
        write(err, QStringLiteral("grantscope-cli activity: no trail file could be read\n"));
        return BadInput;
    }
    printDiagnostics(err, review.diagnostics, false);
    if (review.unreadableReport)
        return BadInput;
    const ActivityLog& log = review.log;
    const ActivityReport& report = review.report;
    write(out, json ? QString::fromStdString(toJson(log, report)) : toText(log, report));
    return Success;
}

} // namespace grantscope::cli
