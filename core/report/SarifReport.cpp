// SPDX-License-Identifier: GPL-3.0-or-later
// SARIF 2.1.0 as code-scanning services place it: every result at a file of the package (archive members by
// their path inside the archive, statements of AWS managed policies where the package attaches them), the
// finding's evidence as related locations, a fingerprint that survives reformatting, and a descriptor with
// rationale, mitigation and references for every rule of the rule set.
#include "analysis/RuleSet.h"
#include "common/JsonStreamWriter.h"
#include "report/FindingPlace.h"
#include "report/FindingsReport.h"
#include "report/NotReviewed.h"
#include "report/SubjectLabels.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace grantscope {

namespace {

using nlohmann::ordered_json;

constexpr const char* kInformationUri = "https://github.com/grantscope/grantscope";
constexpr const char* kFingerprintKey = "grantscopeFinding/v1";

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

// A relative URI reference: the path as given (relative to the working folder when it was absolute), with
// the characters a URI cannot hold percent-encoded.
std::string uriOf(const QString& path)
{
    QString p = QDir::fromNativeSeparators(path);
    if (QDir::isAbsolutePath(p))
        p = QDir::current().relativeFilePath(p);
    return QUrl::toPercentEncoding(p, "/").toStdString();
}

// Where the README explains a rule, for the rules whose file names no reference of their own.
std::string readmeAnchor(const Rule& rule)
{
    const QString file = QFileInfo(rule.file).completeBaseName();
    if (file == QStringLiteral("trust"))
        return std::string(kInformationUri) + "#trust-analysis";
    if (file == QStringLiteral("package"))
        return std::string(kInformationUri) + "#what-is-read-and-what-is-reported-as-not-reviewed";
    return std::string(kInformationUri) + "#risk-rules";
}

ordered_json ruleDescriptor(const std::string& id, Severity severity, const std::string& category, const QString& title,
    const QString& rationale, const QString& mitigation, const std::vector<std::string>& references,
    const std::string& helpUri)
{
    const QString refsTitle = QCoreApplication::translate("SarifReport", "References:");
    const QString fixTitle = QCoreApplication::translate("SarifReport", "Mitigation:");
    std::string text = u8(fixTitle) + " " + u8(mitigation);
    std::string markdown = "**" + u8(fixTitle) + "** " + u8(mitigation);
    if (!references.empty()) {
        text += "\n\n" + u8(refsTitle);
        markdown += "\n\n**" + u8(refsTitle) + "**\n";
        for (const std::string& r : references) {
            text += "\n- " + r;
            markdown += "\n- <" + r + ">";
        }
    }
    ordered_json r = ordered_json::object();
    r["id"] = id;
    r["name"] = id;
    r["shortDescription"] = { { "text", u8(title) } };
    r["fullDescription"] = { { "text", u8(rationale.isEmpty() ? title : rationale) } };
    r["help"] = { { "text", text }, { "markdown", markdown } };
    r["helpUri"] = helpUri;
    r["defaultConfiguration"] = { { "level", sarifLevel(severity) } };
    ordered_json tags = ordered_json::array({ "security" });
    if (!category.empty())
        tags.push_back(category);
    r["properties"] = { { "security-severity", securitySeverity(severity) }, { "tags", std::move(tags) } };
    return r;
}

// Addresses files for SARIF: archive members become artifacts whose parentIndex is their archive.
class Artifacts {
public:
    // The artifactLocation of `file`: a plain file by its URI; a member by its path in the archive and the
    // index of its artifact.
    ordered_json locate(const QString& file)
    {
        const std::vector<QString> parts = archiveParts(file);
        if (parts.size() < 2)
            return { { "uri", uriOf(file) } };
        int parent = -1;
        std::string key;
        ordered_json location;
        for (size_t i = 0; i < parts.size(); ++i) {
            const std::string uri = i == 0 ? uriOf(parts[i]) : QUrl::toPercentEncoding(parts[i], "/").toStdString();
            key += (i ? "!" : "") + uri;
            auto [it, added] = m_index.try_emplace(key, m_artifacts.size());
            if (added) {
                ordered_json a = ordered_json::object();
                a["location"] = { { "uri", uri }, { "index", it->second } };
                if (parent >= 0)
                    a["parentIndex"] = parent;
                if (i + 1 < parts.size())
                    a["mimeType"] = "application/zip";
                m_artifacts.push_back(std::move(a));
            }
            parent = static_cast<int>(it->second);
            location = { { "uri", uri }, { "index", it->second } };
        }
        return location;
    }
    bool empty() const { return m_artifacts.empty(); }
    const ordered_json& list() const { return m_artifacts; }

private:
    std::map<std::string, size_t> m_index;
    ordered_json m_artifacts = ordered_json::array();
};

ordered_json regionOf(SourceLocation at)
{
    return { { "startLine", at.line }, { "startColumn", std::max(1, at.column) } };
}

ordered_json physicalLocation(Artifacts& artifacts, const QString& file, SourceLocation at)
{
    ordered_json physical = ordered_json::object();
    physical["artifactLocation"] = artifacts.locate(file);
    if (at.isValid())
        physical["region"] = regionOf(at);
    return physical;
}

ordered_json managedPolicyLogicalLocation(const PackagePlace& place)
{
    return ordered_json::array(
        { { { "name", place.managedPolicy }, { "fullyQualifiedName", place.managedArn }, { "kind", "resource" } } });
}

// The file name (or archive member path) without the folders before it: the same finding of the same
// package unpacked elsewhere keeps its fingerprint.
std::string fileKey(const QString& file)
{
    std::vector<QString> parts = archiveParts(QDir::fromNativeSeparators(file));
    parts.front() = QFileInfo(parts.front()).fileName();
    QStringList joined;
    for (const QString& p : parts)
        joined << p;
    return u8(joined.join(QLatin1Char('!')));
}

// Rule, subject, the finding's file and what it rests on (policy, Sid, statement index), but no line or
// column: moving a statement or reformatting the template keeps the fingerprint.
std::string fingerprintBase(const Finding& f)
{
    std::string text = f.rule + '\n' + f.subject + '\n' + fileKey(f.file) + '\n';
    std::set<std::string> evidence;
    for (const Evidence& e : f.evidence)
        evidence.insert(fileKey(e.file) + '\t' + e.policy + '\t' + e.sid + '\t' + std::to_string(e.statement));
    for (const std::string& e : evidence)
        text += e + '\n';
    // Findings that rest on no statement (parameters, unreviewed resources, unknown actions) are told apart
    // by what they name.
    if (f.evidence.empty()) {
        for (const std::string& r : f.resources)
            text += r + '\n';
        // "used on lines 12, 40": where a parameter is used moves with the template, what it is does not.
        static const QRegularExpression lines(QStringLiteral("\\blines?\\s+[\\d,\\s]+"));
        text += u8(QString(f.rationale).remove(lines)) + '\n';
    }
    return QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
        .toHex()
        .left(32)
        .toStdString();
}

QString evidenceText(const Evidence& e, const PackagePlace& place)
{
    QString text;
    if (!place.managedPolicy.empty())
        text = QCoreApplication::translate("SarifReport", "AWS managed policy %1")
                   .arg(QString::fromStdString(place.managedArn));
    else if (!e.policy.empty())
        text = QCoreApplication::translate("SarifReport", "policy %1").arg(QString::fromStdString(e.policy));
    else
        text = QCoreApplication::translate("SarifReport", "used here");
    if (!e.sid.empty())
        text += QCoreApplication::translate("SarifReport", ", statement %1").arg(QString::fromStdString(e.sid));
    else if (e.statement >= 0)
        text += QCoreApplication::translate("SarifReport", ", statement %1").arg(e.statement + 1);
    if (!place.managedPolicy.empty() && place.managedLocation.isValid())
        text += QCoreApplication::translate("SarifReport", " (line %1 of the policy document)")
                    .arg(place.managedLocation.line);
    return text;
}

ordered_json relatedLocations(const PackageAnalysis& analysis, const ReviewSubject* package, const Finding& f,
    const PackagePlace& primary, Artifacts& artifacts)
{
    ordered_json related = ordered_json::array();
    std::set<std::string> seen;
    auto add = [&](ordered_json location, const QString& message) {
        const std::string key = location.dump() + u8(message);
        if (!seen.insert(key).second)
            return;
        location["id"] = related.size();
        location["message"] = { { "text", u8(message) } };
        related.push_back(std::move(location));
    };
    // The managed policy the result sits in, when the result was moved to where the package attaches it.
    if (!primary.managedPolicy.empty() && f.evidence.empty()) {
        ordered_json location = ordered_json::object();
        if (!primary.file.isEmpty())
            location["physicalLocation"] = physicalLocation(artifacts, primary.file, primary.location);
        location["logicalLocations"] = managedPolicyLogicalLocation(primary);
        add(std::move(location),
            QCoreApplication::translate("SarifReport", "AWS managed policy %1")
                .arg(QString::fromStdString(primary.managedArn)));
    }
    for (const Evidence& e : f.evidence) {
        const PackagePlace place = packagePlace(analysis, package, f.subject, e.file, e.location);
        ordered_json location = ordered_json::object();
        if (!place.file.isEmpty())
            location["physicalLocation"] = physicalLocation(artifacts, place.file, place.location);
        if (!place.managedPolicy.empty())
            location["logicalLocations"] = managedPolicyLogicalLocation(place);
        if (location.empty())
            continue;
        add(std::move(location), evidenceText(e, place));
    }
    return related;
}

// The files a result of `f` names, in the order resultOf() names them: archive members become artifacts
// numbered as they are first named, and the artifacts are written before the results.
void locateFiles(const PackageAnalysis& analysis, const ReviewSubject* package, const Finding& f, Artifacts& artifacts)
{
    const PackagePlace place = packagePlace(analysis, package, f.subject, f.file, f.location);
    if (!place.file.isEmpty())
        artifacts.locate(place.file);
    for (const Evidence& e : f.evidence) {
        const PackagePlace at = packagePlace(analysis, package, f.subject, e.file, e.location);
        if (!at.file.isEmpty())
            artifacts.locate(at.file);
    }
}

ordered_json resultOf(const PackageAnalysis& analysis, const ReviewSubject* package, const Finding& f, size_t ruleIndex,
    Artifacts& artifacts, std::map<std::string, int>& fingerprintUses)
{
    ordered_json res = ordered_json::object();
    res["ruleId"] = f.rule;
    res["ruleIndex"] = ruleIndex;
    res["level"] = sarifLevel(f.severity);
    std::string message = u8(f.title);
    if (!f.subject.empty())
        message += " (" + f.subject + ")";
    message += ": " + u8(f.rationale);
    const PackagePlace place = packagePlace(analysis, package, f.subject, f.file, f.location);
    if (!place.managedPolicy.empty())
        message += " "
            + u8(QCoreApplication::translate("SarifReport", "(in the attached AWS managed policy %1)")
                     .arg(QString::fromStdString(place.managedArn)));
    if (!f.condition.empty())
        message += " (" + u8(conditionalText(f.condition)) + ")";
    res["message"] = { { "text", message } };
    ordered_json location = ordered_json::object();
    if (!place.file.isEmpty())
        location["physicalLocation"] = physicalLocation(artifacts, place.file, place.location);
    if (!place.managedPolicy.empty())
        location["logicalLocations"] = managedPolicyLogicalLocation(place);
    if (!location.empty())
        res["locations"] = ordered_json::array({ std::move(location) });
    if (ordered_json related = relatedLocations(analysis, package, f, place, artifacts); !related.empty())
        res["relatedLocations"] = std::move(related);
    const std::string base = fingerprintBase(f);
    res["partialFingerprints"] = { { kFingerprintKey, base + ":" + std::to_string(++fingerprintUses[base]) } };
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
    if (!place.managedPolicy.empty())
        properties["managedPolicyArn"] = place.managedArn;
    res["properties"] = std::move(properties);
    return res;
}

// A part of the package that was not read, as a notification of the run: code-scanning services show these
// beside the results, so the gap is seen where the findings are.
ordered_json notReviewedNotification(const NotReviewedPart& part, Artifacts& artifacts)
{
    ordered_json notification = ordered_json::object();
    notification["level"] = "warning";
    notification["message"] = { { "text", u8(part.reason) } };
    notification["locations"]
        = ordered_json::array({ { { "physicalLocation", physicalLocation(artifacts, part.file, part.location) } } });
    notification["descriptor"] = { { "id", part.canGrantAccess ? "package-unreviewed" : "package-not-reviewed" } };
    return notification;
}

} // namespace

