// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewSession.h"

#include "common/AtomicFile.h"
#include "common/AwsIds.h"
#include "common/QtText.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace grantscope {

namespace {

using nlohmann::ordered_json;

// Translated under the context "ReviewSession" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewSession)
};

const char* baseKey(BoundaryBase base)
{
    return base == BoundaryBase::VendorGrants ? "vendor" : "allow-all";
}

ordered_json draftToJson(const BoundaryDraft& d)
{
    ordered_json j = ordered_json::object();
    j["name"] = d.name;
    j["base"] = baseKey(d.base);
    j["vendorActions"] = d.vendorActions;
    j["allowedServices"] = d.allowedServices;
    ordered_json levels = ordered_json::array();
    for (AccessLevel l : kAccessLevels)
        if (hasLevel(d.allowedLevels, l))
            levels.push_back(accessLevelKey(l));
    j["allowedLevels"] = std::move(levels);
    j["deniedActions"] = d.deniedActions;
    ordered_json arn = ordered_json::array();
    for (const ArnDeny& a : d.arnDenies)
        arn.push_back({ { "action", a.action }, { "arn", a.arn } });
    j["arnDenies"] = std::move(arn);
    ordered_json cond = ordered_json::array();
    for (const ConditionalDeny& c : d.conditionalDenies)
        cond.push_back({ { "actions", c.actions }, { "operator", c.condition.operatorText }, { "key", c.condition.key },
            { "values", c.condition.values } });
    j["conditionalDenies"] = std::move(cond);
    ordered_json except = ordered_json::array();
    for (const ExceptDeny& e : d.exceptDenies)
        except.push_back({ { "actions", e.actions }, { "exceptResources", e.exceptResources } });
    j["exceptDenies"] = std::move(except);
    return j;
}

/** Reads the parts of a session file, collecting located errors instead of stopping at the first. */
class Reader {
public:
    Reader(const QString& file, Diagnostics& diagnostics)
        : m_file(file)
        , m_diagnostics(diagnostics)
    { }

