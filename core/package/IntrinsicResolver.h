// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <map>
#include <optional>
#include <set>
#include <string>

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

private:
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
    std::map<std::string, std::optional<bool>> m_conditionCache;
    std::set<std::string> m_conditionsInProgress;
    std::set<std::pair<std::string, int>> m_noted;
};

/** Rewrites a YAML short-form tag (`!Sub`) to its long form name ("Fn::Sub"); empty when not an intrinsic. */
std::string intrinsicNameForTag(const std::string& tag);

} // namespace grantscope
