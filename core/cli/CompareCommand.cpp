// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli compare: what a new release of a vendor package asks for compared with the release reviewed
// before, and (with --session) which of the reviewer's decisions carry over to it.
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "common/QtText.h"
#include "review/ReleaseComparison.h"
#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

using Json = nlohmann::ordered_json;

// In the text output a group of more actions than this is cut short; the JSON lists them all.
constexpr int kActionsShown = 12;

struct Carried {
    QString file;
    CarriedReview review;
};

std::vector<std::string> actionNames(const Catalog& catalog, const ActionSet& set)
{
    std::vector<std::string> names;
    catalog.forEachSorted(set, [&](int a) { names.emplace_back(catalog.lowerActionName(a)); });
    return names;
}

Json actionsJson(const Catalog& catalog, const ActionSet& set, const ActionSet* conditional)
{
    Json list = Json::array();
    catalog.forEachSorted(set, [&](int a) {
        Json item = { { "action", catalog.lowerActionName(a) },
            { "accessLevel", accessLevelKey(primaryAccessLevel(catalog.action(a).levels)) } };
        if (conditional)
            item["conditional"] = conditional->test(a);
        list.push_back(std::move(item));
    });
    return list;
}

Json conditionsJson(const Catalog& catalog, const std::vector<ConditionChange>& changes)
{
    Json list = Json::array();
    for (const ConditionChange& c : changes)
        list.push_back({ { "operator", c.operatorText }, { "key", c.key }, { "values", c.values },
            { "actions", actionNames(catalog, c.actions) } });
    return list;
}

Json policiesJson(const std::vector<PolicyChange>& policies)
{
    Json list = Json::array();
    for (const PolicyChange& p : policies)
        list.push_back({ { "name", p.name }, { "origin", policyOriginKey(p.origin) }, { "arn", p.arn } });
    return list;
}

Json findingJson(const Finding& f)
{
    return { { "rule", f.rule }, { "severity", severityKey(f.severity) }, { "category", f.category },
        { "title", f.title.toStdString() }, { "subject", f.subject }, { "file", f.file.toStdString() },
        { "line", f.location.line }, { "column", f.location.column }, { "actions", f.actions },
        { "resources", f.resources } };
}

Json subjectJson(const Catalog& catalog, const SubjectComparison& s)
{
    Json widened = Json::array();
    Json narrowed = Json::array();
    for (const ResourceChange& r : s.resources) {
        const Json base
            = { { "actions", actionNames(catalog, r.actions) }, { "before", r.before }, { "after", r.after } };
        if (!r.gained.empty()) {
            Json w = base;
            w["gained"] = r.gained;
            widened.push_back(std::move(w));
        }
        if (!r.lost.empty()) {
            Json n = base;
            n["lost"] = r.lost;
            narrowed.push_back(std::move(n));
        }
    }
    const TrustChange& t = s.trust;
    const Json trust = { { "principalsAdded", t.principalsAdded }, { "principalsRemoved", t.principalsRemoved },
        { "servicePrincipalsAdded", t.servicePrincipalsAdded }, { "externalIdBefore", t.externalIdBefore },
        { "externalIdAfter", t.externalIdAfter }, { "externalIdChanged", t.externalIdValuesChanged },
        { "externalIdsBefore", t.externalIdsBefore }, { "externalIdsAfter", t.externalIdsAfter } };
    return { { "name", s.name }, { "kind", s.kind }, { "status", subjectStatusKey(s.status) },
        { "logicalId", s.logicalId }, { "oldName", s.oldName },
        { "added", actionsJson(catalog, s.added, &s.addedConditional) },
        { "removed", actionsJson(catalog, s.removed, nullptr) }, { "widened", std::move(widened) },
        { "narrowed", std::move(narrowed) }, { "conditionsDropped", conditionsJson(catalog, s.conditionsDropped) },
        { "conditionsAdded", conditionsJson(catalog, s.conditionsAdded) }, { "trust", trust },
        { "policiesAttached", policiesJson(s.policiesAttached) },
        { "policiesDetached", policiesJson(s.policiesDetached) },
        { "denyDropped", actionsJson(catalog, s.denyDropped, nullptr) },
        { "denyAdded", actionsJson(catalog, s.denyAdded, nullptr) },
        { "boundary",
            { { "before", s.boundaryBefore.empty() ? Json() : Json(s.boundaryBefore) },
                { "after", s.boundaryAfter.empty() ? Json() : Json(s.boundaryAfter) } } } };
}

