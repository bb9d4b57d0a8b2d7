// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FindingsReport.h"

#include "common/JsonStreamWriter.h"
#include "report/NotReviewed.h"
#include "report/SubjectLabels.h"

#include <QCoreApplication>

#include <map>

namespace grantscope {

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

std::map<Severity, int> countBySeverity(const std::vector<Finding>& findings)
{
    std::map<Severity, int> counts;
    for (const Finding& f : findings)
        ++counts[f.severity];
    return counts;
}

std::string mdEscape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\\')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string place(const Finding& f)
{
    std::string s = u8(f.file);
    if (f.location.isValid())
        s += ":" + std::to_string(f.location.line) + ":" + std::to_string(f.location.column);
    return s;
}

} // namespace

void writeFindingsJson(JsonStreamWriter& out, const PackageAnalysis& analysis, const ReviewSubject* package,
    const ReportAdditions& additions)
{
    // Written as it is produced: a package of thousands of policies gives a document of hundreds of megabytes
    // that is never held whole.
    out.beginObject();
    out.key("subjects").beginArray();
    for (const SubjectSummary& s : analysis.subjects) {
        out.beginObject();
        out.key("name").string(s.name);
        out.key("kind").string(s.kind);
        out.key("file").string(u8(s.file));
        out.key("line").number(s.location.line);
        out.key("column").number(s.location.column);
        out.key("policies").strings(s.policies);
        out.key("trustedPrincipals").strings(s.trustedPrincipals);
        out.key("grantedActions").number(s.grantedActions);
        if (!s.deployment.empty())
            out.key("deployment").string(s.deployment);
        if (!s.condition.empty())
            out.key("condition").string(s.condition);
        out.endObject();
    }
    out.endArray();
    out.key("findings").beginArray();
    for (const Finding& f : analysis.findings) {
        out.beginObject();
        out.key("rule").string(f.rule);
        out.key("severity").string(severityKey(f.severity));
        out.key("category").string(f.category);
        out.key("title").string(u8(f.title));
        out.key("rationale").string(u8(f.rationale));
        out.key("mitigation").string(u8(f.mitigation));
        out.key("actions").strings(f.actions);
        out.key("resources").strings(f.resources);
        out.key("file").string(u8(f.file));
        out.key("line").number(f.location.line);
        out.key("column").number(f.location.column);
        out.key("subject").string(f.subject);
        if (!f.severityReason.isEmpty())
            out.key("severityReason").string(u8(f.severityReason));
        if (!f.condition.empty())
            out.key("condition").string(f.condition);
        out.key("evidence").beginArray();
        for (const Evidence& e : f.evidence) {
            out.beginObject();
            out.key("file").string(u8(e.file));
            out.key("line").number(e.location.line);
            out.key("column").number(e.location.column);
            out.key("policy").string(e.policy);
            out.key("sid").string(e.sid);
            out.key("statement").number(e.statement);
            out.endObject();
        }
        out.endArray();
        out.key("references").strings(f.references);
        if (additions.finding)
            additions.finding(out, f);
        out.endObject();
    }
    out.endArray();
    // What was not read, so that a pipeline reading only this file still sees the gaps.
    if (const std::vector<NotReviewedPart> parts = notReviewedParts(analysis, package); !parts.empty()) {
        out.key("notReviewed").beginArray();
        for (const NotReviewedPart& part : parts) {
            out.beginObject();
            out.key("file").string(u8(part.file));
            if (part.location.isValid()) {
                out.key("line").number(part.location.line);
                out.key("column").number(part.location.column);
            }
            out.key("reason").string(u8(part.reason));
            out.endObject();
        }
        out.endArray();
    }
    if (additions.document)
        additions.document(out);
    out.endObject();
}

