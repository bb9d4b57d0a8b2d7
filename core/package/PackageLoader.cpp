// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageLoader.h"

#include "doc/HclReader.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "doc/YamlReader.h"
#include "package/ArchiveReader.h"
#include "package/CloudFormationLoader.h"
#include "package/TerraformHcl.h"
#include "package/TerraformLoader.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "PackageLoader" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PackageLoader)
};

bool hasSuffix(const QString& name, std::initializer_list<const char*> suffixes)
{
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const char* s) { return name.endsWith(QLatin1String(s), Qt::CaseInsensitive); });
}

bool isPackageFile(const QString& name)
{
    return hasSuffix(name, {".json", ".yaml", ".yml", ".template", ".zip", ".tf", ".tfvars"});
}

bool looksLikePolicy(const SourceNode& root)
{
    return root.isObject() && root.find("Statement") != nullptr;
}

void addPolicyDocument(const SourceNode& root, const QString& name, ReviewSubject& subject)
{
    const PolicyKind kind = PolicyParser::guessKind(root);
    std::string stem = QFileInfo(name).completeBaseName().toStdString();
    PolicyParser::Result parsed = PolicyParser::parse(root, kind, name, stem, subject.diagnostics);
    if (kind == PolicyKind::Identity) {
        PolicyRecord record;
        record.origin = PolicyOrigin::Standalone;
        record.name = stem;
        record.file = name;
        record.location = root.location;
        record.policy = std::move(parsed.policy);
        subject.standalonePolicies.push_back(std::move(record));
    } else {
        parsed.policy.kind = PolicyKind::Trust;
        subject.standaloneTrustPolicies.push_back(std::move(parsed.policy));
    }
}

bool isVariableFile(const QString& name) { return hasSuffix(name, {".tfvars.json", ".tfvars"}); }

// The file name of a path or of an archive member ("pkg.zip!dir/terraform.tfvars.json").
QString baseName(const QString& name) { return QFileInfo(name.mid(name.lastIndexOf(QLatin1Char('!')) + 1)).fileName(); }

// Terraform reads terraform.tfvars.json and *.auto.tfvars.json by itself; other variable files only
// when named (-var-file).
bool isAutoVariableFile(const QString& name)
{
    const QString base = baseName(name);
    return base.compare(QLatin1String("terraform.tfvars.json"), Qt::CaseInsensitive) == 0
        || base.compare(QLatin1String("terraform.tfvars"), Qt::CaseInsensitive) == 0
        || hasSuffix(base, {".auto.tfvars.json", ".auto.tfvars"});
}

// Reads a variable file into `variables` (a later file overrides an earlier one, as in Terraform).
void readVariableFile(const QString& name, std::string_view bytes, const LoadOptions& options,
                      std::map<std::string, std::string>& variables, ReviewSubject& subject)
{
    subject.files.push_back(name);
    ReadLimits limits;
    limits.maxBytes = options.maxFileBytes;
    const std::optional<SourceNode> root = isTerraformHclVariableFile(name)
        ? readHcl(bytes, name, subject.diagnostics, limits)
        : readJson(bytes, name, subject.diagnostics, limits);
    if (!root)
        return;
    if (!root->isObject()) {
        subject.diagnostics.push_back({DiagnosticSeverity::Error, "package-variables-file", name, root->location,
                                       Tr::tr("a Terraform variable file must hold one object of variable values")});
        return;
    }
    for (const SourceMember& m : root->members) {
        if (m.value.isScalar() && !m.value.isNull())
            variables[m.key] = m.value.text;
        else
            subject.diagnostics.push_back(
                {DiagnosticSeverity::Warning, "package-variables-file", name, m.value.location,
                 Tr::tr("the value of %1 is a list or an object: not applied, var.%1 stays a placeholder")
                     .arg(QString::fromStdString(m.key))});
    }
}

// A file of the package before it is read: on disk, or a member of an archive read once, whose bytes are
// kept until the member is loaded.
struct PackageEntry {
    QString name; // path on disk, or "archive.zip!member"
    std::optional<std::string> bytes; // archive members
    bool named = false; // given as a path of its own, not found in a folder or an archive
    bool archive = false; // the archive itself: listed among the package's files where it stands
};

// A variable file that applies: one Terraform reads by itself, or one named as a path.
bool appliesAsVariables(const PackageEntry& e)
{
    return !e.archive && isVariableFile(e.name) && (e.named || isAutoVariableFile(e.name));
}

