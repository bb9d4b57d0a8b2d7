// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageLoader.h"

#include "doc/HclReader.h"
#include "doc/JsonReader.h"
#include "doc/SourceFile.h"
#include "doc/YamlReader.h"
#include "package/ArchiveReader.h"
#include "package/AuthorizationDetails.h"
#include "package/CloudFormationLoader.h"
#include "package/ParameterValidation.h"
#include "package/TerraformHcl.h"
#include "package/TerraformLoader.h"
#include "package/UnreviewedResources.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

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
    return hasSuffix(
        name, { ".json", ".yaml", ".yml", ".template", ".zip", ".tar", ".tgz", ".tar.gz", ".tf", ".tfvars" });
}

// An archive GrantScope opens: by its name, or, for a regular file whose name says nothing (a download
// saved as "package", a tar named ".bin"), by its first bytes: zip, gzip or POSIX tar. A pipe or device is
// never opened here (SourceFile refuses it with a message when it is read).
bool isArchive(const QString& path)
{
    if (hasSuffix(path, { ".zip", ".tar", ".tgz", ".tar.gz" }))
        return true;
    if (hasSuffix(path, { ".json", ".yaml", ".yml", ".template", ".tf", ".tfvars" }))
        return false;
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(512);
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("\x1f\x8b")
        || head.mid(257, 5) == "ustar";
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

bool isVariableFile(const QString& name)
{
    return hasSuffix(name, { ".tfvars.json", ".tfvars" });
}

// The file name of a path or of an archive member ("pkg.zip!dir/terraform.tfvars.json").
QString baseName(const QString& name)
{
    return QFileInfo(name.mid(name.lastIndexOf(QLatin1Char('!')) + 1)).fileName();
}

// Terraform reads terraform.tfvars.json and *.auto.tfvars.json by itself; other variable files only
// when named (-var-file).
bool isAutoVariableFile(const QString& name)
{
    const QString base = baseName(name);
    return base.compare(QLatin1String("terraform.tfvars.json"), Qt::CaseInsensitive) == 0
        || base.compare(QLatin1String("terraform.tfvars"), Qt::CaseInsensitive) == 0
        || hasSuffix(base, { ".auto.tfvars.json", ".auto.tfvars" });
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
        subject.diagnostics.push_back({ DiagnosticSeverity::Error, "package-variables-file", name, root->location,
            Tr::tr("a Terraform variable file must hold one object of variable values") });
        return;
    }
    for (const SourceMember& m : root->members) {
        if (m.value.isScalar() && !m.value.isNull())
            variables[m.key] = m.value.text;
        else
            subject.diagnostics.push_back(
                { DiagnosticSeverity::Warning, "package-variables-file", name, m.value.location,
                    Tr::tr("the value of %1 is a list or an object: not applied, var.%1 stays a placeholder")
                        .arg(QString::fromStdString(m.key)) });
    }
}

// Something in the package that may hold access and is not read: a "package-unreviewed" finding.
void noteUnreviewedFile(ReviewSubject& subject, const QString& file, const QString& message)
{
    subject.notes.push_back({ "unreviewed", file, {}, file.toStdString(), message });
}

