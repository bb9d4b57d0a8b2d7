// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformHcl.h"

#include "doc/HclReader.h"
#include "doc/SourceFile.h"
#include "package/ArchiveReader.h"
#include "package/TerraformInstances.h"
#include "package/TerraformLoader.h"
#include "package/TerraformResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
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
    const size_t closedEarly = terraformScanOutsideStrings(expr, name.size(), [&](size_t i, char c, int depth) {
        return (c == ')' || c == ']' || c == '}') && depth == 0 && i + 1 != expr.size();
    });
    if (closedEarly != std::string_view::npos)
        return std::nullopt;
    return expr.substr(name.size() + 1, expr.size() - name.size() - 2);
}

// Gives a tree read from `text` placed at `at` (line 1 of `text` starts at column `at.column`) its place in the file.
void shiftTree(SourceNode& node, SourceLocation at)
{
    auto shift = [at](SourceLocation& l) {
        if (l.line == 1)
            l = SourceLocation { at.line, at.column + l.column - 1 };
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
            const auto byte = static_cast<unsigned char>(c);
            if (c == '\n') {
                out += "\\n";
            } else if (byte < 0x20) {
                // Every other control character is kept as an escape: dropping it would change the value.
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            } else {
                out += c;
            }
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
    { }

    // Reads the `locals` blocks, each local evaluated with the ones before it (a few rounds, for any order).
    void collectLocals(const SourceNode& root)
    {
        std::vector<std::string> names;
        for (const SourceMember& top : root.members)
            if (top.key == "locals")
                for (const SourceNode* body : terraformBlocks(&top.value))
                    for (const SourceMember& m : body->members)
                        if (m_locals.emplace(m.key, m.value).second)
                            names.push_back(m.key);
        for (int round = 0; round < 4; ++round)
            for (const std::string& name : names) {
                SourceNode value = m_locals[name];
                walk(value, 0);
                m_locals[name] = std::move(value);
            }
    }

    void walk(SourceNode& node, int depth)
    {
        if (depth > 256)
            return;
        if (node.isString())
            evaluate(node, depth);
        for (SourceNode& item : node.items)
            walk(item, depth + 1);
        for (SourceMember& m : node.members)
            walk(m.value, depth + 1);
    }

private:
    static bool isPlaceholder(const SourceNode& node)
    {
        return node.isString() && node.text.starts_with("${")
            && terraformClosingBrace(node.text, 1) == node.text.size() - 1;
    }

    static size_t countNodes(const SourceNode& node)
    {
        size_t n = 1;
        for (const SourceNode& item : node.items)
            n += countNodes(item);
        for (const SourceMember& m : node.members)
            n += countNodes(m.value);
        return n;
    }

    // A local's value, copied while the copies stay within a budget (locals built from locals cannot explode).
    const SourceNode* local(std::string_view expr)
    {
        if (!expr.starts_with("local.") || expr.size() == 6)
            return nullptr;
        const std::string name(expr.substr(6));
        if (!std::all_of(name.begin(), name.end(),
                [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }))
            return nullptr;
        const auto it = m_locals.find(name);
        if (it == m_locals.end())
            return nullptr;
        const size_t size = countNodes(it->second);
        if (size > m_budget)
            return nullptr;
        m_budget -= size;
        return &it->second;
    }

    // Replaces `${local.name}` in a template with the local's text when it is a plain value.
    void substituteLocals(SourceNode& node)
    {
        std::string& text = node.text;
        for (size_t i = text.find("${"); i != std::string::npos; i = text.find("${", i)) {
            if (i > 0 && text[i - 1] == '$') {
                i += 2;
                continue;
            }
            const size_t close = terraformClosingBrace(text, i + 1);
            if (close == std::string::npos)
                return;
            const SourceNode* value = local(trim(std::string_view(text).substr(i + 2, close - i - 2)));
            if (value && value->isScalar()) {
                text.replace(i, close + 1 - i, value->text);
                i += value->text.size();
            } else {
                i = close + 1;
            }
        }
    }

    // format, join, concat, merge, coalesce, lookup, length, tolist, toset and try of values known here.
    std::optional<SourceNode> call(std::string_view expr, SourceLocation at, int depth)
    {
        static constexpr std::string_view kFunctions[]
            = { "format", "join", "concat", "merge", "coalesce", "lookup", "length", "tolist", "toset", "try" };
        std::string_view name;
        std::optional<std::string_view> args;
        for (const std::string_view f : kFunctions)
            if ((args = callArgument(expr, f))) {
                name = f;
                break;
            }
        if (!args)
            return std::nullopt;
        std::optional<SourceNode> list = readTerraformExpression("[" + std::string(*args) + "]", at);
        if (!list || !list->isArray() || list->items.empty())
            return std::nullopt;
        walk(*list, depth + 1);
        std::vector<SourceNode>& a = list->items;
        SourceNode out;
        out.location = at;
        auto allOf = [&](SourceNode::Kind kind) {
            return std::all_of(a.begin(), a.end(), [kind](const SourceNode& n) { return n.kind == kind; });
        };
        if (name == "format") {
            if (!a[0].isString() || isPlaceholder(a[0]))
                return std::nullopt;
            std::string text;
            size_t next = 1;
            const std::string& f = a[0].text;
            for (size_t i = 0; i < f.size(); ++i) {
                if (f[i] != '%' || i + 1 >= f.size()) {
                    text += f[i];
                } else if (f[i + 1] == '%') {
                    text += '%';
                    ++i;
                } else if (std::string_view("sdvq").find(f[i + 1]) != std::string_view::npos && next < a.size()
                    && a[next].isScalar()) {
                    text += f[i + 1] == 'q' ? '"' + a[next].text + '"' : a[next].text;
                    ++next;
                    ++i;
                } else {
                    return std::nullopt; // a verb or an argument not read here
                }
            }
            out.kind = SourceNode::Kind::String;
            out.text = std::move(text);
            return out;
        }
        if (name == "join") {
            if (a.size() != 2 || !a[0].isScalar() || !a[1].isArray()
                || !std::all_of(a[1].items.begin(), a[1].items.end(), [](const SourceNode& n) { return n.isScalar(); }))
                return std::nullopt;
            out.kind = SourceNode::Kind::String;
            for (size_t i = 0; i < a[1].items.size(); ++i)
                out.text += (i ? a[0].text : std::string()) + a[1].items[i].text;
            return out;
        }
        if (name == "concat" || name == "merge") {
            if (!allOf(name == "concat" ? SourceNode::Kind::Array : SourceNode::Kind::Object))
                return std::nullopt;
            out.kind = a[0].kind;
            for (SourceNode& part : a) {
                for (SourceNode& item : part.items)
                    out.items.push_back(std::move(item));
                for (SourceMember& m : part.members) {
                    const auto same = std::find_if(
                        out.members.begin(), out.members.end(), [&](const SourceMember& o) { return o.key == m.key; });
                    if (same != out.members.end())
                        *same = std::move(m); // a later object wins
                    else
                        out.members.push_back(std::move(m));
                }
            }
            return out;
        }
        if (name == "coalesce" || name == "try") {
            for (SourceNode& n : a) {
                if (isPlaceholder(n))
                    return std::nullopt; // unknown here: it may be the one chosen
                if (name == "try" || n.isArray() || n.isObject() || !n.text.empty())
                    return std::move(n);
            }
            return std::nullopt;
        }
        if (name == "lookup") {
            if (a.size() < 2 || !a[0].isObject() || !a[1].isScalar() || isPlaceholder(a[1]))
                return std::nullopt;
            for (SourceMember& m : a[0].members)
                if (m.key == a[1].text)
                    return std::move(m.value);
            if (a.size() > 2)
                return std::move(a[2]);
            return std::nullopt;
        }
        if (a.size() != 1)
            return std::nullopt;
        if (name == "length") {
            if (!a[0].isArray() && !a[0].isObject())
                return std::nullopt;
            out.kind = SourceNode::Kind::Number;
            out.text = std::to_string(a[0].isArray() ? a[0].items.size() : a[0].members.size());
            return out;
        }
        if (!a[0].isArray())
            return std::nullopt;
        if (name == "toset") {
            std::vector<SourceNode> unique;
            for (SourceNode& item : a[0].items)
                if (!item.isScalar() || std::none_of(unique.begin(), unique.end(), [&](const SourceNode& u) {
                        return u.kind == item.kind && u.text == item.text;
                    }))
                    unique.push_back(std::move(item));
            a[0].items = std::move(unique);
        }
        return std::move(a[0]);
    }

    void evaluate(SourceNode& node, int depth)
    {
        if (!isPlaceholder(node)) {
            if (node.text.find("${local.") != std::string::npos)
                substituteLocals(node);
            return;
        }
        const std::string_view text = node.text;
        const std::string_view expr = trim(text.substr(2, text.size() - 3));
        // The expression starts right after "${" (readHcl writes no space there).
        const SourceLocation at = node.location;
        if (const SourceNode* value = local(expr)) {
            node = *value;
            return;
        }
        if (std::optional<SourceNode> value = call(expr, at, depth)) {
            node = std::move(*value);
            return;
        }
        if (const auto arg = callArgument(expr, "jsonencode")) {
            const size_t offset = size_t(arg->data() - expr.data());
            const std::string_view inner = trim(*arg);
            if (const SourceNode* value = local(inner); value && value->isObject() && value->find("Statement")) {
                node = *value; // jsonencode(local.policy)
                return;
            }
            if (!inner.starts_with('{'))
                return;
            const size_t lead = size_t(inner.data() - expr.data()) - offset;
            std::optional<SourceNode> value
                = readTerraformExpression(inner, SourceLocation { at.line, at.column + int(offset + lead) });
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
        const std::optional<SourceNode> list = readTerraformExpression("[" + std::string(*args) + "]", at);
        if (!list || !list->isArray() || list->items.size() != (templated ? 2u : 1u) || !list->items[0].isString())
            return;
        std::string path = list->items[0].text;
        for (const char* root : { "${path.module}", "${path.root}", "${path.cwd}" })
            for (size_t i = path.find(root); i != std::string::npos; i = path.find(root))
                path.replace(i, std::string_view(root).size(), ".");
        if (path.find("${") != std::string::npos)
            return; // built from a variable: the loader notes it
        const QString relative = QDir::cleanPath(QString::fromStdString(path));
        if (QDir::isAbsolutePath(relative) || relative == QLatin1String("..")
            || relative.startsWith(QLatin1String("../"))) {
            warn(at,
                Tr::tr("%1 reads \"%2\", outside the module's folder: the file is not reviewed")
                    .arg(QString::fromStdString(std::string(call.substr(0, call.find('(')))), relative));
            return;
        }
        std::optional<std::string> content = m_files ? m_files(relative) : std::nullopt;
        if (!content) {
            warn(at,
                Tr::tr("the file \"%1\" read by this expression is not in the package; the policy it holds "
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
                replacement
                    = encode ? "${jsonencode(" + value->text.substr(2, value->text.size() - 3) + ")}" : value->text;
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
        m_subject.diagnostics.push_back({ DiagnosticSeverity::Warning, "terraform-file", m_file, at, message });
    }

    const QString& m_file;
    const TerraformModuleFiles& m_files;
    ReviewSubject& m_subject;
    std::map<std::string, SourceNode> m_locals;
    size_t m_budget = 200'000; // nodes copied from locals, in all
};

bool endsWith(const QString& name, const char* suffix)
{
    return name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

} // namespace

std::optional<SourceNode> readTerraformExpression(std::string_view text, SourceLocation at)
{
    const std::string source = "v = " + std::string(text) + "\n";
    Diagnostics scratch;
    std::optional<SourceNode> root = readHcl(source, QString(), scratch);
    if (!root || root->members.size() != 1)
        return std::nullopt;
    SourceNode value = std::move(root->members.front().value);
    shiftTree(value, SourceLocation { at.line, at.column - 4 });
    return value;
}

bool isTerraformHclFile(const QString& name)
{
    return endsWith(name, ".tf");
}

bool isTerraformHclVariableFile(const QString& name)
{
    return endsWith(name, ".tfvars");
}

void evaluateTerraformHcl(
    SourceNode& root, const QString& file, const TerraformModuleFiles& files, ReviewSubject& subject)
{
    HclEvaluator evaluator(file, files, subject);
    evaluator.collectLocals(root);
    evaluator.walk(root, 0);
}

void evaluateTerraformHclValue(SourceNode& value, const SourceNode& root, const QString& file,
    const TerraformModuleFiles& files, ReviewSubject& subject)
{
    HclEvaluator evaluator(file, files, subject);
    evaluator.collectLocals(root);
    evaluator.walk(value, 0);
}

} // namespace grantscope