void addEntries(const QString& path, bool named, const LoadOptions& options, std::vector<PackageEntry>& entries,
                ReviewSubject& subject)
{
    if (!hasSuffix(path, {".zip"})) {
        entries.push_back({path, std::nullopt, named, false});
        return;
    }
    entries.push_back({path, std::nullopt, false, true});
    readArchive(path, options, subject.diagnostics, [&](const QString& name, std::string bytes) {
        if (isPackageFile(name) && !hasSuffix(name, {".zip"}))
            entries.push_back({path + QLatin1Char('!') + name, std::move(bytes), false, false});
    });
}

std::optional<std::string> contents(const PackageEntry& e, const LoadOptions& options, ReviewSubject& subject)
{
    if (e.bytes)
        return e.bytes;
    std::optional<SourceText> text = readSourceFile(e.name, subject.diagnostics, options.maxFileBytes);
    return text ? std::optional<std::string>(std::move(text->bytes)) : std::nullopt;
}

} // namespace

void loadDocument(const QString& name, std::string_view bytes, const LoadOptions& options, ReviewSubject& subject)
{
    if (isVariableFile(name)) {
        subject.diagnostics.push_back(
            {DiagnosticSeverity::Warning, "package-variables-file", name, {1, 1},
             Tr::tr("Terraform reads this variable file only when it is named (-var-file): give it as a path of its "
                    "own to apply it, or give the values with --param")});
        return;
    }
    subject.files.push_back(name);
    if (isTerraformHclFile(name)) {
        loadTerraformHcl(name, bytes, options, subject);
        return;
    }
    ReadLimits limits;
    limits.maxBytes = options.maxFileBytes;
    std::optional<SourceNode> root;
    const std::string_view trimmed = bytes.substr(std::min(bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF"), bytes.size()));
    const bool jsonText = trimmed.starts_with('{') || trimmed.starts_with('[');
    if (hasSuffix(name, {".yaml", ".yml"}) || (!jsonText && !hasSuffix(name, {".json"})))
        root = readYaml(bytes, name, subject.diagnostics, limits);
    else
        root = readJson(bytes, name, subject.diagnostics, limits);
    if (!root)
        return;
    if (looksLikeCloudFormation(*root))
        loadCloudFormation(*root, name, options, subject);
    else if (looksLikeTerraform(*root))
        loadTerraform(*root, name, options, subject);
    else if (looksLikePolicy(*root))
        addPolicyDocument(*root, name, subject);
    else
        subject.diagnostics.push_back({ DiagnosticSeverity::Error, "package-unknown-document", name, root->location,
            Tr::tr("not a policy, a CloudFormation template or Terraform JSON") });
}

ReviewSubject loadPackage(const QStringList& paths, const LoadOptions& options)
{
    ReviewSubject subject;
    // Every file first: variable files apply to the whole package, wherever they are in it.
    std::vector<PackageEntry> entries;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isPackageFile(file))
                    files << file;
            }
            std::sort(files.begin(), files.end());
            for (const QString& file : files)
                addEntries(file, false, options, entries, subject);
        } else if (info.exists()) {
            addEntries(path, true, options, entries, subject);
        } else {
            subject.diagnostics.push_back({DiagnosticSeverity::Error, "io", path, {}, Tr::tr("no such file or folder")});
        }
    }

    // Terraform's order: terraform.tfvars.json, then *.auto.tfvars.json by name, then the variable files
    // named as paths in their order; a later value wins, and the reviewer's --param values win over all.
    std::vector<const PackageEntry*> variableFiles;
    for (const PackageEntry& e : entries)
        if (appliesAsVariables(e))
            variableFiles.push_back(&e);
    auto order = [](const PackageEntry* e) {
        const QString base = baseName(e->name);
        const int rank = !isAutoVariableFile(e->name) ? 2
            : base.startsWith(QLatin1String("terraform.tfvars"), Qt::CaseInsensitive) ? 0
                                                                                            : 1;
        return std::make_pair(rank, rank < 2 ? base : QString()); // terraform.tfvars before terraform.tfvars.json
    };
    std::stable_sort(variableFiles.begin(), variableFiles.end(),
                     [&](const PackageEntry* a, const PackageEntry* b) { return order(a) < order(b); });
    LoadOptions effective = options;
    for (const PackageEntry* e : variableFiles)
        if (const std::optional<std::string> bytes = contents(*e, options, subject))
            readVariableFile(e->name, *bytes, options, effective.packageVariables, subject);

    for (const PackageEntry& e : entries) {
        if (e.archive)
            subject.files.push_back(e.name);
        else if (!appliesAsVariables(e))
            if (const std::optional<std::string> bytes = contents(e, options, subject))
                loadDocument(e.name, *bytes, effective, subject);
    }
    return subject;
}

} // namespace grantscope