// Why a file found in a folder or an archive (`relative`: its path there) is not read although it is part of
// the package: a kind of file that holds no AWS access GrantScope could review (documentation, a licence, an
// image, a script, a build or dependency manifest, tool configuration). std::nullopt for a file that is read.
std::optional<QString> unrelatedFile(const QString& relative)
{
    const QString base = QFileInfo(relative).fileName();
    static const QStringList manifests = { QStringLiteral("package.json"), QStringLiteral("package-lock.json"),
        QStringLiteral("npm-shrinkwrap.json"), QStringLiteral("yarn.lock"), QStringLiteral("pnpm-lock.yaml"),
        QStringLiteral("composer.json"), QStringLiteral("composer.lock"), QStringLiteral("tsconfig.json"),
        QStringLiteral("jsconfig.json"), QStringLiteral("cdk.json"), QStringLiteral("cdk.context.json"),
        QStringLiteral("renovate.json"), QStringLiteral("Pipfile"), QStringLiteral("Pipfile.lock"),
        QStringLiteral("poetry.lock"), QStringLiteral("pyproject.toml"), QStringLiteral("requirements.txt"),
        QStringLiteral("go.mod"), QStringLiteral("go.sum"), QStringLiteral("Gemfile"), QStringLiteral("Gemfile.lock"),
        QStringLiteral("Cargo.toml"), QStringLiteral("Cargo.lock"), QStringLiteral("Makefile"),
        QStringLiteral("Dockerfile"), QStringLiteral("docker-compose.yml"), QStringLiteral("docker-compose.yaml"),
        QStringLiteral("mkdocs.yml"), QStringLiteral("azure-pipelines.yml"), QStringLiteral("bitbucket-pipelines.yml"),
        QStringLiteral("Jenkinsfile") };
    if (base.startsWith(QLatin1Char('.')))
        return Tr::tr("a hidden file (repository, editor or CI configuration)");
    if (manifests.contains(base, Qt::CaseInsensitive) || hasSuffix(base, { ".lock" }))
        return Tr::tr("a build, dependency or CI file; it grants no AWS access itself");
    if (isPackageFile(base))
        return std::nullopt;
    if (hasSuffix(base, { ".tpl", ".tftpl" }))
        return Tr::tr("a template file, reviewed only where a Terraform templatefile() or file() call reads it");
    if (hasSuffix(base, { ".md", ".markdown", ".txt", ".rst", ".adoc", ".html", ".htm", ".pdf" })
        || base.startsWith(QLatin1String("README"), Qt::CaseInsensitive)
        || base.startsWith(QLatin1String("CHANGELOG"), Qt::CaseInsensitive))
        return Tr::tr("documentation");
    if (base.startsWith(QLatin1String("LICENSE"), Qt::CaseInsensitive)
        || base.startsWith(QLatin1String("LICENCE"), Qt::CaseInsensitive)
        || base.startsWith(QLatin1String("COPYING"), Qt::CaseInsensitive)
        || base.startsWith(QLatin1String("NOTICE"), Qt::CaseInsensitive))
        return Tr::tr("a licence or notice text");
    if (hasSuffix(base, { ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".bmp" }))
        return Tr::tr("an image");
    if (hasSuffix(
            base, { ".sh", ".bash", ".zsh", ".ps1", ".bat", ".cmd", ".py", ".js", ".mjs", ".ts", ".rb", ".pl", ".go" }))
        return Tr::tr("a script or program: GrantScope reads no code; if the deployment runs it, check by hand "
                      "what access it creates");
    return Tr::tr("not a kind of file GrantScope reads (policy, CloudFormation template, Terraform, archive)");
}

// The first folder of `relative` whose name starts with a dot (".git", ".terraform", ".github"), or empty.
QString hiddenFolder(const QString& relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        if (parts[i].startsWith(QLatin1Char('.')) && parts[i] != QStringLiteral(".")
            && parts[i] != QStringLiteral(".."))
            return QStringList(parts.mid(0, i + 1)).join(QLatin1Char('/'));
    return {};
}

// The --exclude glob that leaves out `relative` (matched as a path, each of its folders and its file name).
std::optional<QString> excludedBy(const QString& relative, const LoadOptions& options)
{
    const QString base = QFileInfo(relative).fileName();
    QStringList candidates = { relative, base };
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i)
        candidates << QStringList(parts.mid(0, i)).join(QLatin1Char('/'));
    for (const std::string& glob : options.exclude) {
        const QString pattern = QString::fromStdString(glob);
        const QRegularExpression re = QRegularExpression::fromWildcard(pattern, Qt::CaseSensitive);
        for (const QString& c : candidates)
            if (re.match(c).hasMatch())
                return pattern;
    }
    return std::nullopt;
}

