// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PolicyVariables.h"

#include <string_view>

namespace grantscope {

class RequestContext;

/*
 * ARN matching is case-sensitive everywhere. Sources: the IAM User Guide says "In the Resource element, the
 * IAM user name is case sensitive" (reference_policies_elements_resource, current text; the 2013-era text
 * called user names case-insensitive) and describes ArnEquals/ArnLike as "Case-sensitive matching of the
 * ARN" (reference_policies_elements_condition_operators). Matching case-insensitively would let a statement
 * cover resources AWS keeps apart.
 */

/**
 * True when a statement's Resource pattern matches the concrete request ARN.
 * - "*" matches everything.
 * - An ARN pattern is matched as AWS documents for the Resource element: `*` and `?` work within each of the
 *   first five colon-separated segments, a `*` that ends a segment "can expand to match beyond the colon
 *   boundaries", and in the resource part (after the fifth colon, which may itself hold ':' and '/') both
 *   wildcards match any character.
 * - Policy variables are resolved against the context only in the resource part ("You can't use a variable to
 *   replace parts of the ARN before the fifth colon"); an unresolvable variable means no match.
 * - A pattern that is not an ARN (does not start with "arn:") is a glob over the whole string, with policy
 *   variables resolved anywhere in it.
 * `variables` is Literal for policy language 2008-10-17, which has no policy variables.
 */
bool resourceMatches(std::string_view pattern, std::string_view arn, const RequestContext& context,
    VariableMode variables = VariableMode::Resolve);

/**
 * The ArnLike/ArnEquals test ("behave identically"): both sides are split into their six colon-delimited
 * components, each checked separately, so a wildcard never crosses a ':' outside the resource part. A pattern
 * or ARN with fewer than six components does not match. The pattern is a plain glob (no escapes, no variables).
 */
bool arnLike(std::string_view pattern, std::string_view arn);

/** True when the text has the six colon-delimited components of an ARN (arn:partition:service:region:account:…). */
bool hasArnComponents(std::string_view text);

/** arnLike() for a pattern in the escaped form that substituteAsPattern() returns. */
bool arnLikeEscaped(std::string_view escapedPattern, std::string_view arn);

} // namespace grantscope
