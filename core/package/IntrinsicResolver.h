// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace grantscope {

/**
 * Resolves CloudFormation intrinsic functions (long forms `Fn::Sub`, `Ref`, … and YAML short-form
 * tags `!Sub`, `!Ref`, …) in a located tree, so that the policies inside a template can be parsed
 * like any other. Values come from parameters (reviewer-supplied or defaults), pseudo-parameters,
 * mappings and conditions. A value that cannot be known offline stays visible as a placeholder such
 * as `${ExternalId}` or `${MyBucket.Arn}` and is reported as a PackageNote; it is never dropped.
 * The result keeps the source location of every value (an intrinsic's result takes the location of
 * the intrinsic). `Ref` to a resource of the template yields a string node whose `tag` is
 * "!ResourceRef:<LogicalId>" so loaders can link attachments.
 *
 * A template is untrusted input, so the work is bounded: names are looked up through indexes (no scan
 * of `Resources` per reference), condition chains and nesting share one depth limit, mapping values
 * are not evaluated (CloudFormation allows no functions in Mappings), and one template may produce at
 * most `kMaxNodes` values and strings of at most `kMaxStringBytes`. Reaching a bound is one located
 * error diagnostic ("template-limit"); the value is left as a visible placeholder.
 */
class IntrinsicResolver {
public:
    IntrinsicResolver(
        const SourceNode& templateRoot, const QString& file, const LoadOptions& options, ReviewSubject& subject);

    /** The resolved copy of `node`; nullopt when it is `AWS::NoValue` (the element must disappear). */
    std::optional<SourceNode> resolve(const SourceNode& node);

    /** Evaluates a template condition by name; nullopt when it depends on something unknown. */
    std::optional<bool> condition(const std::string& name);

    /** Physical name of a resource when the template sets it literally (RoleName, PolicyName, ...). */
    std::string physicalName(const std::string& logicalId) const;

    static constexpr size_t kMaxNodes = 4'000'000;
    static constexpr size_t kMaxStringBytes = 1u << 20;

private:
    const SourceNode* resource(const std::string& logicalId) const;
    const SourceNode* member(const SourceNode* object, const std::string& key);
    std::optional<bool> conditionAt(const std::string& name, int depth);
    bool overLimit(SourceLocation at, const QString& what);
    std::optional<SourceNode> resolveDepth(const SourceNode& node, int depth);
    std::optional<SourceNode> resolveFunction(
        const std::string& name, const SourceNode& arg, SourceLocation at, int depth);
    std::optional<std::string> scalarOf(const SourceNode& node);
    std::string refValue(const std::string& name, SourceLocation at, std::string* resourceRef);
    std::string getAtt(const std::string& logicalId, const std::string& attribute, SourceLocation at);
    std::string substitute(const std::string& text, const std::map<std::string, std::string>& vars, SourceLocation at);
    std::optional<bool> evaluateCondition(const SourceNode& node, int depth);
    void note(const char* kind, SourceLocation at, const std::string& subject, const QString& message);

    const SourceNode& m_root;
    const QString& m_file;
    const LoadOptions& m_options;
    ReviewSubject& m_subject;
    const SourceNode* m_resources = nullptr;
    const SourceNode* m_mappings = nullptr;
    const SourceNode* m_conditions = nullptr;
    std::unordered_map<std::string, const SourceNode*> m_resourceIndex;
    std::unordered_map<const SourceNode*, std::unordered_map<std::string, const SourceNode*>> m_memberIndex;
    size_t m_nodes = 0;
    bool m_limitReported = false;
    std::map<std::string, std::optional<bool>> m_conditionCache;
    std::set<std::string> m_conditionsInProgress;
    std::set<std::pair<std::string, int>> m_noted;
};

/** Rewrites a YAML short-form tag (`!Sub`) to its long form name ("Fn::Sub"); empty when not an intrinsic. */
std::string intrinsicNameForTag(const std::string& tag);

} // namespace grantscope
