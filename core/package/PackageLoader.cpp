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

void loadArchive(const QString& path, const LoadOptions& options, ReviewSubject& subject)
{
    subject.files.push_back(path);
    readArchive(path, options, subject.diagnostics, [&](const QString& name, std::string bytes) {
        if (!isPackageFile(name) || hasSuffix(name, {".zip"}))
            return;
        loadDocument(path + QLatin1Char('!') + name, bytes, options, subject);
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
    if (hasSuffix(name, {".tfvars.json"})) {
        subject.diagnostics.push_back({ DiagnosticSeverity::Warning, "package-variables-file", name, { 1, 1 },
            Tr::tr("Terraform variable files are not applied; give the values with --param") });
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
                loadFile(file, file, options, subject);
        } else if (info.exists()) {
            loadFile(path, path, options, subject);
        } else {
            subject.diagnostics.push_back(
                { DiagnosticSeverity::Error, "io", path, {}, Tr::tr("no such file or folder") });
        }
    }
    return subject;
}

} // namespace grantscope
