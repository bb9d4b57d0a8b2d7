// SPDX-License-Identifier: GPL-3.0-or-later
// reportToHtml: the review report as one self-contained HTML document a manager can read, print and sign.
#include "report/Palette.h"
#include "report/ReportCharts.h"
#include "report/ReviewReport.h"
#include "report/ReviewReportHtmlParts.h"
#include "report/SubjectLabels.h"
#include "review/ReviewSession.h"

#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "ReviewReport" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)
};

} // namespace

namespace reporthtml {

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
    return esc(Tr::tr(text));
}

std::string breakable(std::string_view s)
{
    // Only a long run without spaces (an ARN, a path, a list of actions) needs places to wrap: after ':', '/'
    // and ','; and where a part between them is still long (a role named
    // "AWSIoTManagedIntegrationsFullAccess"), after '-', '_' or between a lower-case letter and a capital, so
    // that no name runs out of its table column. Never before a file's extension.
    constexpr size_t kLongRun = 30;
    constexpr size_t kLongPart = 20;
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    std::string out;
    size_t from = 0;
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        run = c == ' ' ? 0 : run + 1;
        const bool separator = c == ':' || c == '/' || c == ',';
        const bool withinPart = c == '-' || c == '_' || (lower(c) && i + 1 < s.size() && upper(s[i + 1]));
        if ((separator || (withinPart && i + 1 - from >= kLongPart)) && i + 1 < s.size() && run > 0
            && std::min(s.find(' ', i), s.size()) - (i + 1 - run) > kLongRun) {
            out += esc(s.substr(from, i + 1 - from)) + "<wbr>";
            from = i + 1;
        }
    }
    return out + esc(s.substr(from));
}

std::string badge(Severity s)
{
    return std::string("<span class=\"badge\" style=\"background-color:")
        + ReportCharts::severityColor(static_cast<int>(s)) + "\">" + esc(severityName(s)) + "</span>";
}

std::string place(const QString& file, const SourceLocation& l)
{
    std::string s = breakable(file.toStdString());
    if (l.isValid())
        s += ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
    return s;
}

std::string list(const std::vector<std::string>& items, size_t max)
{
    std::string s;
    for (size_t i = 0; i < items.size() && i < max; ++i)
        s += (i ? ", " : "") + breakable(items[i]);
    if (items.size() > max)
        s += esc(QCoreApplication::translate("ReviewReport", ", … and %1 more").arg(items.size() - max));
    return s;
}

std::string scopeRows(const Finding& f)
{
    std::string h;
    if (!f.actions.empty())
        h += row(
            QT_TRANSLATE_NOOP("ReviewReport", "Actions"), "<span class=\"actions\">" + list(f.actions, 30) + "</span>");
    if (!f.resources.empty())
        h += row(QT_TRANSLATE_NOOP("ReviewReport", "Resources"),
            "<span class=\"actions\">" + list(f.resources, 10) + "</span>");
    return h;
}

} // namespace reporthtml

namespace reporthtml {

const char* const kStyle = R"css(
body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1f2937; margin: 0 auto; max-width: 980px;
       padding: 24px 32px; line-height: 1.45; font-size: 14px; }
