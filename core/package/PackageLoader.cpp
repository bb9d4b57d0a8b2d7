// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageLoader.h"

#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "doc/YamlReader.h"
#include "package/ArchiveReader.h"
#include "package/CloudFormationLoader.h"
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
    return hasSuffix(name, {".json", ".yaml", ".yml", ".template", ".zip"});
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

void loadFile(const QString& path, const QString& shown, const LoadOptions& options, ReviewSubject& subject);

bool isVariableFile(const QString& name) { return hasSuffix(name, {".tfvars.json"}); }

// Terraform reads terraform.tfvars.json and *.auto.tfvars.json by itself; other variable files only
// when named (-var-file).
bool isAutoVariableFile(const QString& name)
{
    const QString base = QFileInfo(name.mid(name.lastIndexOf(QLatin1Char('!')) + 1)).fileName();
    return base.compare(QLatin1String("terraform.tfvars.json"), Qt::CaseInsensitive) == 0
        || hasSuffix(base, {".auto.tfvars.json"});
}

// Reads a variable file into `variables` (a later file overrides an earlier one, as in Terraform).
void readVariableFile(const QString& name, std::string_view bytes, const LoadOptions& options,
                      std::map<std::string, std::string>& variables, ReviewSubject& subject)
{
    subject.files.push_back(name);
    ReadLimits limits;
    limits.maxBytes = options.maxFileBytes;
    const std::optional<SourceNode> root = readJson(bytes, name, subject.diagnostics, limits);
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

// A file of the package, before it is read.
struct PackageEntry {
    QString path;
    bool named = false; // given as a path of its own, not found in a folder
};

void loadArchive(const QString& path, const LoadOptions& options, ReviewSubject& subject)
{
    subject.files.push_back(path);
    readArchive(path, options, subject.diagnostics, [&](const QString& name, std::string bytes) {
        if (!isPackageFile(name) || hasSuffix(name, {".zip"}) || isAutoVariableFile(name))
            return; // automatic variable files were read before
        loadDocument(path + QLatin1Char('!') + name, bytes, options, subject);
    });
}

// The automatic variable files inside an archive, as (shown name, bytes).
void readArchiveVariables(const QString& path, const LoadOptions& options,
                          std::vector<std::pair<QString, std::string>>& out)
{
    Diagnostics ignored; // reading the archive for its documents reports its problems
    readArchive(path, options, ignored, [&](const QString& name, std::string bytes) {
        if (isAutoVariableFile(name))
            out.emplace_back(path + QLatin1Char('!') + name, std::move(bytes));
    });
}

void loadFile(const QString& path, const QString& shown, const LoadOptions& options, ReviewSubject& subject)
{
    if (hasSuffix(path, {".zip"})) {
        loadArchive(path, options, subject);
        return;
    }
    std::optional<SourceText> text = readSourceFile(path, subject.diagnostics, options.maxFileBytes);
    if (!text)
        return;
    loadDocument(shown, text->bytes, options, subject);
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
                entries.push_back({file, false});
        } else if (info.exists()) {
            entries.push_back({path, true});
        } else {
            subject.diagnostics.push_back({DiagnosticSeverity::Error, "io", path, {}, Tr::tr("no such file or folder")});
        }
    }
    auto applied = [](const PackageEntry& e) { return isVariableFile(e.path) && (e.named || isAutoVariableFile(e.path)); };

    // Terraform's order: terraform.tfvars.json, then *.auto.tfvars.json by name, then the variable files
    // named as paths in their order; a later value wins, and the reviewer's --param values win over all.
    std::vector<std::pair<QString, std::string>> automatic;
    std::vector<QString> named;
    for (const PackageEntry& e : entries) {
        if (hasSuffix(e.path, {".zip"})) {
            readArchiveVariables(e.path, options, automatic);
        } else if (applied(e) && !isAutoVariableFile(e.path)) {
            named.push_back(e.path);
        } else if (applied(e)) {
            if (std::optional<SourceText> text = readSourceFile(e.path, subject.diagnostics, options.maxFileBytes))
                automatic.emplace_back(e.path, std::move(text->bytes));
        }
    }
    auto order = [](const QString& name) {
        const QString base = QFileInfo(name.mid(name.lastIndexOf(QLatin1Char('!')) + 1)).fileName();
        return std::make_pair(base.compare(QLatin1String("terraform.tfvars.json"), Qt::CaseInsensitive) != 0, base);
    };
    std::stable_sort(automatic.begin(), automatic.end(),
                     [&](const auto& a, const auto& b) { return order(a.first) < order(b.first); });
    LoadOptions effective = options;
    for (const auto& [name, bytes] : automatic)
        readVariableFile(name, bytes, options, effective.packageVariables, subject);
    for (const QString& path : named)
        if (std::optional<SourceText> text = readSourceFile(path, subject.diagnostics, options.maxFileBytes))
            readVariableFile(path, text->bytes, options, effective.packageVariables, subject);

    for (const PackageEntry& e : entries)
        if (!applied(e))
            loadFile(e.path, e.path, effective, subject);
    return subject;
}

} // namespace grantscope
