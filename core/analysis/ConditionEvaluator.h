// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PolicyVariables.h"

#include <vector>

namespace grantscope {

struct ConditionClause;
class RequestContext;

/*
 * Condition evaluation as the IAM User Guide documents it (reference_policies_elements_condition_operators,
 * reference_policies_condition-logic-multiple-context-keys-or-values, ..._single-vs-multi-valued-context-keys):
 *
 * - Several values for one key are OR'ed; for a negated operator (StringNotEquals, StringNotEqualsIgnoreCase,
 *   StringNotLike, NumericNotEquals, DateNotEquals, NotIpAddress, ArnNotEquals, ArnNotLike) they are NOR'ed.
 * - A key that is absent (or has no values) makes the condition false, true for a negated operator; with
 *   ...IfExists it is true; ForAllValues is true and ForAnyValue false ("also returns true if there are no
 *   context keys in the request, or if the context key value resolves to a null dataset, such as an empty
 *   string"; ForAnyValue: "For no matching context key or a null dataset, the condition returns false").
 *   IfExists wins over the qualifier: "If the key is not present, evaluate the condition element as true".
 * - ForAllValues: every context value must satisfy the operator; ForAnyValue: at least one must. For a negated
 *   operator a context value satisfies it when it matches none of the policy values.
 * - Without a qualifier, a context key with several values (undocumented by AWS) holds for a positive operator
 *   when any context value matches, and for a negated one only when no context value matches, so a negated
 *   operator is always the exact opposite of its positive form.
 * - Null: "true" holds when the key is absent, "false" when it is present and not null; a key whose values are
 *   all empty strings counts as null, as the multivalued-key examples say Null:false rejects "context keys with
 *   empty values".
 * - Policy variables are substituted in String*, Arn* and Bool values (the operator reference marks those as
 *   supporting them). A value that is malformed (a number that does not parse, a bad CIDR, base64 or date) or
 *   whose variable cannot be resolved never matches, and it makes the negated operator false as well: AWS says
 *   an unresolvable variable means "any attempt to match it fails", and a test that cannot be performed should
 *   not grant through the back door of a negation. The same holds for a malformed context value.
 */

/** Does one key test of a Condition block hold for the request? Never throws; an unknown operator is false. */
bool conditionHolds(
    const ConditionClause& clause, const RequestContext& context, VariableMode variables = VariableMode::Resolve);

/** Do all key tests hold (AND)? An empty list holds. */
bool conditionsHold(const std::vector<ConditionClause>& clauses, const RequestContext& context,
    VariableMode variables = VariableMode::Resolve);

} // namespace grantscope
