// SPDX-License-Identifier: GPL-3.0-or-later
// reportToHtml: the review report as one self-contained HTML document a manager can read and print.
#include "report/ReportCharts.h"
#include "report/ReviewReport.h"
#include "report/SubjectLabels.h"
#include "review/ReviewSession.h"

#include <QCoreApplication>

namespace grantscope {

namespace {

// Calls name their context in full: lupdate takes functions returning std::string for members of
// namespace std and would file the texts under the wrong context.
QString tr(const char* text)
{
    return QCoreApplication::translate("ReviewReport", text);
}
std::string esc(std::string_view s)
{
    return ReportCharts::escape(s);
}
std::string esc(const QString& s)
{
    return ReportCharts::escape(s.toStdString());
}
std::string t(const char* text)
{
    return esc(tr(text));
}

const char* kStyle = R"css(
body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1f2937; margin: 0 auto; max-width: 980px;
       padding: 24px 32px; line-height: 1.45; font-size: 14px; }
h1 { font-size: 26px; margin: 0 0 4px 0; color: #111827; }
h2 { font-size: 20px; margin: 32px 0 10px 0; padding-bottom: 4px; border-bottom: 2px solid #e5e7eb; color: #111827; }
h3 { font-size: 16px; margin: 0 0 6px 0; }
.meta { color: #6b7280; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px 0; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #e5e7eb; }
th { background: #f9fafb; font-weight: 600; color: #374151; }
td.num, th.num { text-align: right; }
code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
pre { background: #f9fafb; border: 1px solid #e5e7eb; padding: 8px; white-space: pre-wrap; word-break: break-all; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 9px; color: #ffffff; font-size: 11px;
         font-weight: bold; text-transform: uppercase; letter-spacing: 0.03em; }
.score { font-size: 40px; font-weight: bold; }
.grade { font-size: 40px; font-weight: bold; padding: 0 14px; border-radius: 6px; color: #ffffff; }
.finding { border: 1px solid #e5e7eb; border-left-width: 5px; padding: 10px 14px; margin: 12px 0;
           page-break-inside: avoid; }
.finding table { width: auto; margin: 4px 0; }
.finding td { border: none; padding: 1px 10px 1px 0; }
.label { color: #6b7280; white-space: nowrap; }
.actions { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11px; color: #374151; }
.note { background: #fffbeb; border-left: 3px solid #f59e0b; padding: 4px 8px; }
.diff td { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11px; padding: 0 6px;
           white-space: pre-wrap; border: none; }
.diff .removed { background: #fee2e2; } .diff .added { background: #dcfce7; } .diff .changed { background: #fef3c7; }
.chart { margin: 6px 0 12px 0; }
.cond { display: inline-block; padding: 0 6px; border: 1px dashed #7c3aed; border-radius: 9px; color: #6d28d9;
        font-size: 11px; font-weight: bold; white-space: nowrap; }
.kind { color: #374151; font-size: 12px; }
.unreviewed { border: 2px solid #b91c1c; background: #fef2f2; padding: 8px 14px; margin: 16px 0; }
.unreviewed h2 { color: #991b1b; border-bottom-color: #fecaca; margin-top: 4px; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } h2 { page-break-after: avoid; }
               .finding, table, svg { page-break-inside: avoid; } a { color: inherit; text-decoration: none; } }
)css";

std::string badge(Severity s)
{
    return std::string("<span class=\"badge\" style=\"background-color:")
        + ReportCharts::severityColor(static_cast<int>(s)) + "\">" + esc(severityName(s)) + "</span>";
}

// A dashed "conditional" pill with the condition as its hover text.
std::string conditionalBadge(const std::string& condition)
{
    if (condition.empty())
        return {};
    return "<span class=\"cond\" title=\"" + esc(condition) + "\">"
        + esc(QCoreApplication::translate("ReviewReport", "conditional")) + "</span>";
}

const char* gradeColor(QChar grade)
{
    switch (grade.toLatin1()) {
    case 'A':
        return "#15803d";
    case 'B':
        return "#65a30d";
    case 'C':
        return "#d97706";
    case 'D':
        return "#ea580c";
    default:
        return "#b91c1c";
    }
}

QString stateName(MitigationState s)
{
    switch (s) {
    case MitigationState::Mitigated:
        return QCoreApplication::translate("ReviewReport", "Mitigated");
    case MitigationState::Partial:
        return QCoreApplication::translate("ReviewReport", "Partly mitigated");
    case MitigationState::Remaining:
        return QCoreApplication::translate("ReviewReport", "Remaining");
    case MitigationState::NotApplicable:
        break;
    }
    return QCoreApplication::translate("ReviewReport", "Not affected");
}

std::string place(const QString& file, const SourceLocation& l)
{
    std::string s = esc(file);
    if (l.isValid())
        s += ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
    return s;
}

std::string list(const std::vector<std::string>& items, size_t max)
{
    std::string s;
    for (size_t i = 0; i < items.size() && i < max; ++i)
        s += (i ? ", " : "") + esc(items[i]);
    if (items.size() > max)
        s += esc(QCoreApplication::translate("ReviewReport", ", … and %1 more").arg(items.size() - max));
    return s;
}

// Only web references become links; anything else is shown as text, never as an active URL.
std::string reference(const std::string& url)
{
    if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0)
        return "<a href=\"" + esc(url) + "\">" + esc(url) + "</a>";
    return esc(url);
}

std::string row(const char* label, const std::string& value)
{
    return "<tr><td class=\"label\">" + t(label) + "</td><td>" + value + "</td></tr>";
}

void summary(const ReviewReport& r, std::string& h)
{
    h += "<h2>" + esc(QCoreApplication::translate("ReviewReport", "Summary")) + "</h2>";
    h += "<table width=\"100%\"><tr><td width=\"50%\" style=\"width:50%;border:none\">";
    h += "<span class=\"score\">" + std::to_string(r.risk.score) + "</span><span class=\"meta\"> / 100</span> &nbsp; ";
    h += std::string("<span class=\"grade\" style=\"background-color:") + gradeColor(r.risk.grade) + "\">"
        + esc(QString(r.risk.grade)) + "</span>";
    h += "<p>" + esc(r.risk.explanation()) + "</p>";
    h += "<table width=\"100%\"><tr><th>" + esc(QCoreApplication::translate("ReviewReport", "Decision"))
        + "</th><th class=\"num\">" + esc(QCoreApplication::translate("ReviewReport", "Findings")) + "</th></tr>";
    for (int d = 0; d < 4; ++d)
        h += "<tr><td>" + esc(findingDecisionName(static_cast<FindingDecision>(d))) + "</td><td class=\"num\">"
            + std::to_string(r.byDecision[static_cast<size_t>(d)]) + "</td></tr>";
    h += "</table></td><td width=\"50%\" style=\"border:none\">";
    h += "<table width=\"100%\"><tr><th>" + esc(QCoreApplication::translate("ReviewReport", "Severity"))
        + "</th><th class=\"num\">" + esc(QCoreApplication::translate("ReviewReport", "Findings")) + "</th></tr>";
    std::array<std::string, 5> names;
    for (int s = 4; s >= 0; --s) {
        names[static_cast<size_t>(s)] = severityName(static_cast<Severity>(s)).toStdString();
        h += "<tr><td>" + badge(static_cast<Severity>(s)) + "</td><td class=\"num\">"
            + std::to_string(r.bySeverity[static_cast<size_t>(s)]) + "</td></tr>";
    }
    h += "</table><div class=\"chart\">" + ReportCharts::severityBars(r.bySeverity, names) + "</div></td></tr></table>";
    if (r.hasBoundary)
        h += "<p>"
            + esc(QCoreApplication::translate("ReviewReport",
                "With the boundary %1, %2 of the %3 allowed actions remain. Findings mitigated: %4, partly "
                "mitigated: %5, remaining: %6.")
                      .arg(r.boundaryName)
                      .arg(r.after)
                      .arg(r.before)
                      .arg(r.byMitigation[0])
                      .arg(r.byMitigation[1])
                      .arg(r.byMitigation[2]))
            + "</p>";
    if (!r.notes.isEmpty())
        h += "<h3>" + esc(QCoreApplication::translate("ReviewReport", "Reviewer notes")) + "</h3><p class=\"note\">"
            + esc(r.notes) + "</p>";
}

// What the review could not see, before anything else: nothing below speaks for it.
void notReviewed(const ReviewReport& r, std::string& h)
{
    std::string items;
    for (const ReportFinding& rf : r.findings) {
        if (!isNotReviewed(rf.finding))
            continue;
        const Finding& f = rf.finding;
        items += "<li><code>" + place(f.file, f.location) + "</code> <b>"
            + esc(f.resources.empty() ? f.subject : f.resources.front()) + "</b> — " + esc(f.rationale) + "</li>";
    }
    if (items.empty())
        return;
    h += "<div class=\"unreviewed\" id=\"not-reviewed\"><h2>" + t(QT_TRANSLATE_NOOP("ReviewReport", "Not reviewed"))
        + "</h2><p>"
        + t(QT_TRANSLATE_NOOP("ReviewReport",
            "These parts of the package can grant access and were not reviewed; the review does not speak for them."))
        + "</p><ul>" + items + "</ul></div>";
}

std::string subjectKind(const SubjectSummary& s)
{
    std::string h = "<span class=\"kind\">" + esc(subjectKindName(s)) + "</span>";
    if (!s.deployment.empty())
        h += "<br><span class=\"meta\">" + esc(deploymentText(s.deployment)) + "</span>";
    if (!s.condition.empty())
        h += "<br>" + conditionalBadge(s.condition) + " <span class=\"meta\">" + esc(s.condition) + "</span>";
    return h;
}

void subjects(const ReviewReport& r, std::string& h)
{
    h += "<h2>" + esc(QCoreApplication::translate("ReviewReport", "What the package asks for")) + "</h2><table><tr><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Name")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Kind")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Policies")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Trusted principals")) + "</th><th class=\"num\">"
        + esc(QCoreApplication::translate("ReviewReport", "Actions")) + "</th></tr>";
    for (const SubjectSummary& s : r.subjects)
        h += "<tr><td><b>" + esc(s.name) + "</b><br><span class=\"meta\">" + place(s.file, s.location)
            + "</span></td><td>" + subjectKind(s) + "</td><td>" + list(s.policies, 8) + "</td><td class=\"actions\">"
            + list(s.trustedPrincipals, 6) + "</td><td class=\"num\">" + std::to_string(s.grantedActions)
            + "</td></tr>";
    h += "</table>";
    if (r.services.empty())
        return;
    std::array<std::string, 5> levels;
    for (size_t l = 0; l < 5; ++l)
        levels[l] = accessLevelName(kAccessLevels[l]).toStdString();
    h += "<h3>" + esc(QCoreApplication::translate("ReviewReport", "Access levels per service"))
        + "</h3><div class=\"chart\">"
        + ReportCharts::serviceLevels(r.services, r.hasBoundary, levels,
            QCoreApplication::translate("ReviewReport", "after the boundary").toStdString())
        + "</div>";
}

void findings(const ReviewReport& r, std::string& h)
{
    h += "<h2>" + esc(QCoreApplication::translate("ReviewReport", "Findings")) + "</h2><table><tr><th>#</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Severity")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Finding")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Subject")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Decision")) + "</th>"
        + (r.hasBoundary ? "<th>" + esc(QCoreApplication::translate("ReviewReport", "Boundary")) + "</th>"
                         : std::string())
        + "</tr>";
    for (size_t i = 0; i < r.findings.size(); ++i) {
        const ReportFinding& rf = r.findings[i];
        h += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + badge(rf.finding.severity) + "</td><td><a href=\"#f"
            + std::to_string(i + 1) + "\">" + esc(rf.finding.title) + "</a>"
            + (rf.finding.condition.empty() ? std::string() : " " + conditionalBadge(rf.finding.condition))
            + "</td><td>" + esc(rf.finding.subject) + "</td><td>" + esc(findingDecisionName(rf.verdict.decision))
            + "</td>" + (r.hasBoundary ? "<td>" + esc(stateName(rf.state)) + "</td>" : std::string()) + "</tr>";
    }
    h += "</table>";
    for (size_t i = 0; i < r.findings.size(); ++i) {
        const ReportFinding& rf = r.findings[i];
        const Finding& f = rf.finding;
        h += std::string("<div class=\"finding\" id=\"f") + std::to_string(i + 1)
            + "\" style=\"border-left-color:" + ReportCharts::severityColor(static_cast<int>(f.severity)) + "\"><h3>"
            + std::to_string(i + 1) + ". " + badge(f.severity) + " " + esc(f.title)
            + (f.condition.empty() ? std::string() : " " + conditionalBadge(f.condition)) + "</h3><table>";
        h += row(
            QT_TRANSLATE_NOOP("ReviewReport", "Rule"), "<code>" + esc(f.rule) + "</code> (" + esc(f.category) + ")");
        if (!f.subject.empty()) {
            std::string subject = esc(f.subject);
            if (const SubjectSummary* s = subjectNamed(r.subjects, f.subject)) {
                subject += " <span class=\"kind\">(" + esc(subjectKindName(*s)) + ")</span>";
                if (!s->deployment.empty())
                    subject += "<br><span class=\"meta\">" + esc(deploymentText(s->deployment)) + "</span>";
            }
            h += row(QT_TRANSLATE_NOOP("ReviewReport", "Subject"), subject);
        }
        h += row(QT_TRANSLATE_NOOP("ReviewReport", "Where"), "<code>" + place(f.file, f.location) + "</code>");
        if (!f.condition.empty())
            h += row(QT_TRANSLATE_NOOP("ReviewReport", "Created"),
                conditionalBadge(f.condition) + " " + esc(conditionalText(f.condition)));
        h += row(QT_TRANSLATE_NOOP("ReviewReport", "Decision"),
            "<b>" + esc(findingDecisionName(rf.verdict.decision)) + "</b>");
        if (r.hasBoundary && rf.state != MitigationState::NotApplicable)
            h += row(QT_TRANSLATE_NOOP("ReviewReport", "Under the boundary"),
                esc(stateName(rf.state))
                    + (rf.surviving.empty()
                            ? std::string()
                            : " — " + esc(QCoreApplication::translate("ReviewReport", "still allowed: "))
                                + "<span class=\"actions\">" + list(rf.surviving, 12) + "</span>"));
        if (!f.severityReason.isEmpty())
            h += row(QT_TRANSLATE_NOOP("ReviewReport", "Severity"), esc(f.severityReason));
        if (!f.actions.empty())
            h += row(QT_TRANSLATE_NOOP("ReviewReport", "Actions"),
                "<span class=\"actions\">" + list(f.actions, 30) + "</span>");
        if (!f.resources.empty())
            h += row(QT_TRANSLATE_NOOP("ReviewReport", "Resources"),
                "<span class=\"actions\">" + list(f.resources, 10) + "</span>");
        for (const Evidence& e : f.evidence)
            h += row(QT_TRANSLATE_NOOP("ReviewReport", "Evidence"),
                "<code>" + place(e.file, e.location) + "</code> " + esc(e.policy)
                    + (e.sid.empty() ? std::string() : " / Sid " + esc(e.sid)));
        h += "</table>";
        if (!rf.verdict.note.isEmpty())
            h += "<p class=\"note\"><b>" + esc(QCoreApplication::translate("ReviewReport", "Reviewer's note:"))
                + "</b> " + esc(rf.verdict.note) + "</p>";
        h += "<p>" + esc(f.rationale) + "</p><p><b>" + esc(QCoreApplication::translate("ReviewReport", "Mitigation:"))
            + "</b> " + esc(f.mitigation) + "</p>";
        if (!f.references.empty()) {
            h += "<p class=\"meta\">" + esc(QCoreApplication::translate("ReviewReport", "References:"));
            for (const std::string& ref : f.references)
                h += " " + reference(ref);
            h += "</p>";
        }
        h += "</div>";
    }
}

// How conditions were decided, and every conditional deny with whether that decision counts it.
void conditionalDenies(const ReviewReport& r, std::string& h)
{
    h += "<p class=\"meta\">" + esc(r.conditionChoice) + "</p>";
    if (r.conditionalDenies.empty())
        return;
    h += "<h3>" + esc(QCoreApplication::translate("ReviewReport", "Conditional denies")) + "</h3><table><tr><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Statement")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Actions")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Conditions")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Counted")) + "</th></tr>";
    for (const ConditionalDenyNote& d : r.conditionalDenies)
        h += "<tr><td>" + (d.sid.empty() ? "#" + std::to_string(d.statement + 1) : esc(d.sid))
            + "</td><td class=\"actions\">" + list(d.actions, 15) + "</td><td class=\"actions\">"
            + list(d.conditions, 10) + "</td><td>"
            + esc(d.counted ? QCoreApplication::translate("ReviewReport", "counted")
                            : QCoreApplication::translate("ReviewReport", "not counted"))
            + "</td></tr>";
    h += "</table>";
}

void boundary(const ReviewReport& r, std::string& h)
{
    if (!r.hasBoundary)
        return;
    h += "<h2>" + esc(QCoreApplication::translate("ReviewReport", "What the boundary changes")) + "</h2><p>"
        + esc(QCoreApplication::translate("ReviewReport",
            "For a request without condition keys: %1 actions requested, %2 allowed before the boundary, %3 after.")
                  .arg(r.requested)
                  .arg(r.before)
                  .arg(r.after))
        + "</p>";
    conditionalDenies(r, h);
    h += "<table><tr><th>" + esc(QCoreApplication::translate("ReviewReport", "Service")) + "</th>";
    for (AccessLevel l : kAccessLevels)
        h += "<th class=\"num\">" + esc(accessLevelName(l)) + "</th>";
    h += "<th>" + esc(QCoreApplication::translate("ReviewReport", "Removed by the boundary")) + "</th></tr>";
    for (const ReportServiceRow& s : r.services) {
        h += "<tr><td><b>" + esc(s.service) + "</b></td>";
        for (size_t l = 0; l < 5; ++l)
            h += "<td class=\"num\">"
                + (s.before[l] == s.after[l] ? std::to_string(s.before[l])
                                             : std::to_string(s.before[l]) + " → " + std::to_string(s.after[l]))
                + "</td>";
        h += "<td class=\"actions\">" + list(s.removed, 15) + "</td></tr>";
    }
    h += "</table><h3>" + esc(QCoreApplication::translate("ReviewReport", "Boundary policy"))
        + "</h3><p class=\"meta\">"
        + esc(QCoreApplication::translate("ReviewReport", "%1 of 6,144 characters").arg(r.boundarySize)) + "</p><pre>"
        + esc(r.boundaryJson) + "</pre>";
    for (const ReportTextDiff& d : r.textDiffs) {
        h += "<h3>"
            + esc(QCoreApplication::translate("ReviewReport", "Vendor policy %1 beside the boundary")
                      .arg(QString::fromStdString(d.policy)))
            + "</h3><table class=\"diff\">";
        for (const DiffLine& line : d.diff.lines) {
            const char* cls = line.change == LineChange::Removed ? "removed"
                : line.change == LineChange::Added               ? "added"
                : line.change == LineChange::Changed             ? "changed"
                                                                 : "";
            h += std::string("<tr class=\"") + cls + "\"><td>" + esc(line.left) + "</td><td>" + esc(line.right)
                + "</td></tr>";
        }
        h += "</table>";
    }
}

} // namespace

std::string reportToHtml(const ReviewReport& r)
{
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + esc(r.title) + "</title><style>" + kStyle + "</style></head><body>\n";
    h += "<h1>" + esc(r.title) + "</h1><p class=\"meta\">"
        + esc(QCoreApplication::translate("ReviewReport", "Generated %1 by GrantScope %2")
                  .arg(r.generated.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                      QStringLiteral(GRANTSCOPE_VERSION)));
    for (const QString& p : r.packagePaths)
        h += "<br>" + esc(QCoreApplication::translate("ReviewReport", "Package: %1").arg(p));
    h += "</p>\n";
    notReviewed(r, h);
    summary(r, h);
    h += "\n";
    subjects(r, h);
    h += "\n";
    findings(r, h);
    h += "\n";
    boundary(r, h);
    h += "\n</body></html>\n";
    return h;
}

} // namespace grantscope
