// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformExpressions.h"

#include "package/TerraformResolver.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <charconv>

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

constexpr int kMaxDepth = 32; // nested operators and calls of one expression
// Longest expression evaluated here: conditions and keys are short, and the scans below are quadratic in it.
constexpr size_t kMaxExpressionBytes = 4096;

std::string_view trim(std::string_view s)
{
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Position of `token` at bracket depth 0 and outside strings, from `from`; npos if none.
size_t findTopLevel(std::string_view e, std::string_view token, size_t from = 0)
{
    // Strings before `from` are walked too: a quote there decides what follows.
    return terraformScanOutsideStrings(e, 0, [&](size_t i, char c, int depth) {
        return depth == 0 && !isTerraformBracket(c) && i >= from && e.substr(i).starts_with(token);
    });
}

const std::map<std::string, SourceNode>& noBindings()
{
    static const std::map<std::string, SourceNode> none;
    return none;
}

bool isWordChar(char c, bool before)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (before && c == '.');
}

} // namespace

namespace terraform {

std::optional<std::string_view> wholeExpression(const SourceNode& node)
{
    if (!node.isString() || !node.text.starts_with("${") || terraformClosingBrace(node.text, 1) != node.text.size() - 1)
        return std::nullopt;
    return trim(std::string_view(node.text).substr(2, node.text.size() - 3));
}

std::optional<Ternary> ternary(std::string_view e)
{
    if (e.size() > kMaxExpressionBytes)
        return std::nullopt;
    // One pass over the top level: the first '?', then the ':' that pairs with it past nested conditionals.
    size_t question = std::string_view::npos;
    int nested = 0;
    const size_t colon = terraformScanOutsideStrings(e, 0, [&](size_t i, char c, int depth) {
        if (depth != 0)
            return false;
        if (c == '?') {
            if (question == std::string_view::npos)
                question = i;
            else
                ++nested;
            return false;
        }
        return c == ':' && question != std::string_view::npos && nested-- == 0;
    });
    if (colon == std::string_view::npos)
        return std::nullopt;
    return Ternary { trim(e.substr(0, question)), trim(e.substr(question + 1, colon - question - 1)),
        trim(e.substr(colon + 1)) };
}

SourceNode scalar(SourceNode::Kind kind, std::string text, SourceLocation at)
{
    SourceNode n;
    n.kind = kind;
    n.text = std::move(text);
    n.location = at;
    return n;
}

std::optional<double> number(const SourceNode& n)
{
    if (!n.isScalar())
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(n.text.data(), n.text.data() + n.text.size(), value);
    if (ec != std::errc() || end != n.text.data() + n.text.size())
        return std::nullopt;
    return value;
}

std::optional<bool> truth(const std::optional<SourceNode>& n)
{
    if (!n || !n->isScalar() || (n->text != "true" && n->text != "false"))
        return std::nullopt;
    return n->text == "true";
}

Evaluator::Evaluator(const TerraformVariables& variables, const SourceNode& root)
    : Evaluator(variables, root, noBindings())
{ }

std::optional<SourceNode> Evaluator::eval(std::string_view expr, SourceLocation at, int depth)
{
    const std::string_view e = trim(expr);
    if (e.empty() || depth > kMaxDepth || e.size() > kMaxExpressionBytes)
        return std::nullopt;
    if (const auto t = ternary(e)) {
        const std::optional<bool> c = truth(eval(t->condition, at, depth + 1));
        if (!c)
            return std::nullopt;
        return eval(*c ? t->whenTrue : t->whenFalse, at, depth + 1);
    }
    for (const std::string_view op : { "||", "&&" })
        if (const size_t i = findTopLevel(e, op); i != std::string_view::npos) {
            const std::optional<bool> l = truth(eval(e.substr(0, i), at, depth + 1));
            const std::optional<bool> r = truth(eval(e.substr(i + 2), at, depth + 1));
            if (!l || !r)
                return std::nullopt;
            return scalar(SourceNode::Kind::Bool, (op == "||" ? (*l || *r) : (*l && *r)) ? "true" : "false", at);
        }
    for (const std::string_view op : { "==", "!=", ">=", "<=", ">", "<" })
        if (const size_t i = findTopLevel(e, op); i != std::string_view::npos) {
            const std::optional<SourceNode> l = eval(e.substr(0, i), at, depth + 1);
            const std::optional<SourceNode> r = eval(e.substr(i + op.size()), at, depth + 1);
            if (!l || !r || !l->isScalar() || !r->isScalar())
                return std::nullopt;
            bool result = false;
            if (op == "==" || op == "!=") {
                result = (l->text == r->text) == (op == "==");
            } else {
                const std::optional<double> a = number(*l);
                const std::optional<double> b = number(*r);
                if (!a || !b)
                    return std::nullopt;
                result = op == ">=" ? *a >= *b : op == "<=" ? *a <= *b : op == ">" ? *a > *b : *a < *b;
            }
            return scalar(SourceNode::Kind::Bool, result ? "true" : "false", at);
        }
    if (e.starts_with('!')) {
        const std::optional<bool> v = truth(eval(e.substr(1), at, depth + 1));
        if (!v)
            return std::nullopt;
        return scalar(SourceNode::Kind::Bool, *v ? "false" : "true", at);
    }
    if (e.starts_with('(') && findTopLevel(e, ")") == std::string_view::npos && e.ends_with(')'))
        return eval(e.substr(1, e.size() - 2), at, depth + 1);
    if (const size_t open = e.find('('); open != std::string_view::npos && e.ends_with(')')
        && std::all_of(e.begin(), e.begin() + std::ptrdiff_t(open),
            [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }))
        return call(e.substr(0, open), e.substr(open + 1, e.size() - open - 2), at, depth);
    const char first = e.front();
    if (first == '"' || first == '[' || first == '{' || first == '-' || (first >= '0' && first <= '9')) {
        std::optional<SourceNode> literal = readTerraformExpression(e, at);
        if (!literal || !resolve(*literal, depth + 1))
            return std::nullopt;
        return literal;
    }
    if (e == "true" || e == "false")
        return scalar(SourceNode::Kind::Bool, std::string(e), at);
    return traversal(e, at);
}

bool Evaluator::resolve(SourceNode& node, int depth)
{
    if (depth > kMaxDepth)
        return false;
    if (node.isString() && node.text.find("${") != std::string::npos) {
        if (const auto inner = wholeExpression(node)) {
            std::optional<SourceNode> value = eval(*inner, node.location, depth + 1);
            if (!value)
                return false;
            node = std::move(*value);
            return true;
        }
        return false; // a template mixing text and expressions: not needed for keys and conditions
    }
    for (SourceNode& item : node.items)
        if (!resolve(item, depth + 1))
            return false;
    for (SourceMember& m : node.members)
        if (!resolve(m.value, depth + 1))
            return false;
    return true;
}

std::optional<SourceNode> Evaluator::call(std::string_view name, std::string_view args, SourceLocation at, int depth)
{
    std::optional<SourceNode> list = readTerraformExpression("[" + std::string(args) + "]", at);
    if (!list || list->items.size() != 1 || !resolve(*list, depth + 1))
        return std::nullopt;
    SourceNode& a = list->items.front();
    if (name == "tolist" || name == "toset") {
        if (!a.isArray())
            return std::nullopt;
        std::vector<SourceNode> unique;
        for (SourceNode& item : a.items)
            if (name == "tolist"
                || std::none_of(unique.begin(), unique.end(), [&](const SourceNode& u) { return u == item; }))
                unique.push_back(std::move(item));
        a.items = std::move(unique);
        return std::move(a);
    }
    if (name == "length" && (a.isArray() || a.isObject()))
        return scalar(SourceNode::Kind::Number, std::to_string(a.isArray() ? a.items.size() : a.members.size()), at);
    if ((name == "keys" || name == "values") && a.isObject()) {
        SourceNode out;
        out.kind = SourceNode::Kind::Array;
        out.location = at;
        for (SourceMember& m : a.members)
            out.items.push_back(
                name == "keys" ? scalar(SourceNode::Kind::String, m.key, m.keyLocation) : std::move(m.value));
        return out;
    }
    return std::nullopt;
}

std::optional<SourceNode> Evaluator::traversal(std::string_view e, SourceLocation at)
{
    std::vector<std::string> steps;
    size_t i = 0;
    while (i < e.size()) {
        if (e[i] == '.') {
            ++i;
            continue;
        }
        if (e[i] == '[') {
            const size_t close = e.find(']', i);
            if (close == std::string_view::npos)
                return std::nullopt;
            std::string_view key = trim(e.substr(i + 1, close - i - 1));
            if (key.size() >= 2 && key.front() == '"' && key.back() == '"')
                key = key.substr(1, key.size() - 2);
            else if (key.empty() || !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return std::nullopt;
            steps.emplace_back(key);
            i = close + 1;
            continue;
        }
        const size_t start = i;
        while (i < e.size() && (std::isalnum(static_cast<unsigned char>(e[i])) || e[i] == '_' || e[i] == '-'))
            ++i;
        if (i == start)
            return std::nullopt;
        steps.emplace_back(e.substr(start, i - start));
    }
    if (steps.size() < 2)
        return std::nullopt;
    const SourceNode* value = nullptr;
    if (steps[0] == "var") {
        const auto it = m_variables.values.find(steps[1]);
        if (it == m_variables.values.end())
            return std::nullopt;
        const bool reviewer = m_variables.fromReviewer.count(steps[1]) > 0;
        readDefaults = readDefaults || !reviewer;
        readReviewer = readReviewer || reviewer;
        value = &it->second;
    } else if (steps[0] == "local") {
        for (const SourceMember& top : m_root.members)
            if (top.key == "locals")
                for (const SourceNode* body : terraformBlocks(&top.value))
                    if (const SourceNode* v = body->find(steps[1]); v && !value)
                        value = v;
    } else if (steps[0] == "each" || steps[0] == "count") {
        const auto it = m_bindings.find(steps[0] + "." + steps[1]);
        if (it != m_bindings.end())
            value = &it->second;
    }
    for (size_t s = 2; value && s < steps.size(); ++s) {
        if (value->isObject()) {
            value = value->find(steps[s]);
        } else if (value->isArray()) {
            size_t index = 0;
            const auto [end, ec] = std::from_chars(steps[s].data(), steps[s].data() + steps[s].size(), index);
            value = ec == std::errc() && index < value->items.size() ? &value->items[index] : nullptr;
        } else {
            value = nullptr;
        }
    }
    if (!value || (value->isString() && value->text.find("${") != std::string::npos))
        return std::nullopt;
    SourceNode out = *value;
    if (out.isScalar())
        out.location = at;
    return out;
}

std::string describe(std::string_view condition, bool value)
{
    std::string_view c = trim(condition);
    while (c.starts_with('!')) {
        c = trim(c.substr(1));
        value = !value;
    }
    auto name = [](std::string_view s) {
        s = trim(s);
        for (const std::string_view prefix : { "var.", "local." })
            if (s.starts_with(prefix))
                return std::string(s.substr(prefix.size()));
        return std::string(s);
    };
    auto literal = [](std::string_view s) {
        s = trim(s);
        return s.size() >= 2 && s.front() == '"' && s.back() == '"' ? std::string(s.substr(1, s.size() - 2))
                                                                    : std::string(s);
    };
    if (terraformTraversal(c))
        return name(c) + (value ? "=true" : "=false");
    for (const std::string_view op : { "==", "!=" })
        if (const size_t i = findTopLevel(c, op); i != std::string_view::npos
            && findTopLevel(c, "&&") == std::string_view::npos && findTopLevel(c, "||") == std::string_view::npos) {
            const bool equal = (op == "==") == value;
            const std::string lhs = name(c.substr(0, i));
            const std::string rhs = literal(c.substr(i + 2));
            return equal ? lhs + "=" + rhs : Tr::tr("%1 is not %2").arg(q(lhs), q(rhs)).toStdString();
        }
    return value ? std::string(c) : Tr::tr("not (%1)").arg(q(c)).toStdString();
}

std::string onlyWhen(const std::string& when, std::optional<bool> byDefault)
{
    const QString tail = !byDefault ? QString()
        : *byDefault                ? Tr::tr(" (on with the default values)")
                                    : Tr::tr(" (off with the default values)");
    return Tr::tr("only when %1%2").arg(q(when), tail).toStdString();
}

void bindInstance(SourceNode& node, const TerraformVariables& variables, const SourceNode& root,
    const std::map<std::string, SourceNode>& bindings, int depth)
{
    if (depth > 256)
        return;
    if (node.isString()
        && (node.text.find("each.") != std::string::npos || node.text.find("count.") != std::string::npos)) {
        if (const auto inner = wholeExpression(node)) {
            Evaluator evaluator(variables, root, bindings);
            if (std::optional<SourceNode> value = evaluator.eval(*inner, node.location, 0)) {
                node = std::move(*value);
                return;
            }
        }
        // Inside other expressions (`aws_iam_policy.this[each.key].arn`, "${var.prefix}-${each.key}") as literals.
        std::string out;
        std::string& text = node.text;
        for (size_t i = 0; i < text.size();) {
            const size_t open = text.find("${", i);
            if (open == std::string::npos || (open > 0 && text[open - 1] == '$')) {
                out.append(text, i, open == std::string::npos ? std::string::npos : open + 2 - i);
                i = open == std::string::npos ? text.size() : open + 2;
                continue;
            }
            const size_t close = terraformClosingBrace(text, open + 1);
            if (close == std::string::npos) {
                out.append(text, i);
                break;
            }
            out.append(text, i, open - i);
            std::string expr = text.substr(open + 2, close - open - 2);
            Evaluator evaluator(variables, root, bindings);
            if (const std::optional<SourceNode> value = evaluator.eval(expr, node.location, 0);
                value && value->isScalar()) {
                out += value->text;
            } else {
                for (const auto& [name, bound] : bindings) {
                    if (!bound.isScalar())
                        continue;
                    // In a template inside the expression (`file("${path.module}/${each.value}")`) as its text.
                    const std::string nested = "${" + name + "}";
                    for (size_t at = expr.find(nested); at != std::string::npos;
                         at = expr.find(nested, at + bound.text.size()))
                        expr.replace(at, nested.size(), bound.text);
                    const std::string literal = bound.isString() ? '"' + bound.text + '"' : bound.text;
                    size_t at = expr.find(name);
                    while (at != std::string::npos) {
                        const size_t end = at + name.size();
                        const bool word = (at == 0 || !isWordChar(expr[at - 1], true))
                            && (end == expr.size() || !isWordChar(expr[end], false));
                        if (word) {
                            expr.replace(at, name.size(), literal);
                            at = expr.find(name, at + literal.size());
                        } else {
                            at = expr.find(name, at + 1);
                        }
                    }
                }
                out += "${" + expr + "}";
            }
            i = close + 1;
        }
        text = std::move(out);
        return;
    }
    for (SourceNode& item : node.items)
        bindInstance(item, variables, root, bindings, depth + 1);
    for (SourceMember& m : node.members)
        bindInstance(m.value, variables, root, bindings, depth + 1);
}

} // namespace terraform

TerraformVariables TerraformVariables::collect(
    const std::vector<const SourceNode*>& moduleRoots, const LoadOptions& options)
{
    TerraformVariables out;
    for (const auto& [key, value] : options.parameters) {
        const std::string name = key.starts_with("var.") ? key.substr(4) : key;
        out.values[name] = terraform::scalar(SourceNode::Kind::String, value, {});
        out.fromReviewer.insert(name);
    }
    for (const auto& [name, value] : options.packageVariables)
        out.values.emplace(name, terraform::scalar(SourceNode::Kind::String, value, {}));
    for (const SourceNode* root : moduleRoots)
        for (const SourceMember& top : root->members)
            if (top.key == "variable" && top.value.isObject())
                for (const SourceMember& v : top.value.members)
                    for (const SourceNode* body : terraformBlocks(&v.value))
                        if (const SourceNode* def = body->find("default"); def && !def->isNull())
                            out.values.emplace(v.key, *def);
    return out;
}

std::optional<SourceNode> evaluateTerraformExpression(std::string_view expression, SourceLocation at,
    const TerraformVariables& variables, const SourceNode& root, const std::map<std::string, SourceNode>& bindings,
    bool* decidedByReviewer)
{
    terraform::Evaluator evaluator(variables, root, bindings);
    std::optional<SourceNode> value = evaluator.eval(expression, at, 0);
    if (decidedByReviewer)
        *decidedByReviewer = evaluator.decidedByReviewer();
    return value;
}

} // namespace grantscope
