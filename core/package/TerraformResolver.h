// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/** One `resource` or `data` block of a Terraform file (configuration or `terraform show -json` output). */
struct TerraformResource {
    bool data = false;
    std::string type; // "aws_iam_role"
    std::string name; // "vendor"
    std::string address; // "aws_iam_role.vendor", "data.aws_iam_policy_document.trust", "module.m.aws_iam_role.r[0]"
    SourceLocation location; // of the block's name (configuration) or of the resource object (plan/state)
    const SourceNode* body = nullptr; // the block body (configuration) or `values` (plan/state); never null
};

/** A string that is exactly one `${...}` interpolation naming a resource attribute. */
struct TerraformReference {
    std::string expression; // "aws_iam_role.vendor.name"
    std::string address; // "aws_iam_role.vendor"; empty for var./local./module. roots
    std::string attribute; // "name"
    const TerraformResource* resource = nullptr; // when the address is a block of this file
};

/**
 * Evaluates what an offline review can of a Terraform file's values: `${...}` interpolations that
 * name this file's IAM resources, the caller's account/partition/region data sources and
 * reviewer-supplied variables (LoadOptions::parameters, by "name" or "var.name") are substituted;
 * anything else stays visible as `${...}` and is recorded once as a PackageNote. `$${` and `%%{`
 * escapes are unescaped; IAM policy variables such as `${aws:username}` pass through untouched.
 * Policy documents are produced as located trees from JSON strings, objects, `${jsonencode(...)}` of
 * JSON text, and `aws_iam_policy_document` data sources (with source/override documents).
 * In plan/state output (`plan == true`) strings are literal and nothing is substituted.
 * Work is bounded: each attribute is computed once, a name that refers to itself is a located
 * "terraform-reference-cycle" error (Terraform rejects such cycles), and no string grows past
 * `kMaxStringBytes`.
 */
class TerraformResolver {
public:
    /** Longest string an interpolation may build; past it a located "terraform-limit" error. */
    static constexpr size_t kMaxStringBytes = 1u << 20;

    TerraformResolver(const std::vector<TerraformResource>& resources, bool plan, const QString& file,
        const LoadOptions& options, ReviewSubject& subject);

    bool plan() const { return m_plan; }
    const QString& file() const { return m_file; }
    const TerraformResource* resource(const std::string& address) const;
    /** The instance `expression` names (`aws_iam_role.r["k"].arn`) when the file has it, else `address`. */
    const TerraformResource* instance(std::string_view expression, const std::string& address) const;

    /** The string with its interpolations substituted or left as placeholders (noted). */
    std::string expand(std::string_view text, SourceLocation at, int depth = 0);

    /** The reference when `value` is a string made of one `${...}` traversal; never in plan output. */
    std::optional<TerraformReference> reference(const SourceNode& value) const;

    /** A known value of a resource attribute (a role's name or ARN, a policy's ARN, ...). */
    std::optional<std::string> attribute(
        const TerraformResource& resource, const std::string& attribute, int depth = 0);

    /**
     * The policy document that `value` stands for, as a located tree whose strings are expanded;
     * nullopt (with a note or a diagnostic) when it cannot be read offline.
     */
    std::optional<SourceNode> policyDocument(const SourceNode& value, int depth = 0);

    /** The data source's policy document (converted once, then cached); nullopt on a cycle. */
    std::optional<SourceNode> dataSourceDocument(const TerraformResource& resource, int depth);

    /** A copy of `node` with its string (not its children) expanded; `&{` becomes `${` with documentSyntax. */
    SourceNode expandedString(const SourceNode& node, bool documentSyntax);

    /** A copy of the tree with every string and key expanded. */
    SourceNode expandTree(const SourceNode& node, bool documentSyntax);

    /** Records a note once per (kind, subject). */
    void note(const char* kind, SourceLocation at, const std::string& subject, const QString& message);

    /** Records that `expression` stays a placeholder ("unresolved-parameter"). */
    void noteUnresolved(const std::string& expression, SourceLocation at);

    /** An Error or Warning diagnostic in this file. */
    void diagnose(DiagnosticSeverity severity, const char* code, SourceLocation at, const QString& message);

private:
    std::optional<std::string> computeAttribute(
        const TerraformResource& resource, const std::string& attribute, int depth);
    std::string interpolate(const std::string& expression, SourceLocation at, int depth);

    std::map<std::string, const TerraformResource*> m_byAddress;
    bool m_plan = false;
    const QString& m_file;
    const LoadOptions& m_options;
    ReviewSubject& m_subject;
    std::set<std::string> m_noted;
    std::set<std::string> m_inProgress;
    std::map<std::string, std::optional<SourceNode>> m_documents; // converted data sources by address
    // Attribute values by "address\x1fattribute", computed once: a name built from other names is not
    // recomputed per use, and one that refers to itself is found, not expanded without end.
    std::map<std::string, std::optional<std::string>> m_attributes;
    std::set<std::string> m_attributesInProgress;
    bool m_limitReported = false;
};

/** Bodies of a nested block given as an object or an array of objects (HCL JSON); none for null. */
std::vector<const SourceNode*> terraformBlocks(const SourceNode* value);

/** `${` ... `}`: index of the brace closing the one at `open`, skipping quoted strings; npos if none. */
size_t terraformClosingBrace(std::string_view text, size_t open);

/**
 * Walks an expression outside its quoted strings (escapes included) and calls `visit(i, c, depth)` for every
 * other character: `depth` is the bracket nesting at `c`, an opening bracket counted in it and a closing one
 * not. Returns the first position where `visit` returns true, or npos.
 */
template <typename Visit> size_t terraformScanOutsideStrings(std::string_view e, size_t from, Visit&& visit)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = from; i < e.size(); ++i) {
        const char c = e[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c == '(' || c == '[' || c == '{')
            ++depth;
        else if (c == ')' || c == ']' || c == '}')
            --depth;
        if (visit(i, c, depth))
            return i;
    }
    return std::string_view::npos;
}

inline bool isTerraformBracket(char c)
{
    return c == '(' || c == '[' || c == '{' || c == ')' || c == ']' || c == '}';
}

/** "aws_iam_role.vendor[0].name" -> {"aws_iam_role", "vendor", "name"}; nullopt for anything but a traversal. */
std::optional<std::vector<std::string>> terraformTraversal(std::string_view expression);

/** Roots of a traversal that are not resources: var, local, module, each, count, path, terraform, self. */
bool isTerraformSpecialRoot(const std::string& root);

/** Gives every node and key of the tree the location `at` (a document read from a string sits there). */
void relocateTree(SourceNode& node, SourceLocation at);

} // namespace grantscope
