// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace grantscope {

class RequestContext;

/** Which `${...}` forms a substitution resolves. */
enum class VariableMode {
    Resolve, // context keys (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`) and the escapes
    EscapesOnly, // only `${*}`, `${?}`, `${$}`; other `${...}` stay literal text
    Literal, // nothing: policy language 2008-10-17 has no policy variables
};

/*
 * Policy variables, per the IAM User Guide (reference_policies_variables):
 * - `${key}` takes the single value of a request-context key; key names are case-insensitive.
 * - `${key, 'default'}` uses the default when the key is absent.
 * - `${*}`, `${?}` and `${$}` stand for a literal '*', '?' and '$'.
 * - An absent key without default, or a multi-valued key ("you can't use a multivalued context key as a
 *   policy variable"), makes the value unresolvable: AWS says "any attempt to match it fails".
 * - A `${` without a closing `}` is literal text.
 * - A `${Name}` without a ':' names no context key (all of them have one): it is a placeholder a package
 *   loader wrote for a value known only after deployment (`${ArchiveKey}`, `${aws_kms_key.archive}`), and
 *   stays literal text, so that the resource it stands for can be asked about.
 * Text that comes from a variable or an escape is data, never a wildcard: a tag value "*" must not widen a
 * pattern. (AWS does not document this case; iam-simulate escapes substituted values the same way.)
 */

/**
 * Substitutes the variables of a policy value and returns it as an escaped glob: '*' and '?' written in the
 * policy stay wildcards, while every '*', '?' and '\' that is literal (from a variable, an escape, or a
 * backslash in the policy) is preceded by a backslash. nullopt when a variable cannot be resolved.
 */
std::optional<std::string> substituteAsPattern(
    std::string_view value, const RequestContext& context, VariableMode mode = VariableMode::Resolve);

/**
 * The same substitution for operators without wildcards (StringEquals, Bool): plain text, where a policy's
 * '*' is just a star. nullopt when a variable cannot be resolved.
 */
std::optional<std::string> substituteAsText(
    std::string_view value, const RequestContext& context, VariableMode mode = VariableMode::Resolve);

/** Index just past the fifth ':' of an ARN pattern, not counting colons inside `${...}`; npos if fewer. */
size_t arnResourcePartStart(std::string_view pattern);

} // namespace grantscope
