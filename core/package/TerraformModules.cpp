// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a Terraform module written in HCL: its files, the files they read, and the local modules it calls.
#include "package/TerraformHcl.h"

#include "doc/HclReader.h"
#include "doc/SourceFile.h"
#include "package/ArchiveReader.h"
#include "package/TerraformExpressions.h"
#include "package/TerraformInstances.h"
#include "package/TerraformLoader.h"
#include "package/TerraformResolver.h"
#include "package/UnreviewedResources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace grantscope {

namespace {

// Translated under the context "TerraformLoader" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TerraformLoader)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// As deep as nested CloudFormation stacks are read (NestedTemplates.cpp), through LoadOptions::templateDepth.
constexpr int kMaxModuleDepth = 4;
constexpr qsizetype kMaxModuleFiles = 64; // .tf files of one folder read for its variables and modules
// Module files loaded for one file of the package, in all: a module called many times at every level
// would otherwise be read a number of times exponential in the depth.
constexpr int kMaxModuleLoads = 256;

bool isLocalSource(const std::string& source)
{
    return source.starts_with("./") || source.starts_with("../");
}

/** The files of the package around a `.tf` file: on disk, or members of the same archive (read once). */
class PackageFiles {
public:
    PackageFiles(const QString& name, const LoadOptions& options)
        : m_options(options)
    {
        const qsizetype bang = name.lastIndexOf(QLatin1Char('!'));
        m_archive = bang < 0 ? QString() : name.left(bang);
    }

    // "pkg.zip!dir/x.tf" -> "dir/x.tf"; a path on disk as it is.
    QString path(const QString& name) const { return m_archive.isEmpty() ? name : name.mid(m_archive.size() + 1); }
    QString name(const QString& path) const { return m_archive.isEmpty() ? path : m_archive + QLatin1Char('!') + path; }

    // The bytes of the file; `consumed`: the package loader is told that a file of the package was read here,
    // so that it is not reviewed a second time on its own.
    std::optional<std::string> read(const QString& path, bool consumed)
    {
        std::optional<std::string> bytes;
        if (m_archive.isEmpty()) {
            Diagnostics scratch;
            std::optional<SourceText> text = readSourceFile(path, scratch, m_options.maxFileBytes);
            if (text)
                bytes = std::move(text->bytes);
        } else {
            const auto it = members().find(path.startsWith(QLatin1String("./")) ? path.mid(2) : path);
            if (it != members().end())
                bytes = it->second;
        }
        if (bytes && consumed && m_options.packageFile) {
            QString url = name(path);
            url.replace(QLatin1Char('!'), QLatin1Char('/'));
            m_options.packageFile(url.toStdString()); // only its bookkeeping: the bytes are read above
        }
        return bytes;
    }

    // Counts one more module file loaded; false past the budget.
    bool spend() { return ++m_loads <= kMaxModuleLoads; }

    // The `.tf` files of a folder, by name.
    QStringList terraformFiles(const QString& folder)
    {
        QStringList out;
        if (m_archive.isEmpty()) {
            for (const QString& f : QDir(folder).entryList({ QStringLiteral("*.tf") }, QDir::Files, QDir::Name))
                out << QDir::cleanPath(folder + QLatin1Char('/') + f);
        } else {
            const QString prefix = folder == QLatin1String(".") ? QString() : folder + QLatin1Char('/');
            for (const auto& [member, bytes] : members())
                if (member.startsWith(prefix) && !member.mid(prefix.size()).contains(QLatin1Char('/'))
                    && isTerraformHclFile(member))
                    out << member;
        }
        return out.mid(0, kMaxModuleFiles);
    }

private:
    const std::map<QString, std::string>& members()
    {
        if (!m_members) {
            m_members.emplace();
            Diagnostics scratch; // the package loader reports the archive's problems once
            readArchive(m_archive, m_options, scratch,
                [&](const QString& member, std::string content) { (*m_members)[member] = std::move(content); });
        }
        return *m_members;
    }