std::string toJson(const Catalog& catalog, const ReleaseComparison& c, const Review& oldReview, const Review& newReview,
    const std::optional<Carried>& carried)
{
    Json subjects = Json::array();
    for (const SubjectComparison& s : c.subjects)
        subjects.push_back(subjectJson(catalog, s));
    Json added = Json::array();
    for (const Finding& f : c.newFindings)
        added.push_back(findingJson(f));
    Json resolved = Json::array();
    for (const Finding& f : c.resolvedFindings)
        resolved.push_back(findingJson(f));
    Json changed = Json::array();
    for (const FindingMatch& m : c.matchedFindings) {
        const Finding& before = oldReview.analysis.findings[m.oldIndex];
        const Finding& after = newReview.analysis.findings[m.newIndex];
        if (before.severity == after.severity)
            continue;
        Json item = findingJson(after);
        item["severityBefore"] = severityKey(before.severity);
        changed.push_back(std::move(item));
    }
    Json root = { { "subjects", std::move(subjects) }, { "newFindings", std::move(added) },
        { "resolvedFindings", std::move(resolved) }, { "severityChanged", std::move(changed) } };
    if (carried) {
        const std::vector<Finding>& findings = newReview.analysis.findings;
        Json kept = Json::array();
        for (const CarriedVerdict& v : carried->review.carried) {
            Json item = findingJson(findings[v.newIndex]);
            item["decision"] = findingDecisionKey(v.verdict.decision);
            item["note"] = v.verdict.note.toStdString();
            kept.push_back(std::move(item));
        }
        Json open = Json::array();
        for (size_t i : carried->review.open)
            open.push_back(findingJson(findings[i]));
        root["decisions"] = { { "session", carried->file.toStdString() }, { "carried", std::move(kept) },
            { "open", std::move(open) }, { "leftBehind", carried->review.leftBehind } };
    }
    // Text from the package is not trusted to be valid UTF-8: a bad byte is replaced, never thrown on.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

QString quotedList(const std::vector<std::string>& values)
{
    QStringList quoted;
    for (const std::string& v : values)
        quoted << QLatin1Char('"') + toQString(v) + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

QString patternList(const std::vector<std::string>& patterns)
{
    QStringList list;
    for (const std::string& p : patterns)
        list << toQString(p);
    return list.isEmpty() ? Tr::tr("nothing") : list.join(QStringLiteral(", "));
}

// The text is read by people: actions in AWS's casing ("s3:GetObject"); the JSON keeps the lower-case form
// every command's JSON uses.
QString shortActionList(const Catalog& catalog, const ActionSet& set)
{
    std::vector<std::string> names;
    catalog.forEachSorted(set, [&](int a) { names.push_back(catalog.actionName(a)); });
    QStringList shown;
    for (size_t i = 0; i < names.size() && i < static_cast<size_t>(kActionsShown); ++i)
        shown << toQString(names[i]);
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > static_cast<size_t>(kActionsShown))
        text += Tr::tr(" and %1 more").arg(names.size() - static_cast<size_t>(kActionsShown));
    return text;
}

/** "    s3, Read (3): GetObject, GetObjectAcl, ..." per service and access level. */
QString actionLines(const Catalog& catalog, const ActionSet& set, const ActionSet* conditional)
{
    QString text;
    std::vector<std::pair<std::pair<int, AccessLevel>, std::vector<int>>> groups;
    catalog.forEachSorted(set, [&](int a) {
        const std::pair<int, AccessLevel> key { catalog.action(a).service,
            primaryAccessLevel(catalog.action(a).levels) };
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
        if (it == groups.end())
            it = groups.insert(groups.end(), { key, {} });
        it->second.push_back(a);
    });
    for (const auto& [key, actions] : groups) {
        QStringList names;
        for (size_t i = 0; i < actions.size() && i < static_cast<size_t>(kActionsShown); ++i) {
            const ActionInfo& info = catalog.action(actions[i]);
            QString name = toQString(info.name);
            if (conditional && conditional->test(actions[i]))
                name += Tr::tr(" (conditional)");
            names << name;
        }
        QString line = QStringLiteral("      %1, %2 (%3): %4")
                           .arg(toQString(catalog.service(key.first).prefix), accessLevelName(key.second))
                           .arg(actions.size())
                           .arg(names.join(QStringLiteral(", ")));
        if (actions.size() > static_cast<size_t>(kActionsShown))
            line += Tr::tr(" and %1 more").arg(actions.size() - static_cast<size_t>(kActionsShown));
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString trustLines(const TrustChange& t)
{
    QString text;
    if (!t.hadTrust && t.hasTrust && t.principalsAdded.empty())
        text += Tr::tr("      trust policy added\n");
    if (t.hadTrust && !t.hasTrust && t.principalsRemoved.empty())
        text += Tr::tr("      trust policy removed\n");
    for (const std::string& p : t.principalsAdded)
        text += Tr::tr("      + principal %1\n").arg(toQString(p));
    for (const std::string& p : t.principalsRemoved)
        text += Tr::tr("      - principal %1\n").arg(toQString(p));
    if (t.externalIdBefore && !t.externalIdAfter)
        text += Tr::tr("      External ID no longer required (was %1)\n").arg(quotedList(t.externalIdsBefore));
    else if (!t.externalIdBefore && t.externalIdAfter)
        text += Tr::tr("      External ID now required (%1)\n").arg(quotedList(t.externalIdsAfter));
    else if (t.externalIdValuesChanged && t.externalIdsBefore == t.externalIdsAfter)
        text
            += Tr::tr("      External ID changed (%1; the values are not shown)\n").arg(quotedList(t.externalIdsAfter));
    else if (t.externalIdValuesChanged)
        text += Tr::tr("      External ID changed: %1 -> %2\n")
                    .arg(quotedList(t.externalIdsBefore), quotedList(t.externalIdsAfter));
    return text;
}

QString policyName(const PolicyChange& p)
{
    return p.origin == PolicyOrigin::AwsManaged
        ? toQString(p.arn)
        : toQString(p.name) + QStringLiteral(" (%1)").arg(toQString(policyOriginKey(p.origin)));
}

QString subjectText(const Catalog& catalog, const SubjectComparison& s)
{
    QString head = QStringLiteral("%1 %2").arg(toQString(s.kind), toQString(s.name));
    if (!s.oldName.empty() && s.oldName != s.name)
        head += Tr::tr(" (was %1)").arg(toQString(s.oldName));
    QString text = QStringLiteral("%1: %2\n").arg(head, toQString(subjectStatusKey(s.status)));
    if (s.added.any())
        text += Tr::tr("  + %1 actions added\n").arg(s.added.count())
            + actionLines(catalog, s.added, &s.addedConditional);
    if (s.removed.any())
        text += Tr::tr("  - %1 actions removed\n").arg(s.removed.count()) + actionLines(catalog, s.removed, nullptr);
    if (s.widened()) {
        text += Tr::tr("  Resources widened:\n");
        for (const ResourceChange& r : s.resources)
            if (!r.gained.empty())
                text += QStringLiteral("      %1: %2 -> %3\n")
                            .arg(shortActionList(catalog, r.actions), patternList(r.before), patternList(r.after));
    }
    if (s.narrowed()) {
        text += Tr::tr("  Resources narrowed:\n");
        for (const ResourceChange& r : s.resources)
            if (!r.lost.empty())
                text += QStringLiteral("      %1: %2 -> %3\n")
                            .arg(shortActionList(catalog, r.actions), patternList(r.before), patternList(r.after));
    }
    const auto conditionLines = [&](const std::vector<ConditionChange>& changes) {
        QString lines;
        for (const ConditionChange& c : changes)
            lines += QStringLiteral("      %1 %2 [%3]: %4\n")
                         .arg(toQString(c.operatorText), toQString(c.key), quotedList(c.values),
                             shortActionList(catalog, c.actions));
        return lines;
    };
    if (s.denyDropped.any())
        text += Tr::tr("  No longer denied by any statement:\n") + actionLines(catalog, s.denyDropped, nullptr);
    if (s.denyAdded.any())
        text += Tr::tr("  Now denied by a statement:\n") + actionLines(catalog, s.denyAdded, nullptr);
    if (s.status == SubjectStatus::Changed && s.boundaryBefore != s.boundaryAfter)
        text += Tr::tr("  Permissions boundary: %1 -> %2\n")
                    .arg(s.boundaryBefore.empty() ? Tr::tr("none") : toQString(s.boundaryBefore),
                        s.boundaryAfter.empty() ? Tr::tr("none") : toQString(s.boundaryAfter));
    if (!s.conditionsDropped.empty())
        text += Tr::tr("  Conditions dropped:\n") + conditionLines(s.conditionsDropped);
    if (!s.conditionsAdded.empty())
        text += Tr::tr("  Conditions added:\n") + conditionLines(s.conditionsAdded);
    if (s.trust.changed())
        text += Tr::tr("  Trust:\n") + trustLines(s.trust);
    for (const PolicyChange& p : s.policiesAttached)
        text += Tr::tr("  Policy attached: %1\n").arg(policyName(p));
    for (const PolicyChange& p : s.policiesDetached)
        text += Tr::tr("  Policy detached: %1\n").arg(policyName(p));
    return text;
}

QString findingLine(const Finding& f)
{
    return QStringLiteral("  %1 [%2] %3: %4 (%5:%6:%7)\n")
        .arg(toQString(severityKey(f.severity)), toQString(f.rule), toQString(f.subject), f.title, f.file)
        .arg(f.location.line)
        .arg(f.location.column);
}

QString toText(const Catalog& catalog, const ReleaseComparison& c, const QStringList& oldPaths,
    const QStringList& newPaths, const Review& oldReview, const Review& newReview,
    const std::optional<Carried>& carried)
{
    int counts[4] = {};
    for (const SubjectComparison& s : c.subjects)
        ++counts[static_cast<int>(s.status)];
    QString text = Tr::tr("Old release: %1\nNew release: %2\n")
                       .arg(oldPaths.join(QStringLiteral(", ")), newPaths.join(QStringLiteral(", ")));
    text += Tr::tr("Subjects: %1 added, %2 removed, %3 changed, %4 unchanged\n")
                .arg(counts[static_cast<int>(SubjectStatus::Added)])
                .arg(counts[static_cast<int>(SubjectStatus::Removed)])
                .arg(counts[static_cast<int>(SubjectStatus::Changed)])
                .arg(counts[static_cast<int>(SubjectStatus::Unchanged)]);
    for (const SubjectComparison& s : c.subjects)
        if (s.status != SubjectStatus::Unchanged)
            text += QLatin1Char('\n') + subjectText(catalog, s);
    text += Tr::tr("\nNew findings (%1):\n").arg(c.newFindings.size());
    for (const Finding& f : c.newFindings)
        text += findingLine(f);
    text += Tr::tr("\nResolved findings (%1):\n").arg(c.resolvedFindings.size());
    for (const Finding& f : c.resolvedFindings)
        text += findingLine(f);
    QString changed;
    for (const FindingMatch& m : c.matchedFindings) {
        const Finding& before = oldReview.analysis.findings[m.oldIndex];
        const Finding& after = newReview.analysis.findings[m.newIndex];
        if (before.severity != after.severity)
            changed
                += QStringLiteral("  %1 ->").arg(toQString(severityKey(before.severity))) + findingLine(after).mid(1);
    }
    if (!changed.isEmpty())
        text += Tr::tr("\nFindings whose severity changed:\n") + changed;
    if (carried) {
        const CarriedReview& r = carried->review;
        text += Tr::tr("\nDecisions of %1: %2 carried over, %3 findings open, %4 left behind (finding gone)\n")
                    .arg(carried->file)
                    .arg(r.carried.size())
                    .arg(r.open.size())
                    .arg(r.leftBehind.size());
        for (const CarriedVerdict& v : r.carried)
            text += QStringLiteral("  %1").arg(findingDecisionName(v.verdict.decision), -16)
                + findingLine(newReview.analysis.findings[v.newIndex]).mid(1);
    }
    return text;
}

/** Loads one release; prints its diagnostics; nullopt when it has errors. */
std::optional<Review> loadRelease(const QStringList& paths, const LoadOptions& options, std::FILE* err)
{
    Review review = loadReview(paths, options);
    printDiagnostics(err, review.package.diagnostics, false);
    if (hasErrors(review.package.diagnostics))
        return std::nullopt;
    return review;
}

} // namespace

int runCompare(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("compare"),
        Tr::tr("Compare two releases of a vendor package: per subject the actions added and removed, resources "
               "widened or narrowed, conditions dropped or added, trust changes and policies attached or "
               "detached; then the findings that are new and those resolved."));
    cl.addFlag({ QStringLiteral("json") }, Tr::tr("write the comparison as JSON"));
    cl.addOption({ QStringLiteral("fail-on-new") }, Tr::tr("SEVERITY"),
        Tr::tr("exit 1 when a new finding is at least critical, high, medium, low or info"));
    cl.addOption({ QStringLiteral("session") }, Tr::tr("FILE"),
        Tr::tr("a saved review of the old release (.grantscope): which decisions carry over to the new one; "
               "with one PATH, its package is the old release"));
    cl.addPackageOptions();
    cl.addArgument(Tr::tr("OLD"), Tr::tr("the release reviewed before: a template, folder or zip"));
    cl.addArgument(Tr::tr("NEW"), Tr::tr("the new release"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    const bool json = cl.isSet(QStringLiteral("json"));
    std::optional<Severity> failOn;
    if (cl.isSet(QStringLiteral("fail-on-new"))) {
        failOn = parseSeverity(cl.value(QStringLiteral("fail-on-new")).toStdString());
        if (!failOn)
            return cl.usageError(err, Tr::tr("--fail-on-new takes critical, high, medium, low or info"));
    }
    const QStringList positional = cl.positionalArguments();
    const QString sessionFile = cl.value(QStringLiteral("session"));
    if (const std::optional<int> refused = cl.refuseStandardInput(positional + QStringList { sessionFile }, err))
        return *refused;
    std::optional<ReviewSession> session;
    LoadOptions options;
    if (!sessionFile.isEmpty()) {
        Diagnostics diagnostics;
        session = ReviewSession::load(sessionFile, diagnostics);
        printDiagnostics(err, diagnostics, false);
        if (!session)
            return BadInput;
        options = session->loadOptions();
    }
    if (!cl.readPackageOptions(options, err))
        return BadInput;
    QStringList oldPaths;
    QStringList newPaths;
    if (positional.size() == 2) {
        oldPaths = { positional[0] };
        newPaths = { positional[1] };
    } else if (positional.size() == 1 && session) {
        oldPaths = session->packagePaths;
        newPaths = { positional[0] };
    } else {
        return cl.usageError(err,
            positional.size() < 2 ? Tr::tr("give the OLD and the NEW release (or --session FILE and NEW)")
                                  : Tr::tr("give one OLD and one NEW release, not %1 paths").arg(positional.size()));
    }

    const std::optional<Review> oldReview = loadRelease(oldPaths, options, err);
    if (!oldReview)
        return BadInput;
    const std::optional<Review> newReview = loadRelease(newPaths, options, err);
    if (!newReview)
        return BadInput;
    const ReleaseComparison comparison = compareReleases(*oldReview, *newReview);
    std::optional<Carried> carried;
    if (session)
        carried = Carried { sessionFile, carryReview(*session, *oldReview, *newReview, comparison) };

    const Catalog& catalog = Catalog::bundled();
    if (!writeOutput({},
            json ? toJson(catalog, comparison, *oldReview, *newReview, carried)
                 : toText(catalog, comparison, oldPaths, newPaths, *oldReview, *newReview, carried).toStdString(),
            out, err))
        return BadInput;
    if (!failOn || !comparison.hasNewFindingAtLeast(*failOn))
        return Success;
    int tripping = 0;
    for (const Finding& f : comparison.newFindings)
        tripping += f.severity >= *failOn ? 1 : 0;
    write(err,
        Tr::tr("grantscope-cli compare: %1 new finding(s) at or above %2 (--fail-on-new)\n")
            .arg(tripping)
            .arg(QLatin1String(severityKey(*failOn))));
    return FindingsAtThreshold;
}

} // namespace grantscope::cli
