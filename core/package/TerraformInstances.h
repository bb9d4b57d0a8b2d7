// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/** The values `var.<name>` takes in a module: the reviewer's, the package's variable files', the defaults. */
struct TerraformVariables {
    std::map<std::string, SourceNode> values; // by name, without "var."
    std::set<std::string> fromReviewer; // names the reviewer set with --param: they decide, nothing is marked

    /** The reviewer's parameters, then the package's variable files, then the defaults of `variable` blocks. */
    static TerraformVariables collect(const std::vector<const SourceNode*>& moduleRoots, const LoadOptions& options);
};

/** What expanding a file's instances and conditionals decided, for the loader to mark its records. */
struct TerraformExpansion {
    // "only when enable=true (off with the default values)" by resource address: created under a condition.
    std::map<std::string, std::string> conditions;
    // Bodies of a resource under each combination of the conditions (`? :`) nothing decides, and when each applies.
    struct Variants {
        std::vector<SourceNode> bodies;
        std::vector<std::string> when; // "only when enable=true and mode=full (off with the default values)"
        std::vector<std::string> labels; // "enable=true and mode=full"
    };
    std::map<std::string, Variants> variants;
};

/**
 * Evaluates a small Terraform expression (the text inside `${...}`) when what it reads is known:
 * literals, `var.x` (and `var.x.key`, `var.x["key"]`), `local.x` of `root`'s `locals`, `each.key`,
 * `each.value`, `count.index` when `bindings` hold them, `! && || == != < > <= >=`, `c ? a : b`,
 * `toset`, `tolist`, `keys`, `values`, `length`. nullopt when any part of it is not known here.
 * `decidedByReviewer`: the value reads the reviewer's --param values and no default.
 */
std::optional<SourceNode> evaluateTerraformExpression(std::string_view expression, SourceLocation at,
    const TerraformVariables& variables, const SourceNode& root, const std::map<std::string, SourceNode>& bindings = {},
    bool* decidedByReviewer = nullptr);

/**
 * Expands `count` and `for_each` of the `aws_iam_*` resources of a file read from HCL, before its values
 * are evaluated: when known, one resource per instance (`aws_iam_role.reader["audit"]`,
 * `aws_iam_policy.extra[0]`) with `count.index`, `each.key` and `each.value` substituted; a count of 0 (or
 * no keys) keeps one resource, marked in `expansion.conditions` with when it would be created
 * (`var.enable ? 1 : 0`: "only when enable=true (off with the default values)"), unless the reviewer's own
 * --param values turn it off, which drops it; unknown keys keep one resource and a located note
 * "unresolved-parameter" (subject "<address> count" / "<address> for_each").
 */
void expandTerraformInstances(SourceNode& root, const QString& file, const TerraformVariables& variables,
    TerraformExpansion& expansion, ReviewSubject& subject);

/**
 * Conditionals `c ? a : b` in the `aws_iam_*` resources and data sources: replaced by the branch `c`
 * picks when the reviewer's values or literals decide it (each branch read then passed to `evaluate`).
 * Otherwise (unknown, or known only from defaults and variable files, as CloudFormation's Fn::If) a
 * resource's bodies are kept per combination of at most 3 such conditions (`expansion.variants`, the tree
 * keeping the one the defaults pick) for the loader to mark each branch's statements; in a data source both
 * branches' lists are reviewed together, with a located note "condition-assumed".
 */
void expandTerraformConditionals(SourceNode& root, const QString& file, const TerraformVariables& variables,
    TerraformExpansion& expansion, ReviewSubject& subject, const std::function<void(SourceNode&)>& evaluate);

/** Reads `text`, an HCL expression written at `at`, into a tree; nullopt when it is not one (TerraformHcl.cpp). */
std::optional<SourceNode> readTerraformExpression(std::string_view text, SourceLocation at);

} // namespace grantscope
