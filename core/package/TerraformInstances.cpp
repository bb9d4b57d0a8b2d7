// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformInstances.h"

#include "package/TerraformExpressions.h"
#include "package/TerraformResolver.h"

#include <QCoreApplication>

#include <algorithm>

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

constexpr size_t kMaxInstances = 256; // instances of one resource; more are one resource with a note
constexpr size_t kMaxOpenConditions = 3; // conditionals of one resource reviewed per combination

using terraform::bindInstance;
using terraform::describe;
using terraform::Evaluator;
using terraform::number;
using terraform::onlyWhen;
using terraform::scalar;
using terraform::ternary;
using terraform::Ternary;
using terraform::truth;
using terraform::wholeExpression;

class Expander {
public:
    Expander(SourceNode& root, const QString& file, const TerraformVariables& variables, TerraformExpansion& expansion,
        ReviewSubject& subject, const std::function<void(SourceNode&)>& evaluate)
        : m_root(root)
        , m_file(file)
        , m_variables(variables)
        , m_expansion(expansion)
        , m_subject(subject)
        , m_evaluate(evaluate)
    { }

    void instances()
    {
        for (SourceMember& top : m_root.members) {
            if (top.key != "resource" || !top.value.isObject())
                continue;
            for (SourceMember& type : top.value.members) {
                if (!type.key.starts_with("aws_iam_") || !type.value.isObject())
                    continue;
                std::vector<SourceMember> expanded;
                for (SourceMember& name : type.value.members)
                    expandInstances(type.key, std::move(name), expanded);
                type.value.members = std::move(expanded);
            }
        }
    }

    void conditionals()
    {
        for (SourceMember& top : m_root.members) {
            const bool data = top.key == "data";
            if ((top.key != "resource" && !data) || !top.value.isObject())
                continue;
            for (SourceMember& type : top.value.members) {
                if (!type.key.starts_with("aws_iam_") || !type.value.isObject())
                    continue;
                if (data) {
                    for (SourceMember& name : type.value.members)
                        if (name.value.isObject())
                            mergeBranches("data." + type.key + "." + name.key, name.value, 0);
                    continue;
                }
                for (SourceMember& name : type.value.members)
                    if (name.value.isObject())
                        branch(type.key + "." + name.key, name.value);
            }
        }
    }

private:
    void note(const char* kind, SourceLocation at, std::string about, const QString& message)
    {
        m_subject.notes.push_back({ kind, m_file, at, std::move(about), message });
    }

    // The branch of `? :` whose value is 0 or empty, when exactly one is.
    std::optional<bool> onBranch(const Ternary& t, SourceLocation at)
    {
        auto none = [&](std::string_view e) {
            const std::optional<SourceNode> v = evaluateTerraformExpression(e, at, m_variables, m_root);
            return v
                && ((v->isScalar() && v->text == "0") || (v->isArray() && v->items.empty())
                    || (v->isObject() && v->members.empty()));
        };
        const bool offTrue = none(t.whenTrue);
        const bool offFalse = none(t.whenFalse);
        if (offTrue == offFalse)
            return std::nullopt;
        return offFalse;
    }

