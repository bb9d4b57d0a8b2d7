// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "doc/SourceNode.h"
#include "policy/Policy.h"

#include <optional>
#include <string_view>

namespace grantscope {

/**
 * Turns a located document tree into a Policy, checking it the way IAM does when a policy is
 * created: element names, value types, Effect, Action beside NotAction, Resource beside
 * NotResource, Principal where it is (not) allowed, condition operators. Problems that IAM would
 * reject are Errors; questionable but accepted forms (no Version, duplicate Sid) are Warnings.
 * Always returns the statements it could read, so a reviewer still sees a partly broken policy;
 * `ok` is false when there was an Error.
 */
class PolicyParser {
public:
    struct Result {
        Policy policy;
        bool ok = true;
    };

    static Result parse(
        const SourceNode& root, PolicyKind kind, const QString& file, std::string name, Diagnostics& diagnostics);

    /** Reads and parses JSON policy text. */
    static Result parseJson(
        std::string_view text, PolicyKind kind, const QString& file, std::string name, Diagnostics& diagnostics);

    /**
     * What a stand-alone document most likely is: a trust or resource policy when a statement names
     * a Principal, otherwise an identity policy.
     */
    static PolicyKind guessKind(const SourceNode& root);

    /** Parses an operator name such as "ForAnyValue:StringNotLikeIfExists"; nullopt when unknown. */
    static std::optional<ConditionClause> parseOperator(std::string_view text);
};

} // namespace grantscope