// Files of a folder or an archive that are left unread, said as Info diagnostics (never findings: they grant
// nothing), so nothing shipped is passed over in silence. A hidden folder is said once, with its file count.
class LeftOut {
public:
    explicit LeftOut(ReviewSubject& subject)
        : m_subject(subject)
    { }

    // True when `full` (shown in messages; `relative` inside its folder or archive) is not to be read.
    bool check(const QString& full, const QString& relative, const LoadOptions& options)
    {
        if (const std::optional<QString> glob = excludedBy(relative, options)) {
            m_said.push_back({ DiagnosticSeverity::Info, "package-excluded", full, {},
                Tr::tr("excluded from the package (--exclude %1)").arg(*glob) });
            return true;
        }
        if (const QString folder = hiddenFolder(relative); !folder.isEmpty()) {
            const QString shown = full.left(full.size() - relative.size()) + folder;
            ++m_hiddenFolders[shown];
            return true;
        }
        if (const std::optional<QString> why = unrelatedFile(relative)) {
            m_said.push_back(
                { DiagnosticSeverity::Info, "package-not-reviewed", full, {}, Tr::tr("not reviewed: %1").arg(*why) });
            return true;
        }
        return false;
    }

    ~LeftOut()
    {
        // In the order of the files' paths, whatever order the folder is listed in.
        std::stable_sort(
            m_said.begin(), m_said.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.file < b.file; });
        m_subject.diagnostics.insert(m_subject.diagnostics.end(), m_said.begin(), m_said.end());
        for (const auto& [folder, count] : m_hiddenFolders)
            m_subject.diagnostics.push_back({ DiagnosticSeverity::Info, "package-not-reviewed", folder, {},
                Tr::tr(
                    "not reviewed: a hidden folder (%n file(s)), as version control and tools keep them", "", count) });
    }
    LeftOut(const LeftOut&) = delete;
    LeftOut& operator=(const LeftOut&) = delete;

private:
    ReviewSubject& m_subject;
    std::map<QString, int> m_hiddenFolders;
    Diagnostics m_said;
};

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
    if (!isArchive(path)) {
        entries.push_back({ path, std::nullopt, named, false });
        return;
    }
    entries.push_back({ path, std::nullopt, false, true });
    const size_t firstDiagnostic = subject.diagnostics.size();
    LeftOut leftOut(subject);
    readArchive(path, options, subject.diagnostics, [&](const QString& name, std::string bytes) {
        if (leftOut.check(path + QLatin1Char('!') + name, name, options))
            return;
        if (hasSuffix(name, { ".zip", ".tar", ".tgz", ".gz", ".7z", ".rar", ".jar" })) {
            noteUnreviewedFile(subject, path + QLatin1Char('!') + name,
                Tr::tr("an archive inside the archive is not opened; unpack it and review its files"));
            return;
        }
        if (isPackageFile(name))
            entries.push_back({ path + QLatin1Char('!') + name, std::move(bytes), false, false });
    });
    // An entry the reader skipped (a link, an unsafe name, encrypted, too large, unreadable) may hold access:
    // it is a finding, not a warning nobody prints.
    for (size_t i = firstDiagnostic; i < subject.diagnostics.size(); ++i) {
        const Diagnostic& d = subject.diagnostics[i];
        if (d.severity == DiagnosticSeverity::Warning && d.code.starts_with("archive-"))
            noteUnreviewedFile(subject, d.file,
                Tr::tr("%1; what it holds is not reviewed: extract it by hand and review it, or ask the vendor "
                       "why the package carries it")
                    .arg(d.message));
    }
}

std::optional<std::string> contents(const PackageEntry& e, const LoadOptions& options, ReviewSubject& subject)
{
    if (e.bytes)
        return e.bytes;
    std::optional<SourceText> text = readSourceFile(e.name, subject.diagnostics, options.maxFileBytes);
    return text ? std::optional<std::string>(std::move(text->bytes)) : std::nullopt;
}