    void expandInstances(const std::string& type, SourceMember&& m, std::vector<SourceMember>& out)
    {
        const SourceNode* count = m.value.isObject() ? m.value.find("count") : nullptr;
        const SourceNode* each = m.value.isObject() ? m.value.find("for_each") : nullptr;
        if (!count && !each) {
            out.push_back(std::move(m));
            return;
        }
        const std::string address = type + "." + m.key;
        const SourceNode& expr = count ? *count : *each;
        const std::optional<std::string_view> inner = wholeExpression(expr);
        Evaluator evaluator(m_variables, m_root);
        std::optional<SourceNode> value;
        if (inner) {
            value = evaluator.eval(*inner, expr.location, 0);
        } else {
            value = expr;
            if (!evaluator.resolve(*value, 0))
                value.reset();
        }
        std::vector<std::pair<std::string, std::map<std::string, SourceNode>>> instances;
        bool known = value.has_value();
        if (value && count) {
            const std::optional<double> n = number(*value);
            known = n && *n >= 0 && *n <= double(kMaxInstances) && *n == double(size_t(*n));
            for (size_t i = 0; known && i < size_t(*n); ++i)
                instances.push_back({ "[" + std::to_string(i) + "]",
                    { { "count.index", scalar(SourceNode::Kind::Number, std::to_string(i), expr.location) } } });
        } else if (value && value->isArray()) {
            for (const SourceNode& item : value->items) {
                known = known && item.isScalar();
                if (known && std::none_of(instances.begin(), instances.end(), [&](const auto& i) {
                        return i.second.at("each.key").text == item.text;
                    }))
                    instances.push_back({ "[\"" + item.text + "\"]",
                        { { "each.key", scalar(SourceNode::Kind::String, item.text, item.location) },
                            { "each.value", scalar(SourceNode::Kind::String, item.text, item.location) } } });
            }
        } else if (value && value->isObject()) {
            for (const SourceMember& item : value->members)
                instances.push_back({ "[\"" + item.key + "\"]",
                    { { "each.key", scalar(SourceNode::Kind::String, item.key, item.keyLocation) },
                        { "each.value", item.value } } });
        } else {
            known = false;
        }
        known = known && instances.size() <= kMaxInstances;

        // `var.enable ? 1 : 0`: created only when the condition says so.
        std::string condition;
        std::optional<Ternary> t = inner ? ternary(*inner) : std::nullopt;
        std::optional<bool> on = t ? onBranch(*t, expr.location) : std::nullopt;
        if (t && on) {
            Evaluator decide(m_variables, m_root);
            const std::optional<bool> c = truth(decide.eval(t->condition, expr.location, 0));
            if (c && decide.decidedByReviewer()) {
                if (*c != *on)
                    return; // turned off by the reviewer's own values: not created
            } else {
                condition = onlyWhen(describe(t->condition, *on), c ? std::optional<bool>(*c == *on) : std::nullopt);
            }
        }
        if (!known) {
            note("unresolved-parameter", expr.location, address + (count ? " count" : " for_each"),
                Tr::tr("the instances of %1 come from \"%2\", which is not known before Terraform runs: one %1 is "
                       "reviewed in their place, with %3 left as a placeholder")
                    .arg(q(address), q(inner ? *inner : std::string_view(expr.text)),
                        count ? QStringLiteral("count.index") : QStringLiteral("each.key / each.value")));
            if (!condition.empty())
                m_expansion.conditions[address] = condition;
            out.push_back(std::move(m));
            return;
        }
        if (instances.empty()) {
            if (condition.empty() && evaluator.decidedByReviewer())
                return; // the reviewer's own values create none
            if (condition.empty())
                condition = onlyWhen(count ? Tr::tr("the count %1 is above 0")
                                                 .arg(q(inner ? *inner : std::string_view(expr.text)))
                                                 .toStdString()
                                           : Tr::tr("the keys %1 are not empty")
                                                 .arg(q(inner ? *inner : std::string_view(expr.text)))
                                                 .toStdString(),
                    false);
            m_expansion.conditions[address] = condition;
            out.push_back(std::move(m));
            return;
        }
        for (const auto& [suffix, bindings] : instances) {
            SourceMember instance { m.key + suffix, m.keyLocation, m.value };
            bindInstance(instance.value, m_variables, m_root, bindings, 0);
            if (!condition.empty())
                m_expansion.conditions[type + "." + instance.key] = condition;
            out.push_back(std::move(instance));
        }
    }

    // Conditionals the reviewer's values or literals decide are replaced by their branch; the others are collected.
    void decide(SourceNode& node, std::vector<std::string>& open, std::vector<std::optional<bool>>& defaults, int depth)
    {
        if (depth > 256)
            return;
        if (const auto inner = wholeExpression(node)) {
            if (const std::optional<Ternary> t = ternary(*inner)) {
                Evaluator evaluator(m_variables, m_root);
                const std::optional<bool> c = truth(evaluator.eval(t->condition, node.location, 0));
                if (c && !evaluator.readDefaults) { // literals, locals or the reviewer's values
                    if (std::optional<SourceNode> chosen = branchNode(*c ? t->whenTrue : t->whenFalse, node.location)) {
                        node = std::move(*chosen);
                        decide(node, open, defaults, depth + 1);
                    }
                } else if (std::find(open.begin(), open.end(), std::string(t->condition)) == open.end()) {
                    open.emplace_back(t->condition);
                    defaults.push_back(c);
                }
                return;
            }
        }
        for (SourceNode& item : node.items)
            decide(item, open, defaults, depth + 1);
        for (SourceMember& m : node.members)
            if (depth > 0 || (m.key != "count" && m.key != "for_each")) // read by expandTerraformInstances()
                decide(m.value, open, defaults, depth + 1);
    }

    std::optional<SourceNode> branchNode(std::string_view text, SourceLocation at) const
    {
        std::optional<SourceNode> node = readTerraformExpression(text, at);
        if (node) {
            relocateTree(*node, at);
            if (m_evaluate)
                m_evaluate(*node); // locals, functions and files, as the rest of the file
        }
        return node;
    }

