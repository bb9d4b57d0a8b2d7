// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/TerraformInstances.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

// The small expression evaluator behind TerraformInstances.h: what count, for_each, module arguments and the
// conditions of `? :` are, when literals, locals and variables make them known. Internal to core/package.
namespace grantscope::terraform {

/** The expression of a string that is exactly one `${...}`. */
std::optional<std::string_view> wholeExpression(const SourceNode& node);

/** `c ? a : b` at the top level of an expression. */
struct Ternary {
    std::string_view condition, whenTrue, whenFalse;
};
std::optional<Ternary> ternary(std::string_view e);

SourceNode scalar(SourceNode::Kind kind, std::string text, SourceLocation at);
std::optional<double> number(const SourceNode& n);
/** true / false when `n` is one of them. */
std::optional<bool> truth(const std::optional<SourceNode>& n);

/** Evaluates expressions with the module's variables and locals and an instance's each/count values. */
class Evaluator {
public:
    /** Keeps references to all three: they must outlive the evaluator (no temporaries). */
    Evaluator(
        const TerraformVariables& variables, const SourceNode& root, const std::map<std::string, SourceNode>& bindings)
        : m_variables(variables)
        , m_root(root)
        , m_bindings(bindings)
    { }
    Evaluator(const TerraformVariables&, const SourceNode&, std::map<std::string, SourceNode>&&) = delete;
    /** Without each/count values. */
    Evaluator(const TerraformVariables& variables, const SourceNode& root);

    bool readDefaults = false; // a value came from a default or a variable file, not from the reviewer
    bool readReviewer = false; // a value came from the reviewer's --param

    bool decidedByReviewer() const { return readReviewer && !readDefaults; }

    /** The value of the expression; nullopt when a part of it is not known here. */
    std::optional<SourceNode> eval(std::string_view expr, SourceLocation at, int depth);

    /** Replaces every `${...}` of the tree by its value; false when one is not known. */
    bool resolve(SourceNode& node, int depth);

private:
    std::optional<SourceNode> call(std::string_view name, std::string_view args, SourceLocation at, int depth);
    std::optional<SourceNode> traversal(std::string_view e, SourceLocation at);

    const TerraformVariables& m_variables;
    const SourceNode& m_root;
    const std::map<std::string, SourceNode>& m_bindings;
};

/** "enable=true", "mode is not full", ... for a condition read as `value`. */
std::string describe(std::string_view condition, bool value);

/** "only when <when> (off with the default values)". */
std::string onlyWhen(const std::string& when, std::optional<bool> byDefault);

/** Replaces `each.key`, `each.value` and `count.index` in an instance's strings by what they stand for. */
void bindInstance(SourceNode& node, const TerraformVariables& variables, const SourceNode& root,
    const std::map<std::string, SourceNode>& bindings, int depth);

} // namespace grantscope::terraform