// The package file a nested stack's TemplateURL names: the one whose path ends the URL (query string
// and placeholders aside) with the most path components.
std::optional<size_t> entryForUrl(const std::vector<PackageEntry>& entries, const std::string& url)
{
    QString path = QString::fromStdString(url).section(QLatin1Char('?'), 0, 0);
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList wanted = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return std::nullopt;
    std::optional<size_t> best;
    qsizetype bestDepth = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        const PackageEntry& e = entries[i];
        if (e.archive || isVariableFile(e.name))
            continue;
        QString name = e.name;
        name.replace(QLatin1Char('!'), QLatin1Char('/'));
        name.replace(QLatin1Char('\\'), QLatin1Char('/'));
        const QStringList have = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        qsizetype depth = 0;
        while (depth < wanted.size() && depth < have.size()
            && wanted[wanted.size() - 1 - depth] == have[have.size() - 1 - depth])
            ++depth;
        if (depth > bestDepth) {
            best = i;
            bestDepth = depth;
        }
    }
    return best;
}

// Adds one file's part to the package; a template read as a nested stack of another file keeps only its
// place among the files read.
void merge(ReviewSubject&& part, bool readByParent, ReviewSubject& subject)
{
    subject.files.insert(subject.files.end(), part.files.begin(), part.files.end());
    if (readByParent)
        return;
    auto append = [](auto& to, auto& from) {
        to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    };
    append(subject.roles, part.roles);
    append(subject.standalonePolicies, part.standalonePolicies);
    append(subject.standaloneTrustPolicies, part.standaloneTrustPolicies);
    append(subject.notes, part.notes);
    append(subject.diagnostics, part.diagnostics);
    subject.parameters.merge(part.parameters);
    if (part.accountExport) {
        // Pages of one account export: their policies serve the roles of every page (finishAuthorizationDetails).
        if (!subject.accountExport)
            subject.accountExport.emplace();
        AccountExport& to = *subject.accountExport;
        append(to.pages, part.accountExport->pages);
        append(to.managedPolicies, part.accountExport->managedPolicies);
        append(to.truncatedPages, part.accountExport->truncatedPages);
        to.lastPageSeen = to.lastPageSeen || part.accountExport->lastPageSeen;
    }
}

} // namespace