std::string findingsToJson(const PackageAnalysis& analysis, const ReviewSubject* package)
{
    std::string text;
    JsonStreamWriter out([&text](std::string_view chunk) {
        text += chunk;
        return true;
    });
    writeFindingsJson(out, analysis, package);
    out.finish();
    return text;
}

namespace {

// One finding as the Markdown review shows it.
std::string markdownFinding(const PackageAnalysis& analysis, const Finding& f)
{
    std::string md = "\n### " + std::string(severityKey(f.severity)) + ": " + mdEscape(u8(f.title));
    if (!f.condition.empty())
        md += " (" + u8(QCoreApplication::translate("SubjectLabels", "conditional")) + ")";
    md += "\n\n- rule: `" + f.rule + "` (" + f.category + ")\n";
    if (!f.subject.empty()) {
        md += "- subject: " + mdEscape(f.subject);
        if (const SubjectSummary* subject = subjectOfFinding(analysis, f))
            md += " (" + mdEscape(u8(subjectKindName(*subject))) + ")";
        md += "\n";
    }
    md += "- where: " + mdEscape(place(f)) + "\n";
    if (!f.condition.empty())
        md += "- " + mdEscape(u8(conditionalText(f.condition))) + "\n";
    if (!f.severityReason.isEmpty())
        md += "- severity: " + mdEscape(u8(f.severityReason)) + "\n";
    if (!f.actions.empty()) {
        md += "- actions (" + std::to_string(f.actions.size()) + "): ";
        for (size_t i = 0; i < f.actions.size() && i < 20; ++i)
            md += (i ? ", " : "") + mdEscape(f.actions[i]);
        md += f.actions.size() > 20 ? ", …\n" : "\n";
    }
    if (!f.resources.empty()) {
        md += "- resources: ";
        for (size_t i = 0; i < f.resources.size(); ++i)
            md += (i ? ", " : "") + mdEscape(f.resources[i]);
        md += "\n";
    }
    return md + "\n" + mdEscape(u8(f.rationale)) + "\n\n**Mitigation:** " + mdEscape(u8(f.mitigation)) + "\n";
}

} // namespace

std::string findingsToMarkdown(const PackageAnalysis& analysis)
{
    std::string md = "# GrantScope review\n\n";
    // What the review could not see comes first: nothing below speaks for it.
    const std::vector<size_t> notReviewed = notReviewedFindings(analysis);
    if (!notReviewed.empty()) {
        md += "## Not reviewed\n\n";
        for (size_t i : notReviewed) {
            const Finding& f = analysis.findings[i];
            md += "- " + mdEscape(place(f)) + ": " + mdEscape(f.resources.empty() ? f.subject : f.resources.front())
                + " — " + mdEscape(u8(f.rationale)) + "\n";
        }
        md += "\n";
    }
    const auto counts = countBySeverity(analysis.findings);
    md += "| severity | findings |\n| --- | --- |\n";
    for (Severity s : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info }) {
        auto it = counts.find(s);
        md += std::string("| ") + severityKey(s) + " | " + std::to_string(it == counts.end() ? 0 : it->second) + " |\n";
    }
    md += "\n## Subjects\n\n| name | kind | file | trusted principals | granted actions | deployed | condition |\n"
          "| --- | --- | --- | --- | --- | --- | --- |\n";
    for (const SubjectSummary& s : analysis.subjects) {
        std::string principals;
        for (const std::string& p : s.trustedPrincipals)
            principals += (principals.empty() ? "" : ", ") + mdEscape(p);
        md += "| " + mdEscape(s.name) + " | " + mdEscape(u8(subjectKindName(s))) + " | " + mdEscape(u8(s.file)) + " | "
            + principals + " | " + std::to_string(s.grantedActions) + " | " + mdEscape(s.deployment) + " | "
            + mdEscape(s.condition) + " |\n";
    }
    md += "\n## Findings\n";
    for (const Finding& f : analysis.findings)
        md += markdownFinding(analysis, f);
    return md;
}

} // namespace grantscope
