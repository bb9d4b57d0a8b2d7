// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

class IntrinsicResolver;

/** The parameters a template condition reads, through nested conditions. */
void conditionInputs(const SourceNode* conditions, const std::string& name, std::set<std::string>& out, int depth = 0);

/**
 * "only when EnableExtras=true (off with the default values)": a resource's `Condition` spelled as the
 * parameter value that turns it on when it is the usual `Fn::Equals [Ref P, "v"]`, anything else by the
 * condition's name and the parameters it reads. `byDefault`: what the template's defaults make of it.
 */
std::string describeCondition(const SourceNode* conditions, const std::string& name, std::optional<bool> byDefault);

/**
 * `Fn::If` inside a CloudFormation resource. The resolver alone follows the defaults, so a branch that
 * grants more would vanish when the defaults pick the other one. Here the conditions an `Fn::If` of the
 * resource reads, unless the reviewer's `--param` values decide them, are "open": the properties are
 * resolved once per combination of their values (a variant), and every piece the loader reads (an item
 * of ManagedPolicyArns or Policies, a statement of a document) is kept with the condition values it exists
 * under ("only when GrantAdmin=true (off with the default values)"), empty when it exists in every variant.
 */
class ConditionalBranches {
public:
    /** A condition that cannot be evaluated (undefined, circular) is noted once ("condition-assumed") in `subject`. */
    ConditionalBranches(const SourceNode& templateRoot, const QString& file, const LoadOptions& options,
        IntrinsicResolver& resolver, ReviewSubject& subject);

    /** Resolved properties under every combination of the open conditions; one variant when none is open. */
    struct Variant {
        std::vector<bool> values; // one per open condition
        std::optional<SourceNode> properties;
    };
    std::vector<Variant> resolve(const SourceNode& rawProperties);

    /** Index of the variant the template's defaults pick (the resolver's choice), after resolve(). */
    size_t defaultVariant() const { return m_default; }
    bool branched() const { return m_variants.size() > 1; }

    /** A value found in some variants and the condition it exists under. */
    struct Piece {
        SourceNode node;
        std::string condition; // empty: in every variant
        std::string when; // short form for names: "GrantAdmin=true"
        std::vector<bool> variants; // the variants it is in (all true: in every one)
    };

    /** Items of the list (or the single value) at `key` across the variants, each once. */
    std::vector<Piece> items(std::string_view key) const;

    /**
     * A policy document across the variants (`perVariant[i]`, nullptr where absent), split into a first
     * piece with the statements it has wherever it exists and one piece per other set of variants with the
     * statements only those have. A document whose statements cannot be told apart is kept whole per variant.
     */
    std::vector<Piece> documents(const std::vector<const SourceNode*>& perVariant) const;

    /** The properties with every list holding the items of all variants and objects merged by key; scalars
     * as the defaults pick them. For resources whose pieces are not marked one by one. */
    SourceNode merged() const;

    const std::vector<Variant>& variants() const { return m_variants; }

    /** "only when ..." for the variants flagged in `in` (one flag per variant); empty when all or none. */
    std::string condition(const std::vector<bool>& in) const { return describe(in).first; }

private:
    std::pair<std::string, std::string> describe(const std::vector<bool>& in) const;
    std::string phrase(size_t condition, bool value) const;
    void collect(const SourceNode& node, int depth);
    SourceNode choose(const SourceNode& node, const std::vector<bool>& values, int depth) const;
    const std::string* ifCondition(const SourceNode& node, const SourceNode** arg) const;

    const SourceNode& m_root;
    const SourceNode* m_conditions = nullptr;
    const QString& m_file;
    const LoadOptions& m_options;
    IntrinsicResolver& m_resolver;
    ReviewSubject& m_subject;
    std::set<std::string> m_noted;
    std::vector<std::string> m_open;
    std::vector<Variant> m_variants;
    size_t m_default = 0;
};

} // namespace grantscope