    void error(const SourceLocation& where, const QString& message, const char* code = "session-format")
    {
        m_diagnostics.push_back({ DiagnosticSeverity::Error, code, m_file, where, message });
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    const SourceNode* member(const SourceNode& object, const char* key, SourceNode::Kind kind, bool required)
    {
        const SourceNode* n = object.find(key);
        if (!n) {
            if (required)
                error(object.location, Tr::tr("\"%1\" is missing").arg(QLatin1String(key)));
            return nullptr;
        }
        const bool scalarOk = kind == SourceNode::Kind::String && n->isScalar();
        if (n->kind != kind && !scalarOk) {
            error(n->location,
                Tr::tr("\"%1\" must be %2, not %3")
                    .arg(QLatin1String(key), QLatin1String(SourceNode::kindName(kind)),
                        QLatin1String(SourceNode::kindName(n->kind))));
            return nullptr;
        }
        return n;
    }

    std::string string(const SourceNode& object, const char* key, bool required = false)
    {
        const SourceNode* n = member(object, key, SourceNode::Kind::String, required);
        return n ? n->text : std::string();
    }

    int integer(const SourceNode& object, const char* key)
    {
        const SourceNode* n = member(object, key, SourceNode::Kind::Number, false);
        if (!n)
            return 0;
        bool ok = false;
        const int v = toQString(n->text).toInt(&ok);
        if (!ok)
            error(n->location, Tr::tr("\"%1\" must be a whole number").arg(QLatin1String(key)));
        return v;
    }

    std::vector<std::string> strings(const SourceNode& object, const char* key)
    {
        std::vector<std::string> out;
        if (const SourceNode* n = member(object, key, SourceNode::Kind::Array, false))
            for (const SourceNode& item : n->items) {
                if (item.isString())
                    out.push_back(item.text);
                else
                    error(item.location, Tr::tr("\"%1\" must hold strings").arg(QLatin1String(key)));
            }
        return out;
    }

    // Every object of the array member `key`; errors for items that are not objects.
    std::vector<const SourceNode*> objects(const SourceNode& object, const char* key)
    {
        std::vector<const SourceNode*> out;
        if (const SourceNode* n = member(object, key, SourceNode::Kind::Array, false))
            for (const SourceNode& item : n->items) {
                if (item.isObject())
                    out.push_back(&item);
                else
                    error(item.location, Tr::tr("the items of \"%1\" must be objects").arg(QLatin1String(key)));
            }
        return out;
    }

    QDateTime time(const SourceNode& object, const char* key)
    {
        const SourceNode* n = member(object, key, SourceNode::Kind::String, false);
        if (!n)
            return {};
        QDateTime t = QDateTime::fromString(toQString(n->text), Qt::ISODateWithMs);
        if (!t.isValid())
            error(n->location, Tr::tr("\"%1\" is not an ISO 8601 date and time").arg(QLatin1String(key)));
        return t.toUTC();
    }

    BoundaryDraft draft(const SourceNode& b);

private:
    QString m_file;
    Diagnostics& m_diagnostics;
    bool m_ok = true;
};

BoundaryDraft Reader::draft(const SourceNode& b)
{
    BoundaryDraft d;
    if (b.find("name"))
        d.name = string(b, "name");
    const std::string base = string(b, "base");
    if (base == "vendor")
        d.base = BoundaryBase::VendorGrants;
    else if (!base.empty() && base != "allow-all")
        error(b.find("base")->location, Tr::tr("\"base\" must be \"allow-all\" or \"vendor\""));
    d.vendorActions = strings(b, "vendorActions");
    d.allowedServices = strings(b, "allowedServices");
    if (const SourceNode* levels = member(b, "allowedLevels", SourceNode::Kind::Array, false))
        for (const SourceNode& l : levels->items) {
            const std::optional<AccessLevel> level = parseAccessLevel(l.text);
            if (l.isString() && level)
                d.allowedLevels |= static_cast<AccessLevels>(*level);
            else
                error(l.location, Tr::tr("unknown access level \"%1\"").arg(toQString(l.text)));
        }
    d.deniedActions = strings(b, "deniedActions");
    for (const SourceNode* a : objects(b, "arnDenies"))
        d.arnDenies.push_back({ string(*a, "action", true), string(*a, "arn", true) });
    for (const SourceNode* c : objects(b, "conditionalDenies")) {
        const std::string op = string(*c, "operator", true);
        std::optional<ConditionClause> clause = PolicyParser::parseOperator(op);
        if (!clause) {
            if (const SourceNode* n = c->find("operator"))
                error(n->location, Tr::tr("unknown condition operator \"%1\"").arg(toQString(op)));
            continue;
        }
        clause->key = string(*c, "key", true);
        // "service:Name" (aws:RequestedRegion, kms:EncryptionContext:x): anything else is no IAM condition key,
        // and a "Fn::..." key would turn into a function in the CloudFormation the boundary is exported as.
        const size_t colon = clause->key.find(':');
        if (colon == 0 || colon == std::string::npos || clause->key.find("::") != std::string::npos) {
            if (const SourceNode* n = c->find("key"))
                error(n->location, Tr::tr("\"%1\" is not a condition key (service:Name)").arg(toQString(clause->key)));
            continue;
        }
        clause->values = strings(*c, "values");
        d.conditionalDenies.push_back({ strings(*c, "actions"), *clause });
    }
    for (const SourceNode* e : objects(b, "exceptDenies"))
        d.exceptDenies.push_back({ strings(*e, "actions"), strings(*e, "exceptResources") });
    return d;
}

QString fileKeyPart(const QString& file)
{
    // Keep an archive's member path ("pkg.zip!dir/a.json"), drop the folders before the archive or file.
    const qsizetype bang = file.indexOf(QLatin1Char('!'));
    const QString outer = bang < 0 ? file : file.left(bang);
    const QString rest = bang < 0 ? QString() : file.mid(bang);
    return QFileInfo(QDir::fromNativeSeparators(outer)).fileName() + rest;
}

} // namespace

