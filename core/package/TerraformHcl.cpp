// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformHcl.h"

#include "doc/HclReader.h"
#include "doc/SourceFile.h"
#include "package/ArchiveReader.h"
#include "package/TerraformLoader.h"
#include "package/TerraformResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <map>

namespace grantscope {

namespace {

// Translated under the context "TerraformLoader" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TerraformLoader)
};

std::string_view trim(std::string_view s)
{
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// `name(` ... `)` around the whole expression: the argument text, or nullopt.
std::optional<std::string_view> callArgument(std::string_view expr, std::string_view name)
{
    if (!expr.starts_with(name) || expr.size() < name.size() + 2 || expr[name.size()] != '(' || !expr.ends_with(')'))
        return std::nullopt;
    // The parenthesis after the name must be the one that closes at the end.
    int depth = 0;
    bool inString = false;
    for (size_t i = name.size(); i < expr.size(); ++i) {
        const char c = expr[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if ((c == ')' || c == ']' || c == '}') && --depth == 0 && i + 1 != expr.size()) {
            return std::nullopt;
        }
    }
    return expr.substr(name.size() + 1, expr.size() - name.size() - 2);
}

// Gives a tree read from `text` placed at `at` (line 1 of `text` starts at column `at.column`) its place in the file.
void shiftTree(SourceNode& node, SourceLocation at)
{
    auto shift = [at](SourceLocation& l) {
        if (l.line == 1)
            l = SourceLocation{at.line, at.column + l.column - 1};
        else
            l.line += at.line - 1;
    };
    shift(node.location);
    for (SourceNode& item : node.items)
        shiftTree(item, at);
    for (SourceMember& m : node.members) {
        shift(m.keyLocation);
        shiftTree(m.value, at);
    }
}

// Reads `text` (an HCL expression written at `at`) into a tree; nullopt when it is not one.
std::optional<SourceNode> readExpression(std::string_view text, SourceLocation at)
{
    const std::string source = "v = " + std::string(text) + "\n";
    Diagnostics scratch;
    std::optional<SourceNode> root = readHcl(source, QString(), scratch);
    if (!root || root->members.size() != 1)
        return std::nullopt;
    SourceNode value = std::move(root->members.front().value);
    shiftTree(value, SourceLocation{at.line, at.column - 4});
    return value;
}

void appendJson(std::string& out, const SourceNode& node)
{
    switch (node.kind) {
    case SourceNode::Kind::Null:
        out += "null";
        return;
    case SourceNode::Kind::Bool:
    case SourceNode::Kind::Number:
        out += node.text;
        return;
    case SourceNode::Kind::String:
        out += '"';
        for (const char c : node.text) {
            if (c == '"' || c == '\\')
                out += '\\';
            if (c == '\n')
                out += "\\n";
            else if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
        out += '"';
        return;
    case SourceNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i)
                out += ',';
            appendJson(out, node.items[i]);
        }
        out += ']';
        return;
    case SourceNode::Kind::Object:
        out += '{';
        for (size_t i = 0; i < node.members.size(); ++i) {
            if (i)
                out += ',';
            SourceNode key;
            key.kind = SourceNode::Kind::String;
            key.text = node.members[i].key;
            appendJson(out, key);
            out += ':';
            appendJson(out, node.members[i].value);
        }
        out += '}';
        return;
    }
}

class HclEvaluator {
public:
    HclEvaluator(const QString& file, const TerraformModuleFiles& files, ReviewSubject& subject)
        : m_file(file)
        , m_files(files)
        , m_subject(subject)
    {
    }

    void walk(SourceNode& node, int depth)
    {
        if (depth > 256)
            return;
        if (node.isString())
            evaluate(node);
        for (SourceNode& item : node.items)
            walk(item, depth + 1);
        for (SourceMember& m : node.members)
            walk(m.value, depth + 1);
    }

private:
    void evaluate(SourceNode& node)
    {
        const std::string_view text = node.text;
        if (!text.starts_with("${") || terraformClosingBrace(text, 1) != text.size() - 1)
            return;
        const std::string_view expr = trim(text.substr(2, text.size() - 3));
        // The expression starts right after "${" (readHcl writes no space there).
        const SourceLocation at = node.location;
        if (const auto arg = callArgument(expr, "jsonencode")) {
            const size_t offset = size_t(arg->data() - expr.data());
            const std::string_view inner = trim(*arg);
            if (!inner.starts_with('{'))
                return;
            const size_t lead = size_t(inner.data() - expr.data()) - offset;
            std::optional<SourceNode> value
                = readExpression(inner, SourceLocation{at.line, at.column + int(offset + lead)});
            if (value && value->isObject() && value->find("Statement"))
                node = std::move(*value);
            return;
        }
        std::string_view call = expr;
        if (const auto arg = callArgument(expr, "jsondecode"))
            call = trim(*arg);
        const bool templated = call.starts_with("templatefile(");
        const auto args = callArgument(call, templated ? "templatefile" : "file");
        if (!args)
            return;
        const std::optional<SourceNode> list = readExpression("[" + std::string(*args) + "]", at);
        if (!list || !list->isArray() || list->items.size() != (templated ? 2u : 1u) || !list->items[0].isString())
            return;
        std::string path = list->items[0].text;
        for (const char* root : {"${path.module}", "${path.root}", "${path.cwd}"})
            for (size_t i = path.find(root); i != std::string::npos; i = path.find(root))
                path.replace(i, std::string_view(root).size(), ".");
        if (path.find("${") != std::string::npos)
            return; // built from a variable: the loader notes it
        const QString relative = QDir::cleanPath(QString::fromStdString(path));
        if (QDir::isAbsolutePath(relative) || relative == QLatin1String("..")
            || relative.startsWith(QLatin1String("../"))) {
            warn(at, Tr::tr("%1 reads \"%2\", outside the module's folder: the file is not reviewed")
                         .arg(QString::fromStdString(std::string(call.substr(0, call.find('(')))), relative));
            return;
        }
        std::optional<std::string> content = m_files ? m_files(relative) : std::nullopt;
        if (!content) {
            warn(at, Tr::tr("the file \"%1\" read by this expression is not in the package; the policy it holds "
                            "cannot be reviewed")
                         .arg(relative));
            return;
        }
        if (templated)
            substitute(*content, list->items[1]);
        node.text = std::move(*content);
    }

    // Replaces `${name}` and `${jsonencode(name)}` of the template with the given variables.
    static void substitute(std::string& text, const SourceNode& vars)
    {
        if (!vars.isObject())
            return;
        std::string out;
        out.reserve(text.size());
        for (size_t i = 0; i < text.size();) {
            if (text.compare(i, 3, "$${") == 0) {
                out.append("$${");
                i += 3;
                continue;
            }
            const size_t close = text.compare(i, 2, "${") == 0 ? terraformClosingBrace(text, i + 1) : std::string::npos;
            if (close == std::string::npos) {
                out += text[i++];
                continue;
            }
            std::string_view inner = trim(std::string_view(text).substr(i + 2, close - i - 2));
            inner = trim(inner.substr(inner.starts_with('~') ? 1 : 0));
            if (inner.ends_with('~'))
                inner = trim(inner.substr(0, inner.size() - 1));
            bool encode = false;
            if (const auto arg = callArgument(inner, "jsonencode")) {
                inner = trim(*arg);
                encode = true;
            }
            const SourceNode* value = vars.find(inner);
            std::string replacement;
            if (!value) {
                replacement = text.substr(i, close + 1 - i);
            } else if (value->isString() && value->text.starts_with("${")) {
                replacement = encode ? "${jsonencode(" + value->text.substr(2, value->text.size() - 3) + ")}"
                                     : value->text;
            } else if (encode) {
                appendJson(replacement, *value);
            } else if (value->isScalar()) {
                replacement = value->text;
            } else {
                replacement = text.substr(i, close + 1 - i);
            }
            out += replacement;
            i = close + 1;
        }
        text = std::move(out);
    }

    void warn(SourceLocation at, const QString& message)
    {
        m_subject.diagnostics.push_back({DiagnosticSeverity::Warning, "terraform-file", m_file, at, message});
    }

    const QString& m_file;
    const TerraformModuleFiles& m_files;
    ReviewSubject& m_subject;
};

bool endsWith(const QString& name, const char* suffix) { return name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive); }

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
            subject.notes.push_back(
                {"unreviewed", file, module.keyLocation, "module." + module.key + " (" + source->text + ")",
                 Tr::tr("the module \"%1\" comes from %2, outside the package: the roles and policies it creates are "
                        "not reviewed; review that module's source too")
                     .arg(QString::fromStdString(module.key), QString::fromStdString(source->text))});
        }
    }
}

} // namespace