    const LoadOptions& m_options;
    QString m_archive;
    std::optional<std::map<QString, std::string>> m_members;
    int m_loads = 0;
};

/** Where a module's files are read: the modules around it and the values its caller gives its variables. */
struct ModuleContext {
    std::vector<QString> chain; // folders of the modules being read, outermost first
    std::map<std::string, SourceNode> inputs; // the caller's arguments, by variable name
    std::string prefix; // "module.network." for the resources of a called module
};

// A module the package calls from a registry, git or a URL: what it creates is not in the package.
void noteRemoteModules(const SourceNode& root, const QString& file, ReviewSubject& subject)
{
    const SourceNode* modules = root.find("module");
    if (!modules || !modules->isObject())
        return;
    for (const SourceMember& module : modules->members) {
        for (const SourceNode* body : terraformBlocks(&module.value)) {
            const SourceNode* source = body->find("source");
            if (!source || !source->isString() || source->text.starts_with("./") || source->text.starts_with("../"))
                continue; // a local module: its files are part of the package and reviewed with it
            subject.notes.push_back({ "unreviewed", file, module.keyLocation,
                "module." + module.key + " (" + source->text + ")",
                Tr::tr("the module \"%1\" comes from %2, outside the package: the roles and policies it creates are "
                       "not reviewed; review that module's source too")
                    .arg(QString::fromStdString(module.key), QString::fromStdString(source->text)) });
        }
    }
}

// `dynamic "statement"` and the like in IAM blocks: blocks generated when Terraform runs, so what they grant is
// not in the reviewed document.
void noteDynamicBlocks(const SourceNode& root, const QString& file, ReviewSubject& subject)
{
    for (const char* kind : { "resource", "data" }) {
        const SourceNode* types = root.find(kind);
        if (!types || !types->isObject())
            continue;
        for (const SourceMember& type : types->members) {
            if (!type.key.starts_with("aws_iam_") || !type.value.isObject())
                continue;
            for (const SourceMember& name : type.value.members)
                for (const SourceNode* body : terraformBlocks(&name.value)) {
                    const SourceNode* dynamic = body->find("dynamic");
                    if (!dynamic || !dynamic->isObject())
                        continue;
                    const std::string address
                        = (std::string_view(kind) == "data" ? "data." : "") + type.key + "." + name.key;
                    for (const SourceMember& block : dynamic->members) {
                        const SourceNode* content = block.value.isObject() ? block.value.find("for_each") : nullptr;
                        const std::string from = content && content->isString() ? content->text : std::string("?");
                        subject.notes.push_back(
                            { "unresolved-document", file, block.keyLocation, address + " dynamic " + block.key,
                                Tr::tr("the \"%1\" blocks of %2 are generated from %3 when Terraform runs; what they "
                                       "grant is not part of the reviewed policy")
                                    .arg(QString::fromStdString(block.key), QString::fromStdString(address),
                                        QString::fromStdString(from)) });
                    }
                }
        }
    }
}

void loadHclFile(const QString& name, std::string_view bytes, const LoadOptions& options, ReviewSubject& subject,
    PackageFiles& files, const ModuleContext& context);

// The values of a called module's outputs that name its roles (name, ARN) or its inputs.
std::map<std::string, std::string> moduleOutputs(const std::vector<SourceNode>& roots,
    const TerraformVariables& variables, const ReviewSubject& part, const LoadOptions& options)
{
    std::map<std::string, std::string> out;
    for (const SourceNode& root : roots) {
        const SourceNode* outputs = root.find("output");
        if (!outputs || !outputs->isObject())
            continue;
        for (const SourceMember& output : outputs->members) {
            const SourceNode* value = output.value.isObject() ? output.value.find("value") : nullptr;
            if (!value || !value->isString())
                continue;
            const std::string& text = value->text;
            if (!text.starts_with("${") || terraformClosingBrace(text, 1) != text.size() - 1) {
                if (text.find("${") == std::string::npos)
                    out[output.key] = text;
                continue;
            }
            const std::string expr = text.substr(2, text.size() - 3);
            if (const auto parts = terraformTraversal(expr);
                parts && parts->size() == 3 && (*parts)[0] == "aws_iam_role") {
                for (const RoleRecord& role : part.roles)
                    if (role.logicalId == (*parts)[0] + "." + (*parts)[1]) {
                        if ((*parts)[2] == "name" || (*parts)[2] == "id")
                            out[output.key] = role.name;
                        else if ((*parts)[2] == "arn")
                            out[output.key]
                                = "arn:" + options.partition + ":iam::" + options.accountId + ":role/" + role.name;
                    }
                continue;
            }
            if (const std::optional<SourceNode> v = evaluateTerraformExpression(expr, value->location, variables, root);
                v && v->isScalar())
                out[output.key] = v->text;
        }
    }
    return out;
}

// Replaces `${module.<name>.<output>}` in the caller's strings by the output's value.
void substituteOutputs(
    SourceNode& node, const std::string& module, const std::map<std::string, std::string>& outputs, int depth)
{
    if (depth > 256)
        return;
    if (node.isString())
        for (const auto& [output, value] : outputs) {
            const std::string reference = "${module." + module + "." + output + "}";
            for (size_t at = node.text.find(reference); at != std::string::npos;
                 at = node.text.find(reference, at + value.size()))
                node.text.replace(at, reference.size(), value);
        }
    for (SourceNode& item : node.items)
        substituteOutputs(item, module, outputs, depth + 1);
    for (SourceMember& m : node.members)
        substituteOutputs(m.value, module, outputs, depth + 1);
}

std::string bothConditions(const std::string& a, const std::string& b)
{
    return a.empty() ? b : b.empty() || a == b ? a : a + "; " + b;
}

// `count = var.enable ? 1 : 0` on a module call: the condition its resources are created under ("" when
// always); nullopt when the reviewer's own values turn the module off.
std::optional<std::string> moduleCondition(
    const SourceNode& module, const TerraformVariables& variables, const SourceNode& root)
{
    const SourceNode* count = module.find("count");
    const std::optional<std::string_view> inner = count ? terraform::wholeExpression(*count) : std::nullopt;
    const std::optional<terraform::Ternary> t = inner ? terraform::ternary(*inner) : std::nullopt;
    if (!t)
        return std::string();
    auto zero = [&](std::string_view e) {
        const std::optional<SourceNode> v = evaluateTerraformExpression(e, count->location, variables, root);
        return v && v->isScalar() && v->text == "0";
    };
    const bool offTrue = zero(t->whenTrue);
    const bool offFalse = zero(t->whenFalse);
    if (offTrue == offFalse)
        return std::string();
    const bool on = offFalse;
    terraform::Evaluator decide(variables, root);
    const std::optional<bool> c = terraform::truth(decide.eval(t->condition, count->location, 0));
    if (c && decide.decidedByReviewer())
        return *c == on ? std::optional<std::string>(std::string()) : std::nullopt;
    return terraform::onlyWhen(terraform::describe(t->condition, on), c ? std::optional<bool>(*c == on) : std::nullopt);
}

// Reads the local modules `root` calls, each with its caller's arguments, into `subject`.
void loadLocalModules(SourceNode& root, const QString& name, const QString& folder, const LoadOptions& options,
    const TerraformVariables& variables, ReviewSubject& subject, PackageFiles& files, const ModuleContext& context)
{
    SourceNode* modules = nullptr;
    for (SourceMember& top : root.members)
        if (top.key == "module" && top.value.isObject())
            modules = &top.value;
    if (!modules)
        return;
    for (const SourceMember& module : modules->members) {
        if (!module.value.isObject())
            continue;
        const SourceNode* source = module.value.find("source");
        if (!source || !source->isString() || !isLocalSource(source->text))
            continue;
        const QString moduleFolder = QDir::cleanPath(folder + QLatin1Char('/') + q(source->text));
        const std::string address = context.prefix + "module." + module.key;
        if (std::find(context.chain.begin(), context.chain.end(), moduleFolder) != context.chain.end()) {
            subject.diagnostics.push_back({ DiagnosticSeverity::Error, "terraform-module-cycle", name, source->location,
                Tr::tr("the module \"%1\" calls itself through \"%2\"; Terraform rejects such a cycle")
                    .arg(q(module.key), q(source->text)) });
            continue;
        }
        if (options.templateDepth >= kMaxModuleDepth) {
            noteUnreviewed(subject, name, module.keyLocation, address,
                Tr::tr("the module %1 is nested more than %2 levels deep and is not reviewed; review its folder as a "
                       "module of its own")
                    .arg(q(address))
                    .arg(kMaxModuleDepth));
            continue;
        }
        const QStringList moduleFiles = files.terraformFiles(moduleFolder);
        if (!moduleFiles.isEmpty() && !files.spend()) {
            noteUnreviewed(subject, name, module.keyLocation, address,
                Tr::tr("the module %1 is not reviewed: the package calls more than %2 modules in all; review its "
                       "folder as a module of its own")
                    .arg(q(address))
                    .arg(kMaxModuleLoads));
            continue;
        }
        if (moduleFiles.isEmpty()) {
            noteUnreviewed(subject, name, source->location, address,
                Tr::tr("the module %1 reads its files from \"%2\", which holds no .tf file in the package; the "
                       "roles and policies it creates are not reviewed")
                    .arg(q(address), q(source->text)));
            continue;
        }
        const std::optional<std::string> condition = moduleCondition(module.value, variables, root);
        if (!condition) {
            // Not created with the reviewer's values: its files belong to this call all the same, and are
            // not reviewed as if the package created what they define unconditionally.
            for (const QString& path : moduleFiles)
                files.read(path, true);
            continue;
        }
        ModuleContext child;
        child.chain = context.chain;
        child.chain.push_back(moduleFolder);
        child.prefix = address + ".";
        LoadOptions childOptions = options;
        ++childOptions.templateDepth;
        childOptions.parameters.clear(); // the reviewer's values are the root module's variables
        childOptions.packageVariables.clear();
        static constexpr std::string_view kMeta[]
            = { "source", "version", "providers", "count", "for_each", "depends_on" };
        for (const SourceMember& input : module.value.members) {
            if (std::find(std::begin(kMeta), std::end(kMeta), input.key) != std::end(kMeta))
                continue;
            std::optional<SourceNode> value;
            bool reviewer = false;
            if (input.value.isString() && input.value.text.starts_with("${")
                && terraformClosingBrace(input.value.text, 1) == input.value.text.size() - 1)
                value = evaluateTerraformExpression(
                    std::string_view(input.value.text).substr(2, input.value.text.size() - 3), input.value.location,
                    variables, root, {}, &reviewer);
            else if (!input.value.isString() || input.value.text.find("${") == std::string::npos)
                value = input.value;
            if (!value)
                continue; // unknown here: the module's variable stays a placeholder where it is used
            // What the reviewer's values decide stays theirs in the module; the rest is the package's own value.
            if (value->isScalar())
                (reviewer ? childOptions.parameters : childOptions.packageVariables)[input.key] = value->text;
            child.inputs[input.key] = std::move(*value);
        }
        ReviewSubject part;
        std::vector<SourceNode> moduleRoots;
        for (const QString& path : moduleFiles) {
            const std::optional<std::string> bytes = files.read(path, true);
            if (!bytes)
                continue;
            const QString childName = files.name(path);
            loadHclFile(childName, *bytes, childOptions, part, files, child);
            Diagnostics scratch;
            if (std::optional<SourceNode> r = readHcl(*bytes, childName, scratch))
                moduleRoots.push_back(std::move(*r));
        }
        std::vector<const SourceNode*> rootPointers;
        for (const SourceNode& r : moduleRoots)
            rootPointers.push_back(&r);
        TerraformVariables childVariables = TerraformVariables::collect(rootPointers, childOptions);
        for (const auto& [key, value] : child.inputs)
            childVariables.values[key] = value;
        const std::map<std::string, std::string> outputs = moduleOutputs(moduleRoots, childVariables, part, options);
        substituteOutputs(root, module.key, outputs, 0);
        for (RoleRecord& role : part.roles) {
            role.logicalId = child.prefix + role.logicalId;
            role.condition = bothConditions(*condition, role.condition);
            for (PolicyRecord& p : role.policies)
                p.condition = bothConditions(*condition, p.condition);
        }
        for (PolicyRecord& p : part.standalonePolicies)
            p.condition = bothConditions(*condition, p.condition);
        for (PackageNote& n : part.notes)
            n.condition = bothConditions(*condition, n.condition);
        auto append = [](auto& to, auto& from) {
            to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
        };
        append(subject.roles, part.roles);
        append(subject.standalonePolicies, part.standalonePolicies);
        append(subject.standaloneTrustPolicies, part.standaloneTrustPolicies);
        append(subject.notes, part.notes);
        append(subject.diagnostics, part.diagnostics);
    }
}

void loadHclFile(const QString& name, std::string_view bytes, const LoadOptions& options, ReviewSubject& subject,
    PackageFiles& files, const ModuleContext& context)
{
    ReadLimits limits;
    limits.maxBytes = options.maxFileBytes;
    std::optional<SourceNode> root = readHcl(bytes, name, subject.diagnostics, limits);
    if (!root)
        return;
    const QString path = files.path(name);
    const QString folder = QFileInfo(path).path();
    const TerraformModuleFiles moduleFiles = [&](const QString& relative) {
        return files.read(QDir::cleanPath(folder + QLatin1Char('/') + relative), true);
    };

    // A module is its folder: the variables of its other files decide its instances and branches too.
    std::vector<SourceNode> siblings;
    for (const QString& other : files.terraformFiles(folder)) {
        if (QDir::cleanPath(other) == QDir::cleanPath(path))
            continue;
        Diagnostics scratch; // each file reports its own problems when it is loaded
        if (const std::optional<std::string> text = files.read(other, false))
            if (std::optional<SourceNode> r = readHcl(*text, other, scratch, limits))
                siblings.push_back(std::move(*r));
    }
    std::vector<const SourceNode*> roots { &*root };
    for (const SourceNode& s : siblings)
        roots.push_back(&s);
    // Only count, for_each and conditionals read them: values substituted into documents stay as the JSON
    // syntax loader gives them (the file's own variables), so both syntaxes review a module alike.
    TerraformVariables variables = TerraformVariables::collect(roots, options);
    for (const auto& [key, value] : context.inputs)
        variables.values[key] = value;
    // Instances first, so that each one's files and templates are read with its own key.
    TerraformExpansion expansion;
    expandTerraformInstances(*root, name, variables, expansion, subject);
    evaluateTerraformHcl(*root, name, moduleFiles, subject);
    loadLocalModules(*root, name, folder, options, variables, subject, files, context);
    const SourceNode& evaluated = *root;
    const std::function<void(SourceNode&)> evaluate
        = [&](SourceNode& value) { evaluateTerraformHclValue(value, evaluated, name, moduleFiles, subject); };
    expandTerraformConditionals(*root, name, variables, expansion, subject, evaluate);
    loadTerraform(*root, name, options, subject, &expansion);
    noteRemoteModules(*root, name, subject);
    noteDynamicBlocks(*root, name, subject);
}

} // namespace

void loadTerraformHcl(const QString& name, std::string_view bytes, const LoadOptions& options, ReviewSubject& subject)
{
    PackageFiles files(name, options);
    ModuleContext context;
    context.chain.push_back(QDir::cleanPath(QFileInfo(files.path(name)).path()));
    loadHclFile(name, bytes, options, subject, files, context);
}

} // namespace grantscope