const char* findingDecisionKey(FindingDecision decision)
{
    switch (decision) {
    case FindingDecision::Open:
        return "open";
    case FindingDecision::AcceptedRisk:
        return "accepted-risk";
    case FindingDecision::ToMitigate:
        return "to-mitigate";
    case FindingDecision::FalsePositive:
        return "false-positive";
    }
    return "open";
}

std::optional<FindingDecision> parseFindingDecision(std::string_view key)
{
    for (FindingDecision d : { FindingDecision::Open, FindingDecision::AcceptedRisk, FindingDecision::ToMitigate,
             FindingDecision::FalsePositive })
        if (key == findingDecisionKey(d))
            return d;
    return std::nullopt;
}

QString findingDecisionName(FindingDecision decision)
{
    switch (decision) {
    case FindingDecision::Open:
        return Tr::tr("Open");
    case FindingDecision::AcceptedRisk:
        return Tr::tr("Accepted risk");
    case FindingDecision::ToMitigate:
        return Tr::tr("To mitigate");
    case FindingDecision::FalsePositive:
        return Tr::tr("False positive");
    }
    return Tr::tr("Open");
}

std::string ReviewSession::findingKey(const Finding& finding)
{
    return finding.rule + '|' + finding.subject + '|' + fileKeyPart(finding.file).toStdString() + '|'
        + std::to_string(finding.location.line) + '|' + std::to_string(finding.location.column);
}

SessionVerdict ReviewSession::verdict(const Finding& finding) const
{
    const auto it = verdicts.find(findingKey(finding));
    return it == verdicts.end() ? SessionVerdict {} : it->second;
}

void ReviewSession::setVerdict(const Finding& finding, const SessionVerdict& verdict)
{
    if (verdict.decision == FindingDecision::Open && verdict.note.isEmpty())
        verdicts.erase(findingKey(finding));
    else
        verdicts[findingKey(finding)] = verdict;
}

LoadOptions ReviewSession::loadOptions() const
{
    LoadOptions options;
    options.parameters = parameters;
    options.accountId = accountId;
    options.region = region;
    options.orgAccounts = orgAccounts;
    if (!partition.empty()) {
        options.partition = partition;
        options.partitionGiven = true;
    }
    return options;
}

void ReviewSession::setLoadOptions(const LoadOptions& options)
{
    parameters = options.parameters;
    accountId = options.accountId;
    region = options.region;
    orgAccounts = options.orgAccounts;
    partition = options.partitionGiven ? options.partition : std::string();
}