bool isTerraformHclFile(const QString& name) { return endsWith(name, ".tf"); }

bool isTerraformHclVariableFile(const QString& name) { return endsWith(name, ".tfvars"); }

void evaluateTerraformHcl(SourceNode& root, const QString& file, const TerraformModuleFiles& files,
                          ReviewSubject& subject)
{
    HclEvaluator(file, files, subject).walk(root, 0);
}

void loadTerraformHcl(const QString& name, std::string_view bytes, const LoadOptions& options, ReviewSubject& subject)
{
    ReadLimits limits;
    limits.maxBytes = options.maxFileBytes;
    std::optional<SourceNode> root = readHcl(bytes, name, subject.diagnostics, limits);
    if (!root)
        return;
    // Files of the module, beside the .tf file: on disk, or members of the same archive (read once, when asked).
    const qsizetype bang = name.lastIndexOf(QLatin1Char('!'));
    const QString archive = bang < 0 ? QString() : name.left(bang);
    const QString folder = QFileInfo(bang < 0 ? name : name.mid(bang + 1)).path();
    std::optional<std::map<QString, std::string>> members;
    const TerraformModuleFiles files = [&](const QString& relative) -> std::optional<std::string> {
        const QString path = QDir::cleanPath(folder + QLatin1Char('/') + relative);
        if (archive.isEmpty()) {
            Diagnostics scratch;
            std::optional<SourceText> text = readSourceFile(path, scratch, options.maxFileBytes);
            return text ? std::optional<std::string>(std::move(text->bytes)) : std::nullopt;
        }
        if (!members) {
            members.emplace();
            Diagnostics scratch; // the package loader reports the archive's problems once
            readArchive(archive, options, scratch,
                        [&](const QString& member, std::string content) { (*members)[member] = std::move(content); });
        }
        const auto it = members->find(path.startsWith(QLatin1String("./")) ? path.mid(2) : path);
        return it == members->end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    evaluateTerraformHcl(*root, name, files, subject);
    loadTerraform(*root, name, options, subject);
    noteRemoteModules(*root, name, subject);
}

} // namespace grantscope