void loadDocument(const QString& name, std::string_view bytes, const LoadOptions& options, ReviewSubject& subject)
{
    if (isVariableFile(name)) {
        subject.diagnostics.push_back({ DiagnosticSeverity::Warning, "package-variables-file", name, { 1, 1 },
            Tr::tr("Terraform reads this variable file only when it is named (-var-file): give it as a path of its "
                   "own to apply it, or give the values with --param") });
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
    const std::string_view trimmed
        = bytes.substr(std::min(bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF"), bytes.size()));
    const bool jsonText = trimmed.starts_with('{') || trimmed.starts_with('[');
    if (hasSuffix(name, { ".yaml", ".yml" }) || (!jsonText && !hasSuffix(name, { ".json" })))
        root = readYaml(bytes, name, subject.diagnostics, limits);
    else
        root = readJson(bytes, name, subject.diagnostics, limits);
    if (!root)
        return;
    if (looksLikeCloudFormation(*root))
        loadCloudFormation(*root, name, options, subject, bytes);
    else if (looksLikeTerraform(*root))
        loadTerraform(*root, name, options, subject);
    else if (looksLikeAuthorizationDetails(*root))
        loadAuthorizationDetails(*root, name, subject);
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
            // Links are never followed (one could lead out of the package, to the reviewer's own files) and
            // unreadable files are not passed over in silence: each is a finding naming the file.
            // Hidden files are listed too: what the package holds is never passed over in silence.
            QDirIterator it(path, QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
            const QDir root(path);
            LeftOut leftOut(subject);
            while (it.hasNext()) {
                const QString file = it.next();
                const QFileInfo entry = it.fileInfo();
                if (leftOut.check(file, root.relativeFilePath(file), options))
                    continue;
                if (entry.isSymLink()) {
                    noteUnreviewedFile(subject, file,
                        Tr::tr("a symbolic link (to %1) is not followed; copy the file it names into the package "
                               "if it belongs to it")
                            .arg(entry.symLinkTarget()));
                    continue;
                }
                if (!entry.isReadable()) {
                    noteUnreviewedFile(
                        subject, file, Tr::tr("the file cannot be read (permissions); it is not reviewed"));
                    continue;
                }
                files << file;
            }
            std::sort(files.begin(), files.end());
            if (files.isEmpty())
                subject.diagnostics.push_back({ DiagnosticSeverity::Error, "package-empty", path, {},
                    Tr::tr("nothing to review in this folder: no policy, CloudFormation template, Terraform file "
                           "or archive (*.json, *.yaml, *.yml, *.template, *.tf, *.zip, *.tar, *.tgz)") });
            for (const QString& file : files)
                addEntries(file, false, options, entries, subject);
        } else if (info.exists()) {
            addEntries(path, true, options, entries, subject);
        } else {
            subject.diagnostics.push_back(
                { DiagnosticSeverity::Error, "io", path, {}, Tr::tr("no such file or folder") });
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
        const int rank = !isAutoVariableFile(e->name)                                 ? 2
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

    // Each file is read into a part of its own: a template that a nested stack of another file names is
    // reviewed there, with that parent's parameter values, and not a second time on its own.
    std::vector<ReviewSubject> parts(entries.size());
    std::vector<std::set<size_t>> consumers(entries.size());
    size_t current = 0;
    effective.packageFile = [&](const std::string& url) -> std::optional<std::pair<QString, std::string>> {
        const std::optional<size_t> index = entryForUrl(entries, url);
        if (!index)
            return std::nullopt;
        std::optional<std::string> bytes = contents(entries[*index], options, parts[current]);
        if (!bytes)
            return std::nullopt;
        consumers[*index].insert(current);
        return std::make_pair(entries[*index].name, std::move(*bytes));
    };
    for (current = 0; current < entries.size(); ++current) {
        reportProgress(options.progress, WorkStage::Reading, current, entries.size());
        const PackageEntry& e = entries[current];
        if (e.archive)
            parts[current].files.push_back(e.name);
        else if (!appliesAsVariables(e))
            if (const std::optional<std::string> bytes = contents(e, options, parts[current]))
                loadDocument(e.name, *bytes, effective, parts[current]);
    }
    if (options.checkParameterNames) {
        // Every template's and module's parameters, also those of nested ones read through their parent.
        std::vector<std::string> known;
        for (const ReviewSubject& part : parts)
            for (const auto& [name, record] : part.parameters)
                known.push_back(name);
        std::sort(known.begin(), known.end());
        known.erase(std::unique(known.begin(), known.end()), known.end());
        checkParameterNames(options.parameters, known, subject.diagnostics);
    }
    for (size_t i = 0; i < parts.size(); ++i) {
        consumers[i].erase(i);
        merge(std::move(parts[i]), !consumers[i].empty(), subject);
    }
    reportProgress(options.progress, WorkStage::Reading, entries.size(), entries.size());
    finishAuthorizationDetails(subject);
    // An empty review must never read as "nothing dangerous": say that nothing was found to review.
    if (subject.empty() && subject.notes.empty() && !hasErrors(subject.diagnostics))
        subject.diagnostics.push_back(
            { DiagnosticSeverity::Error, "package-empty", paths.join(QStringLiteral(", ")), {},
                Tr::tr("nothing to review: no role, user, policy, trust policy or resource policy was found, and "
                       "nothing that could grant access was left unread") });
    return subject;
}

} // namespace grantscope