h1 { font-size: 26px; margin: 0 0 4px 0; color: #111827; }
h2 { font-size: 20px; margin: 28px 0 10px 0; padding-bottom: 4px; border-bottom: 2px solid #e5e7eb; color: #111827; }
h3 { font-size: 16px; margin: 14px 0 6px 0; }
.meta { color: #6b7280; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px 0; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #e5e7eb; }
th { background: #f9fafb; font-weight: 600; color: #374151; }
td.num, th.num { text-align: right; white-space: nowrap; }
code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
pre { background: #f9fafb; border: 1px solid #e5e7eb; padding: 8px; white-space: pre-wrap; overflow-wrap: break-word; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 9px; color: #ffffff; font-size: 11px;
         font-weight: bold; text-transform: uppercase; letter-spacing: 0.03em; white-space: nowrap; }
.score { font-size: 40px; font-weight: bold; }
.grade { font-size: 28px; font-weight: bold; padding: 0 12px; border-radius: 6px; color: #ffffff; }
.finding { border: 1px solid #e5e7eb; border-left-width: 5px; padding: 10px 14px; margin: 12px 0; }
.finding table { width: auto; margin: 4px 0; }
.finding td { border: none; padding: 1px 10px 1px 0; }
.label { color: #6b7280; white-space: nowrap; }
.actions { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11px; color: #374151; }
.hash { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11px; white-space: nowrap; }
.note { background: #fffbeb; border-left: 3px solid #f59e0b; padding: 4px 8px; }
.chart { margin: 6px 0 12px 0; }
.cond { display: inline-block; padding: 0 6px; border: 1px dashed #7c3aed; border-radius: 9px; color: #6d28d9;
        font-size: 11px; font-weight: bold; white-space: nowrap; }
.kind { color: #374151; font-size: 12px; }
.unreviewed { border: 2px solid #b91c1c; background: #fef2f2; padding: 8px 14px; margin: 16px 0; }
.unreviewed h2 { color: #991b1b; border-bottom-color: #fecaca; margin-top: 4px; }
.changed { border: 2px solid #b45309; background: #fffbeb; padding: 8px 14px; margin: 12px 0; }
table.verdict { border-collapse: separate; margin: 14px 0 6px 0; }
table.verdict td { border: none; padding: 10px 16px; }
.verdict .what { font-size: 22px; font-weight: bold; }
.signoff { margin: 22px 0 8px 0; color: #374151; }
.removed { color: #991b1b; } .kept { color: #166534; }
section.block { break-inside: avoid; page-break-inside: avoid; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } h2, h3 { break-after: avoid; page-break-after: avoid; }
               tr, .finding, svg { break-inside: avoid; page-break-inside: avoid; } a { color: inherit; text-decoration: none; } }
)css";

std::string conditionalBadge(const std::string& condition)
{
    if (condition.empty())
        return {};
    return "<span class=\"cond\" title=\"" + esc(condition) + "\">"
        + esc(QCoreApplication::translate("ReviewReport", "conditional")) + "</span>";
}

std::string reference(const std::string& url)
{
    if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0)
        return "<a href=\"" + esc(url) + "\">" + breakable(url) + "</a>";
    return breakable(url);
}

std::string row(const char* label, const std::string& value)
{
    return "<tr><td class=\"label\">" + t(label) + "</td><td>" + value + "</td></tr>";
}

} // namespace reporthtml

namespace {

using namespace reporthtml;

QString stateName(MitigationState s)
{
    switch (s) {
    case MitigationState::Mitigated:
        return Tr::tr("Mitigated");
    case MitigationState::Partial:
        return Tr::tr("Partly mitigated");
    case MitigationState::Remaining:
        return Tr::tr("Remaining");
    case MitigationState::NotApplicable:
        break;
    }
    return Tr::tr("Not affected");
}

void summary(const ReviewReport& r, std::string& h)
{
    h += kBlockOpen;
    h += "<h2>" + esc(Tr::tr("Findings and decisions")) + "</h2>";
    h += "<table width=\"100%\"><tr><td width=\"50%\" style=\"width:50%;border:none\">";
    h += "<table width=\"100%\"><tr><th>" + esc(Tr::tr("Decision")) + "</th><th class=\"num\">"
        + esc(Tr::tr("Findings")) + "</th></tr>";
    for (int d = 0; d < 4; ++d)
        h += "<tr><td>" + esc(findingDecisionName(static_cast<FindingDecision>(d))) + "</td><td class=\"num\">"
            + std::to_string(r.byDecision[static_cast<size_t>(d)]) + "</td></tr>";
    h += "</table><p>" + esc(r.risk.explanation()) + "</p></td><td width=\"50%\" style=\"border:none\">";
    h += "<table width=\"100%\"><tr><th>" + esc(Tr::tr("Severity")) + "</th><th class=\"num\">"
        + esc(Tr::tr("Findings")) + "</th></tr>";
    std::array<std::string, 5> names;
    for (int s = 4; s >= 0; --s) {
        names[static_cast<size_t>(s)] = severityName(static_cast<Severity>(s)).toStdString();
        h += "<tr><td>" + badge(static_cast<Severity>(s)) + "</td><td class=\"num\">"
            + std::to_string(r.bySeverity[static_cast<size_t>(s)]) + "</td></tr>";
    }
    h += "</table><div class=\"chart\">" + ReportCharts::severityBars(r.bySeverity, names) + "</div></td></tr></table>";
    h += kBlockClose;
    if (!r.notes.isEmpty())
        h += kBlockOpen + ("<h3>" + esc(Tr::tr("Reviewer notes")) + "</h3><p class=\"note\">" + esc(r.notes) + "</p>")
            + kBlockClose;
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
            + breakable(f.resources.empty() ? f.subject : f.resources.front()) + "</b> — " + esc(f.rationale) + "</li>";
    }
    if (items.empty())
        return;
    h += kBlockOpen;
    h += "<div class=\"unreviewed\" id=\"not-reviewed\"><h2>" + t(QT_TRANSLATE_NOOP("ReviewReport", "Not reviewed"))
        + "</h2><p>"
        + t(QT_TRANSLATE_NOOP("ReviewReport",
            "These parts of the package can grant access and were not reviewed; the review does not speak for them."))
        + "</p><ul>" + items + "</ul></div>";
    h += kBlockClose;
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
    h += kBlockOpen;
    h += "<h2>" + esc(Tr::tr("What the package asks for")) + "</h2><table><thead><tr><th>" + esc(Tr::tr("Name"))
        + "</th><th>" + esc(Tr::tr("Kind")) + "</th><th>" + esc(Tr::tr("Policies")) + "</th><th>"
        + esc(Tr::tr("Trusted principals")) + "</th><th class=\"num\">" + esc(Tr::tr("Actions")) + "</th></tr></thead>";
    for (const SubjectSummary& s : r.subjects)
        h += "<tr><td><b>" + breakable(s.name) + "</b><br><span class=\"meta\">" + place(s.file, s.location)
            + "</span></td><td>" + subjectKind(s) + "</td><td>" + list(s.policies, 8) + "</td><td class=\"actions\">"
            + list(s.trustedPrincipals, 6) + "</td><td class=\"num\">" + std::to_string(s.grantedActions)
            + "</td></tr>";
    h += "</table>";
    h += kBlockClose;
    if (r.services.empty())
        return;
    std::array<std::string, 5> levels;
    for (size_t l = 0; l < 5; ++l)
        levels[l] = accessLevelName(kAccessLevels[l]).toStdString();
    h += kBlockOpen;
    h += "<h3>" + esc(Tr::tr("Access levels per service")) + "</h3><div class=\"chart\">"
        + ReportCharts::serviceLevels(r.services, r.hasBoundary, levels, Tr::tr("after the boundary").toStdString())
        + "</div>";
    h += kBlockClose;
}

void findingCard(const ReviewReport& r, size_t i, std::string& h)
{
    const ReportFinding& rf = r.findings[i];
    const Finding& f = rf.finding;
    h += std::string("<div class=\"finding\" id=\"f") + std::to_string(i + 1)
        + "\" style=\"border-left-color:" + ReportCharts::severityColor(static_cast<int>(f.severity)) + "\"><h3>"
        + std::to_string(i + 1) + ". " + badge(f.severity) + " " + esc(f.title)
        + (f.condition.empty() ? std::string() : " " + conditionalBadge(f.condition)) + "</h3><table>";
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Rule"), "<code>" + esc(f.rule) + "</code> (" + esc(f.category) + ")");
    if (!f.subject.empty()) {
        std::string subject = breakable(f.subject);
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
    h += row(
        QT_TRANSLATE_NOOP("ReviewReport", "Decision"), "<b>" + esc(findingDecisionName(rf.verdict.decision)) + "</b>");
    if (r.hasBoundary && rf.state != MitigationState::NotApplicable)
        h += row(QT_TRANSLATE_NOOP("ReviewReport", "Under the boundary"),
            esc(stateName(rf.state))
                + (rf.surviving.empty() ? std::string()
                                        : " — " + esc(Tr::tr("still allowed: ")) + "<span class=\"actions\">"
                            + list(rf.surviving, 12) + "</span>"));
    if (!f.severityReason.isEmpty())
        h += row(QT_TRANSLATE_NOOP("ReviewReport", "Severity"), esc(f.severityReason));
    h += scopeRows(f);
    for (const Evidence& e : f.evidence)
        h += row(QT_TRANSLATE_NOOP("ReviewReport", "Evidence"),
            "<code>" + place(e.file, e.location) + "</code> " + breakable(e.policy)
                + (e.sid.empty() ? std::string() : " / Sid " + breakable(e.sid)));
    h += "</table>";
    if (!rf.verdict.note.isEmpty())
        h += "<p class=\"note\"><b>" + esc(Tr::tr("Reviewer's note:")) + "</b> " + esc(rf.verdict.note) + "</p>";
    h += "<p>" + esc(f.rationale) + "</p><p><b>" + esc(Tr::tr("Mitigation:")) + "</b> " + esc(f.mitigation) + "</p>";
    if (!f.references.empty()) {
        h += "<p class=\"meta\">" + esc(Tr::tr("References:"));
        for (const std::string& ref : f.references)
            h += " " + reference(ref);
        h += "</p>";
    }
    h += "</div>";
}

void findings(const ReviewReport& r, std::string& h)
{
    h += kBlockOpen;
    h += "<h2>" + esc(Tr::tr("Findings")) + "</h2><table><thead><tr><th>#</th><th>" + esc(Tr::tr("Severity"))
        + "</th><th>" + esc(Tr::tr("Finding")) + "</th><th>" + esc(Tr::tr("Subject")) + "</th><th>"
        + esc(Tr::tr("Decision")) + "</th>"
        + (r.hasBoundary ? "<th>" + esc(Tr::tr("Boundary")) + "</th>" : std::string()) + "</tr></thead>";
    for (size_t i = 0; i < r.findings.size(); ++i) {
        const ReportFinding& rf = r.findings[i];
        h += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + badge(rf.finding.severity) + "</td><td><a href=\"#f"
            + std::to_string(i + 1) + "\">" + esc(rf.finding.title) + "</a>"
            + (rf.finding.condition.empty() ? std::string() : " " + conditionalBadge(rf.finding.condition))
            + "</td><td>" + breakable(rf.finding.subject) + "</td><td>" + esc(findingDecisionName(rf.verdict.decision))
            + "</td>" + (r.hasBoundary ? "<td>" + esc(stateName(rf.state)) + "</td>" : std::string()) + "</tr>";
    }
    h += "</table>";
    h += kBlockClose;
    for (size_t i = 0; i < r.findings.size(); ++i) {
        h += kBlockOpen;
        findingCard(r, i, h);
        h += kBlockClose;
    }
}

} // namespace

std::string reportToHtml(const ReviewReport& r)
{
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + esc(r.title) + "</title><style>" + kStyle + "</style></head><body>\n";
    frontMatter(r, h);
    notReviewed(r, h);
    boundaryChanges(r, h);
    summary(r, h);
    subjects(r, h);
    findings(r, h);
    boundaryPolicy(r, h);
    h += "</body></html>\n";
    return h;
}

} // namespace grantscope