void writeFindingsSarif(JsonStreamWriter& out, const PackageAnalysis& analysis, const ReviewSubject* package,
    const ReportAdditions& additions)
{
    // Every rule of the rule set, so a code-scanning service can show a rule's help before it fires.
    ordered_json rules = ordered_json::array();
    std::map<std::string, size_t> ruleIndex;
    for (const Rule& rule : RuleSet::bundled().rules()) {
        if (!ruleIndex.try_emplace(rule.id, rules.size()).second)
            continue;
        rules.push_back(ruleDescriptor(rule.id, rule.severity, rule.category, rule.title, rule.rationale,
            rule.mitigation, rule.references, rule.references.empty() ? readmeAnchor(rule) : rule.references.front()));
    }
    // The rules and the artifacts come before the results in the document: a first pass over the findings
    // gathers them, the second writes one result at a time.
    Artifacts artifacts;
    for (const Finding& f : analysis.findings) {
        if (ruleIndex.try_emplace(f.rule, rules.size()).second)
            rules.push_back(
                ruleDescriptor(f.rule, f.severity, f.category, f.title, f.rationale, f.mitigation, f.references,
                    f.references.empty() ? std::string(kInformationUri) + "#risk-rules" : f.references.front()));
        locateFiles(analysis, package, f, artifacts);
    }
    const std::vector<NotReviewedPart> notReviewed = notReviewedParts(analysis, package);
    for (const NotReviewedPart& part : notReviewed)
        artifacts.locate(part.file);

    out.beginObject();
    out.key("$schema").string("https://json.schemastore.org/sarif-2.1.0.json");
    out.key("version").string("2.1.0");
    out.key("runs").beginArray().beginObject();
    out.key("tool").beginObject().key("driver").beginObject();
    out.key("name").string("GrantScope");
    out.key("version").string(GRANTSCOPE_VERSION);
    out.key("informationUri").string(kInformationUri);
    out.key("rules").json(rules);
    out.endObject().endObject();
    rules = ordered_json();
    if (!artifacts.empty())
        out.key("artifacts").json(artifacts.list());
    out.key("results").beginArray();
    std::map<std::string, int> fingerprintUses;
    for (const Finding& f : analysis.findings) {
        out.beginObject();
        out.members(resultOf(analysis, package, f, ruleIndex.at(f.rule), artifacts, fingerprintUses));
        if (additions.finding)
            additions.finding(out, f);
        out.endObject();
    }
    out.endArray();
    if (!notReviewed.empty()) {
        out.key("invocations").beginArray().beginObject();
        out.key("executionSuccessful").boolean(true);
        out.key("toolExecutionNotifications").beginArray();
        for (const NotReviewedPart& part : notReviewed)
            out.json(notReviewedNotification(part, artifacts));
        out.endArray();
        out.endObject().endArray();
    }
    if (additions.document)
        additions.document(out);
    out.endObject().endArray();
    out.endObject();
}

std::string findingsToSarif(const PackageAnalysis& analysis, const ReviewSubject* package)
{
    std::string text;
    JsonStreamWriter out([&text](std::string_view chunk) {
        text += chunk;
        return true;
    });
    writeFindingsSarif(out, analysis, package);
    out.finish();
    return text;
}

} // namespace grantscope
