// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReviewReport.h"

#include "catalog/Catalog.h"
#include "policy/PolicyWriter.h"
#include "report/FindingPlace.h"
#include "report/ReviewReportHtmlParts.h"
#include "report/SubjectLabels.h"
#include "review/Review.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace grantscope {

namespace {

// Calls name their context in full: lupdate takes functions returning std::string for members of
// namespace std and would file the texts under the wrong context.
std::string u8(const QString& s)
{
    return s.toStdString();
}

int levelIndex(AccessLevel level)
{
    for (size_t i = 0; i < std::size(kAccessLevels); ++i)
        if (kAccessLevels[i] == level)
            return static_cast<int>(i);
    return 0;
}

// "kms:decrypt" as AWS writes it, "kms:Decrypt"; a name the catalogue does not know stays as it is.
void toAwsCase(const Catalog& catalog, std::vector<std::string>& actions)
{
    for (std::string& a : actions)
        if (const int index = catalog.findAction(a); index >= 0)
            a = catalog.actionName(index);
}

using reporthtml::mdEscape;

std::string place(const QString& file, const SourceLocation& location)
{
    std::string s = u8(file);
    if (location.isValid())
        s += ":" + std::to_string(location.line) + ":" + std::to_string(location.column);
    return s;
}

} // namespace

namespace reporthtml {

std::string mdEscape(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\\'
            || c == '#' || c == '&')
            out += '\\';
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out;
}
std::string mdEscape(const QString& s)
{
    return mdEscape(s.toStdString());
}

} // namespace reporthtml

int ReportServiceRow::totalBefore() const
{
    int n = 0;
    for (int v : before)
        n += v;
    return n;
}

int ReportServiceRow::totalAfter() const
{
    int n = 0;
    for (int v : after)
        n += v;
    return n;
}

ReportReleaseChanges reportReleaseChanges(
    const Catalog& catalog, const ReleaseComparison& comparison, const QStringList& oldPaths)
{
    ReportReleaseChanges changes;
    changes.oldPaths = oldPaths;
    for (const SubjectComparison& s : comparison.subjects) {
        if (s.status == SubjectStatus::Unchanged) {
            ++changes.unchanged;
            continue;
        }
        ReportSubjectChange row;
        row.kind = s.kind;
        row.name = s.name;
        row.status = s.status;
        row.widens = widensAccess(s);
        row.changes = subjectChangeLines(catalog, s);
        changes.subjects.push_back(std::move(row));
    }
    // What lets the vendor do more is what the reviewer must look at first.
    std::stable_sort(changes.subjects.begin(), changes.subjects.end(),
        [](const ReportSubjectChange& a, const ReportSubjectChange& b) { return a.widens && !b.widens; });
    changes.newFindings = comparison.newFindings;
    changes.resolvedFindings = comparison.resolvedFindings;
    return changes;
}

QString releaseChangesSummary(const ReportReleaseChanges& c)
{
    const int widening = static_cast<int>(
        std::count_if(c.subjects.begin(), c.subjects.end(), [](const ReportSubjectChange& s) { return s.widens; }));
    QString text = QCoreApplication::translate("ReviewReport", "Compared with the version reviewed before (%1).")
                       .arg(c.oldPaths.join(QStringLiteral(", ")));
    if (c.subjects.empty())
        text += QLatin1Char(' ') + QCoreApplication::translate("ReviewReport", "No subject's access changed.");
    else
        text += QLatin1Char(' ')
            + QCoreApplication::translate(
                "ReviewReport", "Subjects changed: %1, of which %2 can do more than before; unchanged: %3.")
                  .arg(c.subjects.size())
                  .arg(widening)
                  .arg(c.unchanged);
    text += QLatin1Char(' ')
        + QCoreApplication::translate("ReviewReport", "New findings: %1; resolved: %2.")
              .arg(c.newFindings.size())
              .arg(c.resolvedFindings.size());
    return text;
}