std::string ReviewSession::toJson(const QString& sessionFile) const
{
    const QDir dir = sessionFile.isEmpty() ? QDir() : QFileInfo(sessionFile).absoluteDir();
    ordered_json root = ordered_json::object();
    root["format"] = "grantscope-review";
    root["version"] = kFormatVersion;
    // A session made by hand may have no times: write none rather than an empty, unreadable one.
    if (created.isValid())
        root["created"] = created.toUTC().toString(Qt::ISODateWithMs).toStdString();
    if (modified.isValid())
        root["modified"] = modified.toUTC().toString(Qt::ISODateWithMs).toStdString();
    ordered_json paths = ordered_json::array();
    for (const QString& p : packagePaths) {
        const QString relative = sessionFile.isEmpty() ? p : dir.relativeFilePath(p);
        paths.push_back((QDir::isAbsolutePath(relative) ? p : relative).toStdString());
    }
    ordered_json package = ordered_json::object();
    package["paths"] = std::move(paths);
    package["parameters"] = parameters;
    package["account"] = accountId;
    package["region"] = region;
    if (!orgAccounts.empty())
        package["orgAccounts"] = orgAccounts;
    if (!partition.empty())
        package["partition"] = partition;
    if (!packageFiles.empty()) {
        ordered_json files = ordered_json::array();
        for (const PackageFile& f : packageFiles) {
            const QString relative = sessionFile.isEmpty() ? f.path : dir.relativeFilePath(f.path);
            files.push_back({ { "path", (QDir::isAbsolutePath(relative) ? f.path : relative).toStdString() },
                { "sha256", f.sha256 }, { "bytes", f.bytes } });
        }
        package["files"] = std::move(files);
    }
    root["package"] = std::move(package);
    ordered_json list = ordered_json::array();
    for (const auto& [key, v] : verdicts) {
        // The key's parts are written out so that the file stays readable and the key can be rebuilt.
        const QStringList parts = toQString(key).split(QLatin1Char('|'));
        ordered_json j = ordered_json::object();
        j["key"] = key;
        if (parts.size() == 5) {
            j["rule"] = parts[0].toStdString();
            j["subject"] = parts[1].toStdString();
            j["file"] = parts[2].toStdString();
        }
        j["decision"] = findingDecisionKey(v.decision);
        j["note"] = v.note.toStdString();
        list.push_back(std::move(j));
    }
    root["verdicts"] = std::move(list);
    root["notes"] = notes.toStdString();
    if (!reviewer.isEmpty())
        root["reviewer"] = reviewer.toStdString();
    if (recommendation)
        root["recommendation"] = recommendationKey(*recommendation);
    root["boundary"] = hasBoundary ? draftToJson(boundary) : ordered_json();
    if (!view.isEmpty() || !currentFinding.empty())
        root["view"] = { { "view", view.toStdString() }, { "finding", currentFinding } };
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::optional<ReviewSession> ReviewSession::fromJson(
    std::string_view text, const QString& file, Diagnostics& diagnostics)
{
    const std::optional<SourceNode> root = readJson(text, file, diagnostics);
    if (!root)
        return std::nullopt;
    Reader r(file, diagnostics);
    if (!root->isObject()) {
        r.error(root->location, Tr::tr("a review session must be a JSON object"));
        return std::nullopt;
    }
    if (r.string(*root, "format", true) != "grantscope-review" && r.ok()) {
        r.error(root->find("format")->location, Tr::tr("this is not a GrantScope review session"));
        return std::nullopt;
    }
    const SourceNode* versionNode = r.member(*root, "version", SourceNode::Kind::Number, true);
    const int version = r.integer(*root, "version");
    if (!r.ok())
        return std::nullopt;
    if (version > kFormatVersion) {
        r.error(versionNode->location,
            Tr::tr("the session was saved in format %1 by a newer GrantScope; this version reads format %2 at most")
                .arg(version)
                .arg(kFormatVersion),
            "session-version");
        return std::nullopt;
    }
    if (version < 1) {
        r.error(versionNode->location, Tr::tr("unknown session format %1").arg(version), "session-version");
        return std::nullopt;
    }
    ReviewSession s;
    s.created = r.time(*root, "created");
    s.modified = r.time(*root, "modified");
    const QDir dir = QFileInfo(file).absoluteDir();
    if (const SourceNode* package = r.member(*root, "package", SourceNode::Kind::Object, true)) {
        for (const std::string& p : r.strings(*package, "paths"))
            s.packagePaths << QDir::cleanPath(dir.absoluteFilePath(toQString(p)));
        if (const SourceNode* params = r.member(*package, "parameters", SourceNode::Kind::Object, false))
            for (const SourceMember& m : params->members) {
                if (m.value.isScalar())
                    s.parameters[m.key] = m.value.text;
                else
                    r.error(m.value.location,
                        Tr::tr("the value of parameter \"%1\" must be a string").arg(toQString(m.key)));
            }
        if (package->find("account"))
            s.accountId = r.string(*package, "account");
        if (package->find("region"))
            s.region = r.string(*package, "region");
        if (const SourceNode* accounts = r.member(*package, "orgAccounts", SourceNode::Kind::Array, false))
            for (const SourceNode& item : accounts->items) {
                // An organization account decides which trusts need no External ID: never guess at one.
                if (item.isString() && isAwsAccountId(item.text))
                    s.orgAccounts.push_back(item.text);
                else
                    r.error(item.location,
                        Tr::tr("\"orgAccounts\" must hold 12-digit AWS account ids, not \"%1\"")
                            .arg(toQString(item.text)));
            }
        for (const SourceNode* f : r.objects(*package, "files")) {
            PackageFile entry;
            entry.path = QDir::cleanPath(dir.absoluteFilePath(toQString(r.string(*f, "path", true))));
            entry.sha256 = r.string(*f, "sha256"); // empty: the file could not be read when the review was saved
            entry.bytes = r.integer(*f, "bytes");
            const bool hex = std::all_of(entry.sha256.begin(), entry.sha256.end(),
                [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
            if (!entry.sha256.empty() && (entry.sha256.size() != 64 || !hex)) {
                if (const SourceNode* n = f->find("sha256"))
                    r.error(n->location, Tr::tr("\"sha256\" must be 64 lower-case hexadecimal digits"));
                continue;
            }
            s.packageFiles.push_back(std::move(entry));
        }
        if (package->find("partition")) {
            s.partition = r.string(*package, "partition");
            if (!isAwsPartition(s.partition))
                r.error(package->find("partition")->location,
                    Tr::tr("unknown partition \"%1\"").arg(toQString(s.partition)));
        }
    }
    for (const SourceNode* v : r.objects(*root, "verdicts")) {
        const std::string key = r.string(*v, "key", true);
        const std::string decision = r.string(*v, "decision", true);
        const std::optional<FindingDecision> d = parseFindingDecision(decision);
        if (!d && v->find("decision"))
            r.error(v->find("decision")->location, Tr::tr("unknown decision \"%1\"").arg(toQString(decision)));
        if (!key.empty() && d)
            s.verdicts[key] = { *d, toQString(r.string(*v, "note")) };
    }
    s.notes = toQString(r.string(*root, "notes"));
    s.reviewer = toQString(r.string(*root, "reviewer"));
    if (const SourceNode* n = root->find("recommendation"); n && !n->isNull()) {
        const std::string key = r.string(*root, "recommendation");
        s.recommendation = parseRecommendation(key);
        if (!s.recommendation && n->isString())
            r.error(n->location,
                Tr::tr("unknown recommendation \"%1\": \"approve\", \"boundary\" or \"reject\"").arg(toQString(key)));
    }
    if (const SourceNode* b = root->find("boundary"); b && !b->isNull()) {
        if (b->isObject()) {
            s.hasBoundary = true;
            s.boundary = r.draft(*b);
        } else {
            r.error(b->location, Tr::tr("\"boundary\" must be an object or null"));
        }
    }
    if (const SourceNode* view = r.member(*root, "view", SourceNode::Kind::Object, false)) {
        s.view = toQString(r.string(*view, "view"));
        s.currentFinding = r.string(*view, "finding");
    }
    if (!r.ok())
        return std::nullopt;
    return s;
}

std::optional<ReviewSession> ReviewSession::load(const QString& path, Diagnostics& diagnostics)
{
    const std::optional<SourceText> text = readSourceFile(path, diagnostics);
    if (!text)
        return std::nullopt;
    return fromJson(text->bytes, path, diagnostics);
}

bool ReviewSession::save(const QString& path, QString* error) const
{
    QString reason;
    if (!writeFileAtomically(path, toJson(path), &reason)) {
        if (error)
            *error = Tr::tr("cannot save %1: %2").arg(path, reason);
        return false;
    }
    return true;
}

QString ReviewSession::autosavePath(const QString& path)
{
    return path + QStringLiteral(".autosave");
}

bool ReviewSession::hasNewerAutosave(const QString& path)
{
    const QFileInfo autosave(autosavePath(path));
    if (!autosave.exists())
        return false;
    const QFileInfo saved(path);
    return !saved.exists() || autosave.lastModified() > saved.lastModified();
}

bool ReviewSession::saveAutosave(const QString& path, QString* error) const
{
    return save(autosavePath(path), error);
}

void ReviewSession::discardAutosave(const QString& path)
{
    QFile::remove(autosavePath(path));
}

} // namespace grantscope
