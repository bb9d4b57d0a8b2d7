// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FindingsReport.h"

#include "report/SubjectLabels.h"

#include <QCoreApplication>
#include <QDir>

#include <nlohmann/json.hpp>

#include <map>

namespace grantscope {

namespace {

using nlohmann::ordered_json;

std::string u8(const QString& s)
{
    return s.toStdString();
}

const char* sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Critical:
    case Severity::High:
        return "error";
    case Severity::Medium:
        return "warning";
    default:
        return "note";
    }
}

const char* securitySeverity(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return "9.5";
    case Severity::High:
        return "8.0";
    case Severity::Medium:
        return "5.5";
    case Severity::Low:
        return "3.0";
    case Severity::Info:
        return "1.0";
    }
    return "1.0";
}

// SARIF wants URIs; archive members ("pkg.zip!dir/a.json") keep their archive path before the '!'.
std::string sarifUri(const QString& file)
{
    QString path = file.section(QLatin1Char('!'), 0, 0);
    if (path.startsWith(QStringLiteral("aws-managed:")))
        return u8(path);
    path = QDir::fromNativeSeparators(path);
    if (QDir::isAbsolutePath(path))
        path = QDir::current().relativeFilePath(path);
    return u8(path);
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

std::string findingsToSarif(const PackageAnalysis& analysis)
{
    ordered_json rules = ordered_json::array();
    std::map<std::string, size_t> ruleIndex;
    ordered_json results = ordered_json::array();
    for (const Finding& f : analysis.findings) {
        auto [it, added] = ruleIndex.try_emplace(f.rule, ruleIndex.size());
        if (added) {
            ordered_json r = ordered_json::object();
            r["id"] = f.rule;
            r["name"] = f.rule;
            r["shortDescription"] = { { "text", u8(f.title) } };
            r["fullDescription"] = { { "text", u8(f.title) } };
            r["help"] = { { "text", u8(f.mitigation) } };
            if (!f.references.empty())
                r["helpUri"] = f.references.front();
            r["defaultConfiguration"] = { { "level", sarifLevel(f.severity) } };
            r["properties"] = { { "security-severity", securitySeverity(f.severity) },
                { "tags", ordered_json::array({ "security", f.category }) } };
            rules.push_back(std::move(r));
        }
        ordered_json res = ordered_json::object();
        res["ruleId"] = f.rule;
        res["ruleIndex"] = it->second;
        res["level"] = sarifLevel(f.severity);
        std::string message = u8(f.title);
        if (!f.subject.empty())
            message += " (" + f.subject + ")";
        message += ": " + u8(f.rationale);
        if (!f.condition.empty())
            message += " (" + u8(conditionalText(f.condition)) + ")";
        res["message"] = { { "text", message } };
        ordered_json physical = ordered_json::object();
        physical["artifactLocation"] = { { "uri", sarifUri(f.file) } };
        if (f.location.isValid())
            physical["region"]
                = { { "startLine", f.location.line }, { "startColumn", std::max(1, f.location.column) } };
        res["locations"] = ordered_json::array({ { { "physicalLocation", std::move(physical) } } });
        ordered_json properties
            = { { "severity", severityKey(f.severity) }, { "actions", f.actions }, { "resources", f.resources } };
        if (!f.severityReason.isEmpty())
            properties["severityReason"] = u8(f.severityReason);
        if (!f.subject.empty())
            properties["subject"] = f.subject;
        if (const SubjectSummary* subject = subjectOfFinding(analysis, f)) {
            properties["subjectKind"] = subject->kind;
            if (!subject->deployment.empty())
                properties["deployment"] = subject->deployment;
        }
        if (!f.condition.empty())
            properties["condition"] = f.condition;
        res["properties"] = std::move(properties);
        results.push_back(std::move(res));
    }
    ordered_json driver = ordered_json::object();
    driver["name"] = "GrantScope";
    driver["version"] = GRANTSCOPE_VERSION;
    driver["informationUri"] = "https://github.com/grantscope/grantscope";
    driver["rules"] = std::move(rules);
    ordered_json run = ordered_json::object();
    run["tool"] = { { "driver", std::move(driver) } };
    run["results"] = std::move(results);
    ordered_json root = ordered_json::object();
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    root["runs"] = ordered_json::array({ std::move(run) });
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

std::string findingsToText(const PackageAnalysis& analysis)
{
    std::string out;
    for (const SubjectSummary& s : analysis.subjects) {
        out += s.kind + " " + s.name + ": " + std::to_string(s.grantedActions) + " actions granted";
        if (!s.deployment.empty())
            out += "; " + s.deployment;
        if (!s.condition.empty())
            out += "; " + s.condition;
        out += "\n";
    }
    if (!analysis.subjects.empty())
        out += '\n';
    for (const Finding& f : analysis.findings) {
        out += place(f) + ": " + severityKey(f.severity) + ": " + u8(f.title) + " [" + f.rule + "]\n";
        if (!f.actions.empty()) {
            out += "    actions: ";
            for (size_t i = 0; i < f.actions.size() && i < 8; ++i)
                out += (i ? ", " : "") + f.actions[i];
            out += f.actions.size() > 8 ? ", ... (" + std::to_string(f.actions.size()) + ")\n" : "\n";
        }
        if (!f.severityReason.isEmpty())
            out += "    note: " + u8(f.severityReason) + "\n";
        if (!f.condition.empty())
            out += "    " + u8(conditionalText(f.condition)) + "\n";
    }
    const auto counts = countBySeverity(analysis.findings);
    out += "\n" + std::to_string(analysis.findings.size()) + " findings";
    for (Severity s : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info })
        if (auto it = counts.find(s); it != counts.end())
            out += std::string(", ") + std::to_string(it->second) + " " + severityKey(s);
    return out + "\n";
}

} // namespace grantscope