ReviewReport buildReviewReport(const Review& review, const ReviewSession* session, const BoundaryEvaluation* boundary)
{
    const Catalog& catalog = Catalog::bundled();
    const PackageAnalysis& analysis = review.analysis;
    ReviewReport r;
    r.title = QCoreApplication::translate("ReviewReport", "GrantScope review report");
    r.generated = QDateTime::currentDateTimeUtc();
    r.packagePaths = review.paths;
    r.files = review.files;
    r.subjects = analysis.subjects;
    if (session) {
        r.notes = session->notes;
        r.reviewer = session->reviewer;
        r.reviewed = session->modified;
        r.packageChanges = comparePackageFiles(session->packageFiles, review.files);
    }

    const SemanticDiff& diff = boundary ? boundary->diff : review.baseline;
    r.hasBoundary = boundary != nullptr;
    if (boundary) {
        r.conditionChoice = conditionChoiceText(boundary->choice);
        r.conditionalDenies = boundary->conditionalDenies;
    }

    for (size_t i = 0; i < analysis.findings.size(); ++i) {
        ReportFinding f;
        f.finding = analysis.findings[i];
        toAwsCase(catalog, f.finding.actions);
        if (session)
            f.verdict = session->verdict(f.finding);
        if (r.hasBoundary && i < diff.findings.size()) {
            f.state = diff.findings[i].state;
            f.surviving = diff.findings[i].surviving;
            toAwsCase(catalog, f.surviving);
            ++r.byMitigation[static_cast<size_t>(f.state)];
        }
        ++r.bySeverity[static_cast<size_t>(f.finding.severity)];
        ++r.byDecision[static_cast<size_t>(f.verdict.decision)];
        r.findings.push_back(std::move(f));
    }
    // The same verdicts and boundary outcomes give the score, its residue and the recommendation.
    const DecisionOf decision = [&](size_t i) { return r.findings[i].verdict.decision; };
    const MitigationOf mitigation
        = r.hasBoundary ? MitigationOf([&](size_t i) { return r.findings[i].state; }) : MitigationOf();
    r.residual = computeResidualRisk(analysis, decision, mitigation);
    r.risk = r.residual.before;
    r.recommendation
        = recommend(analysis.findings, decision, mitigation, session ? session->recommendation : std::nullopt);

    r.requested = diff.requested.count();
    r.before = diff.before.count();
    r.after = diff.after.count();
    std::map<int, ReportServiceRow> services;
    for (const ServiceLevelDiff& row : diff.rows) {
        ReportServiceRow& s = services[row.service];
        s.service = std::string(catalog.service(row.service).prefix);
        const auto level = static_cast<size_t>(levelIndex(row.level));
        s.before[level] += row.before;
        s.after[level] += r.hasBoundary ? row.after : row.before;
        if (r.hasBoundary)
            catalog.forEachSorted(row.removed, [&](int a) { s.removed.push_back(catalog.actionName(a)); });
    }
    for (auto& entry : services) {
        ReportServiceRow& row = entry.second;
        if (row.totalBefore() == 0)
            continue;
        if (r.hasBoundary)
            catalog.forEachSorted(diff.after & catalog.serviceActions(entry.first),
                [&](int a) { row.kept.push_back(catalog.actionName(a)); });
        std::sort(row.removed.begin(), row.removed.end());
        r.services.push_back(std::move(row));
    }
    std::stable_sort(r.services.begin(), r.services.end(),
        [](const ReportServiceRow& a, const ReportServiceRow& b) { return a.totalBefore() > b.totalBefore(); });
    if (r.hasBoundary) {
        for (const ReportServiceRow& s : r.services)
            if (s.totalAfter() != s.totalBefore())
                r.changedServices.push_back(s);
        std::stable_sort(r.changedServices.begin(), r.changedServices.end(),
            [](const ReportServiceRow& a, const ReportServiceRow& b) {
                const int da = a.totalBefore() - a.totalAfter();
                const int db = b.totalBefore() - b.totalAfter();
                return da != db ? da > db : a.service < b.service;
            });
    }

    // Paths relative to the package's folder: where the reviewer unpacked it is nobody's business, and the same
    // package reviewed on two machines gives the same report.
    r.packageRoot = commonFolder(review.paths);
    for (PackageFile& f : r.files)
        f.path = relativeTo(r.packageRoot, f.path);
    for (SubjectSummary& s : r.subjects)
        s.file = relativeTo(r.packageRoot, s.file);
    for (ReportFinding& rf : r.findings) {
        rf.finding.file = relativeTo(r.packageRoot, rf.finding.file);
        for (Evidence& e : rf.finding.evidence)
            e.file = relativeTo(r.packageRoot, e.file);
    }

    if (boundary) {
        // The policy as it would be attached: compacted for a draft, as written for a file.
        r.boundaryName = QString::fromStdString(boundary->draft.name);
        r.boundaryJson
            = boundary->compacted.json.empty() ? writePolicyJson(boundary->policy, 2) : boundary->compacted.json;
        r.boundarySize
            = boundary->compacted.json.empty() ? policySizeForLimits(boundary->policy) : boundary->compacted.size;
    }
    return r;
}