    // Every open conditional of the tree replaced by the branch `values` give its condition.
    void choose(SourceNode& node, const std::vector<std::string>& open, const std::vector<bool>& values, int depth)
    {
        if (depth > 256)
            return;
        if (const auto inner = wholeExpression(node)) {
            if (const std::optional<Ternary> t = ternary(*inner)) {
                const auto it = std::find(open.begin(), open.end(), std::string(t->condition));
                if (it != open.end())
                    if (std::optional<SourceNode> chosen
                        = branchNode(values[size_t(it - open.begin())] ? t->whenTrue : t->whenFalse, node.location))
                        node = std::move(*chosen);
            }
            return;
        }
        for (SourceNode& item : node.items)
            choose(item, open, values, depth + 1);
        for (SourceMember& m : node.members)
            choose(m.value, open, values, depth + 1);
    }

    void branch(const std::string& address, SourceNode& body)
    {
        std::vector<std::string> open;
        std::vector<std::optional<bool>> defaults;
        decide(body, open, defaults, 0);
        if (open.empty())
            return;
        if (open.size() > kMaxOpenConditions) {
            note("condition-assumed", body.location, address,
                Tr::tr("%1 has more than %2 conditionals that are not known before Terraform runs; each is "
                       "reviewed with its first branch")
                    .arg(q(address))
                    .arg(kMaxOpenConditions));
            choose(body, open, std::vector<bool>(open.size(), true), 0);
            return;
        }
        const bool defaultsKnown
            = std::all_of(defaults.begin(), defaults.end(), [](const auto& d) { return d.has_value(); });
        TerraformExpansion::Variants variants;
        size_t chosen = 0;
        for (size_t combination = 0; combination < (size_t(1) << open.size()); ++combination) {
            std::vector<bool> values;
            std::string when;
            bool isDefault = defaultsKnown;
            for (size_t i = 0; i < open.size(); ++i) {
                values.push_back(((combination >> i) & 1u) == 0);
                when += (i ? Tr::tr(" and ").toStdString() : std::string()) + describe(open[i], values.back());
                isDefault = isDefault && *defaults[i] == values.back();
            }
            if (isDefault)
                chosen = combination;
            SourceNode variant = body;
            choose(variant, open, values, 0);
            variants.bodies.push_back(std::move(variant));
            variants.when.push_back(when);
        }
        variants.labels = variants.when;
        for (size_t i = 0; i < variants.when.size(); ++i)
            variants.when[i]
                = onlyWhen(variants.when[i], defaultsKnown ? std::optional<bool>(i == chosen) : std::nullopt);
        body = variants.bodies[chosen];
        m_expansion.variants[address] = std::move(variants);
    }

    // In a data source the document is built once: both branches' lists are reviewed together.
    void mergeBranches(const std::string& address, SourceNode& node, int depth)
    {
        if (depth > 256)
            return;
        std::vector<std::string> open;
        std::vector<std::optional<bool>> defaults;
        if (const auto inner = wholeExpression(node)) {
            if (const std::optional<Ternary> t = ternary(*inner)) {
                decide(node, open, defaults, 0);
                if (open.empty())
                    return mergeBranches(address, node, depth + 1);
                std::optional<SourceNode> a = branchNode(t->whenTrue, node.location);
                std::optional<SourceNode> b = branchNode(t->whenFalse, node.location);
                if (!a || !b)
                    return;
                note("condition-assumed", node.location, address + ": " + std::string(t->condition),
                    Tr::tr("\"%1\" is not known before Terraform runs (or only from default values): both of its "
                           "branches are reviewed together in %2")
                        .arg(q(t->condition), q(address)));
                if (a->isArray() && b->isArray())
                    for (SourceNode& item : b->items)
                        a->items.push_back(std::move(item));
                node = std::move(*a);
            }
            return;
        }
        for (SourceNode& item : node.items)
            mergeBranches(address, item, depth + 1);
        for (SourceMember& m : node.members)
            mergeBranches(address, m.value, depth + 1);
    }

    SourceNode& m_root;
    const QString& m_file;
    const TerraformVariables& m_variables;
    TerraformExpansion& m_expansion;
    ReviewSubject& m_subject;
    const std::function<void(SourceNode&)>& m_evaluate;
};

} // namespace

void expandTerraformInstances(SourceNode& root, const QString& file, const TerraformVariables& variables,
    TerraformExpansion& expansion, ReviewSubject& subject)
{
    const std::function<void(SourceNode&)> none;
    Expander(root, file, variables, expansion, subject, none).instances();
}

void expandTerraformConditionals(SourceNode& root, const QString& file, const TerraformVariables& variables,
    TerraformExpansion& expansion, ReviewSubject& subject, const std::function<void(SourceNode&)>& evaluate)
{
    Expander(root, file, variables, expansion, subject, evaluate).conditionals();
}

} // namespace grantscope
