// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FindingsReport.h"

#include "report/SubjectLabels.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <map>

namespace grantscope {

namespace {

using nlohmann::ordered_json;

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

std::string findingsToJson(const PackageAnalysis& analysis)
{
    ordered_json root = ordered_json::object();
    ordered_json subjects = ordered_json::array();
    for (const SubjectSummary& s : analysis.subjects) {
        ordered_json j = ordered_json::object();
        j["name"] = s.name;
        j["kind"] = s.kind;
        j["file"] = u8(s.file);
        j["line"] = s.location.line;
        j["column"] = s.location.column;
        j["policies"] = s.policies;
        j["trustedPrincipals"] = s.trustedPrincipals;
        j["grantedActions"] = s.grantedActions;
        if (!s.deployment.empty())
            j["deployment"] = s.deployment;
        if (!s.condition.empty())
            j["condition"] = s.condition;
        subjects.push_back(std::move(j));
    }
    root["subjects"] = std::move(subjects);
    ordered_json findings = ordered_json::array();
    for (const Finding& f : analysis.findings) {
        ordered_json j = ordered_json::object();
        j["rule"] = f.rule;
        j["severity"] = severityKey(f.severity);
        j["category"] = f.category;
        j["title"] = u8(f.title);
        j["rationale"] = u8(f.rationale);
        j["mitigation"] = u8(f.mitigation);
        j["actions"] = f.actions;
        j["resources"] = f.resources;
        j["file"] = u8(f.file);
        j["line"] = f.location.line;
        j["column"] = f.location.column;
        j["subject"] = f.subject;
        if (!f.severityReason.isEmpty())
            j["severityReason"] = u8(f.severityReason);
        if (!f.condition.empty())
            j["condition"] = f.condition;
        ordered_json evidence = ordered_json::array();
        for (const Evidence& e : f.evidence)
            evidence.push_back({ { "file", u8(e.file) }, { "line", e.location.line }, { "column", e.location.column },
                { "policy", e.policy }, { "sid", e.sid }, { "statement", e.statement } });
        j["evidence"] = std::move(evidence);
        j["references"] = f.references;
        findings.push_back(std::move(j));
    }
    root["findings"] = std::move(findings);
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
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