std::string reportToMarkdown(const ReviewReport& r)
{
    std::string md = "# " + mdEscape(r.title) + "\n\n";
    md += u8(QCoreApplication::translate("ReviewReport", "Generated %1 by GrantScope %2.")
                  .arg(r.generated.toString(Qt::ISODate), QStringLiteral(GRANTSCOPE_VERSION)))
        + "\n\n";
    const ReviewRecommendation& rec = r.recommendation;
    md += "## " + u8(QCoreApplication::translate("ReviewReport", "Recommendation")) + ": **"
        + mdEscape(recommendationName(rec.value)) + "**\n\n" + mdEscape(rec.reason) + "\n\n";
    md += "- " + u8(QCoreApplication::translate("ReviewReport", "Reviewer")) + ": "
        + (r.reviewer.isEmpty() ? u8(QCoreApplication::translate("ReviewReport", "(not named)")) : mdEscape(r.reviewer))
        + "\n- " + u8(QCoreApplication::translate("ReviewReport", "Date")) + ": "
        + u8((r.reviewed.isValid() ? r.reviewed : r.generated).toUTC().toString(Qt::ISODate)) + "\n";
    md += "- "
        + u8(QCoreApplication::translate("ReviewReport", "Risk score: %1/100 (%2) as the vendor asks")
                 .arg(r.residual.before.score)
                 .arg(r.residual.before.grade));
    if (r.residual.hasBoundary)
        md += ", "
            + u8(QCoreApplication::translate("ReviewReport", "%1/100 (%2) with the boundary")
                     .arg(r.residual.after.score)
                     .arg(r.residual.after.grade));
    md += "\n";
    if (!r.packageChanges.empty()) {
        md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "The package changed since the review"))
            + "\n\n";
        for (const QString& line : packageChangeLines(r.packageChanges))
            md += "- " + mdEscape(line) + "\n";
    }
    if (r.since) {
        const ReportReleaseChanges& c = *r.since;
        md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "What changed since the reviewed version"))
            + "\n\n" + mdEscape(releaseChangesSummary(c)) + "\n";
        for (const ReportSubjectChange& s : c.subjects) {
            md += "\n- **" + mdEscape(s.kind + " " + s.name) + "**"
                + (s.widens ? " — " + u8(QCoreApplication::translate("ReviewReport", "more access")) : std::string())
                + "\n";
            for (const QString& line : s.changes)
                md += "  - " + mdEscape(line) + "\n";
        }
        if (!c.newFindings.empty()) {
            md += "\n### " + u8(QCoreApplication::translate("ReviewReport", "New findings")) + "\n\n";
            for (const Finding& f : c.newFindings)
                md += "- " + u8(severityName(f.severity)) + ": " + mdEscape(f.title) + " ("
                    + mdEscape(place(f.file, f.location)) + ")\n";
        }
        if (!c.resolvedFindings.empty()) {
            md += "\n### " + u8(QCoreApplication::translate("ReviewReport", "Resolved findings")) + "\n\n";
            for (const Finding& f : c.resolvedFindings)
                md += "- " + u8(severityName(f.severity)) + ": " + mdEscape(f.title) + "\n";
        }
    }
    if (!r.files.empty()) {
        md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "Package files")) + "\n\n";
        if (!r.packageRoot.isEmpty())
            md += mdEscape(QCoreApplication::translate("ReviewReport", "Paths relative to %1.").arg(r.packageRoot))
                + "\n\n";
        md += "| " + u8(QCoreApplication::translate("ReviewReport", "File")) + " | "
            + u8(QCoreApplication::translate("ReviewReport", "Bytes")) + " | SHA-256 |\n| --- | ---: | --- |\n";
        for (const PackageFile& f : r.files)
            md += "| " + mdEscape(f.path) + " | " + std::to_string(f.bytes) + " | `" + f.sha256 + "` |\n";
    }
    // What the review could not see leads: nothing below speaks for it.
    bool anyNotReviewed = false;
    for (const ReportFinding& rf : r.findings) {
        if (!isNotReviewed(rf.finding))
            continue;
        if (!anyNotReviewed)
            md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "Not reviewed")) + "\n\n"
                + u8(QCoreApplication::translate("ReviewReport",
                    "These parts of the package can grant access and were not reviewed; the review does not "
                    "speak for them."))
                + "\n\n";
        anyNotReviewed = true;
        const Finding& f = rf.finding;
        md += "- " + mdEscape(place(f.file, f.location)) + ": "
            + mdEscape(f.resources.empty() ? f.subject : f.resources.front()) + " — " + mdEscape(f.rationale) + "\n";
    }
    md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "Summary")) + "\n\n";
    md += mdEscape(r.risk.explanation()) + "\n\n";
    md += "| " + u8(QCoreApplication::translate("ReviewReport", "Severity")) + " | "
        + u8(QCoreApplication::translate("ReviewReport", "Findings")) + " |\n| --- | ---: |\n";
    for (int s = 4; s >= 0; --s)
        md += "| " + u8(severityName(static_cast<Severity>(s))) + " | "
            + std::to_string(r.bySeverity[static_cast<size_t>(s)]) + " |\n";
    md += "\n| " + u8(QCoreApplication::translate("ReviewReport", "Decision")) + " | "
        + u8(QCoreApplication::translate("ReviewReport", "Findings")) + " |\n| --- | ---: |\n";
    for (int d = 0; d < 4; ++d)
        md += "| " + u8(findingDecisionName(static_cast<FindingDecision>(d))) + " | "
            + std::to_string(r.byDecision[static_cast<size_t>(d)]) + " |\n";
    if (!r.notes.isEmpty())
        md += "\n### " + u8(QCoreApplication::translate("ReviewReport", "Reviewer notes")) + "\n\n" + mdEscape(r.notes)
            + "\n";

    md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "Subjects")) + "\n\n| "
        + u8(QCoreApplication::translate("ReviewReport", "Name")) + " | "
        + u8(QCoreApplication::translate("ReviewReport", "Kind")) + " | "
        + u8(QCoreApplication::translate("ReviewReport", "File")) + " | "
        + u8(QCoreApplication::translate("ReviewReport", "Trusted principals")) + " | "
        + u8(QCoreApplication::translate("ReviewReport", "Actions")) + " | "
        + u8(QCoreApplication::translate("ReviewReport", "Deployed and created"))
        + " |\n| --- | --- | --- | --- | ---: | --- |\n";
    for (const SubjectSummary& s : r.subjects) {
        std::string principals;
        for (const std::string& p : s.trustedPrincipals)
            principals += (principals.empty() ? "" : ", ") + mdEscape(p);
        std::string where = mdEscape(deploymentText(s.deployment));
        if (!s.condition.empty())
            where += (where.empty() ? "" : "; ") + mdEscape(conditionalText(s.condition));
        md += "| " + mdEscape(s.name) + " | " + mdEscape(subjectKindName(s)) + " | "
            + mdEscape(place(s.file, s.location)) + " | " + principals + " | " + std::to_string(s.grantedActions)
            + " | " + where + " |\n";
    }

    md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "Findings")) + "\n";
    for (const ReportFinding& rf : r.findings) {
        const Finding& f = rf.finding;
        md += "\n### " + u8(severityName(f.severity)) + ": " + mdEscape(f.title)
            + (f.condition.empty() ? std::string()
                                   : " (" + u8(QCoreApplication::translate("ReviewReport", "conditional")) + ")")
            + "\n\n";
        md += "- " + u8(QCoreApplication::translate("ReviewReport", "Rule")) + ": `" + mdEscape(f.rule) + "` ("
            + mdEscape(f.category) + ")\n";
        if (!f.subject.empty()) {
            md += "- " + u8(QCoreApplication::translate("ReviewReport", "Subject")) + ": " + mdEscape(f.subject);
            if (const SubjectSummary* subject = subjectNamed(r.subjects, f.subject)) {
                md += " (" + mdEscape(subjectKindName(*subject)) + ")";
                if (!subject->deployment.empty())
                    md += "; " + mdEscape(deploymentText(subject->deployment));
            }
            md += "\n";
        }
        md += "- " + u8(QCoreApplication::translate("ReviewReport", "Where")) + ": "
            + mdEscape(place(f.file, f.location)) + "\n";
        if (!f.condition.empty())
            md += "- " + mdEscape(conditionalText(f.condition)) + "\n";
        if (!f.severityReason.isEmpty())
            md += "- " + u8(QCoreApplication::translate("ReviewReport", "Severity")) + ": " + mdEscape(f.severityReason)
                + "\n";
        md += "- " + u8(QCoreApplication::translate("ReviewReport", "Decision")) + ": "
            + u8(findingDecisionName(rf.verdict.decision)) + "\n";
        if (!rf.verdict.note.isEmpty())
            md += "- " + u8(QCoreApplication::translate("ReviewReport", "Note")) + ": " + mdEscape(rf.verdict.note)
                + "\n";
        if (r.hasBoundary && rf.state != MitigationState::NotApplicable)
            md += "- " + u8(QCoreApplication::translate("ReviewReport", "Under the boundary")) + ": "
                + mitigationStateKey(rf.state) + "\n";
        if (!f.actions.empty()) {
            md += "- " + u8(QCoreApplication::translate("ReviewReport", "Actions")) + " ("
                + std::to_string(f.actions.size()) + "): ";
            for (size_t i = 0; i < f.actions.size() && i < 20; ++i)
                md += (i ? ", " : "") + mdEscape(f.actions[i]);
            md += f.actions.size() > 20 ? ", …\n" : "\n";
        }
        for (const Evidence& e : f.evidence)
            md += "- " + u8(QCoreApplication::translate("ReviewReport", "Evidence")) + ": "
                + mdEscape(place(e.file, e.location)) + " " + mdEscape(e.policy)
                + (e.sid.empty() ? "" : " / " + mdEscape(e.sid)) + "\n";
        md += "\n" + mdEscape(f.rationale) + "\n\n**" + u8(QCoreApplication::translate("ReviewReport", "Mitigation"))
            + ":** " + mdEscape(f.mitigation) + "\n";
    }

    if (r.hasBoundary) {
        md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "What the boundary changes")) + "\n\n";
        md += u8(QCoreApplication::translate(
                  "ReviewReport", "%1 actions requested, %2 allowed before the boundary, %3 after.")
                      .arg(r.requested)
                      .arg(r.before)
                      .arg(r.after))
            + " "
            + u8(QCoreApplication::translate(
                "ReviewReport", "Findings mitigated: %1, partly mitigated: %2, remaining: %3.")
                     .arg(r.byMitigation[0])
                     .arg(r.byMitigation[1])
                     .arg(r.byMitigation[2]))
            + "\n\n| " + u8(QCoreApplication::translate("ReviewReport", "Service")) + " | "
            + u8(QCoreApplication::translate("ReviewReport", "Removed")) + " | "
            + u8(QCoreApplication::translate("ReviewReport", "Kept")) + " | "
            + u8(QCoreApplication::translate("ReviewReport", "Actions removed")) + " |\n| --- | ---: | ---: | --- |\n";
        for (const ReportServiceRow& s : r.changedServices) {
            std::string removed;
            for (size_t i = 0; i < s.removed.size() && i < 12; ++i)
                removed += (i ? ", " : "") + mdEscape(s.removed[i]);
            if (s.removed.size() > 12)
                removed += ", …";
            md += "| " + mdEscape(s.service) + " | " + std::to_string(s.totalBefore() - s.totalAfter()) + " | "
                + std::to_string(s.totalAfter()) + " | " + removed + " |\n";
        }
        md += "\n" + mdEscape(r.conditionChoice) + "\n";
        if (!r.conditionalDenies.empty())
            md += "\n### " + u8(QCoreApplication::translate("ReviewReport", "Conditional denies")) + "\n\n";
        for (const ConditionalDenyNote& d : r.conditionalDenies) {
            std::string actions;
            for (const std::string& a : d.actions)
                actions += (actions.empty() ? "" : ", ") + mdEscape(a);
            std::string conditions;
            for (const std::string& c : d.conditions)
                conditions += (conditions.empty() ? "" : "; ") + mdEscape(c);
            md += "- " + (d.sid.empty() ? "#" + std::to_string(d.statement + 1) : mdEscape(d.sid)) + ": " + actions
                + " (" + conditions + "): "
                + u8(d.counted ? QCoreApplication::translate("ReviewReport", "counted")
                               : QCoreApplication::translate("ReviewReport", "not counted"))
                + "\n";
        }
        md += "\n### " + u8(QCoreApplication::translate("ReviewReport", "Boundary policy")) + "\n\n```json\n"
            + r.boundaryJson + "```\n";
    }
    return md;
}

} // namespace grantscope
