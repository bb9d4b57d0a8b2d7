// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryDraft.h"
#include "common/Diagnostic.h"
#include "diff/SemanticDiff.h"
#include "policy/Policy.h"

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

struct Review;

/**
 * How conditions are decided when a boundary is compared with the package. There is one choice, and the
 * window, the report and `grantscope-cli diff` all make it: a request that carries no context keys (an
 * empty RequestContext). A conditional Deny therefore counts only where its condition holds for such a
 * request (StringNotEquals, Null "true", ...IfExists); the others are listed, not counted.
 */
enum class ConditionChoice {
    NoContextKeys,
};

/** "no condition keys" (the key `grantscope-cli diff --json` writes as "context"). */
const char* conditionChoiceKey(ConditionChoice choice);
/** One translated sentence naming the choice, for the window and the report. */
QString conditionChoiceText(ConditionChoice choice);

/** A Deny statement of the boundary that has conditions, and whether the choice counts it. */
struct ConditionalDenyNote {
    int statement = -1; // index into BoundaryEvaluation::policy.statements
    std::string sid;
    std::vector<std::string> actions; // as written (NotAction entries prefixed with "!")
    std::vector<std::string> conditions; // "Operator key value[, value]" per clause
    bool counted = false; // its conditions hold for the request the choice describes
    friend bool operator==(const ConditionalDenyNote&, const ConditionalDenyNote&) = default;
};

/** Everything derived from one boundary over one review: computed once per change, then shared. */
struct BoundaryEvaluation {
    ConditionChoice choice = ConditionChoice::NoContextKeys;
    BoundaryDraft draft; // as evaluated (the vendor base filled from the review); default when made from a policy
    Policy policy; // the boundary, not compacted
    CompactedBoundary compacted; // what would be saved, with its size against the managed-policy limit
    Diagnostics problems; // draft.check(); empty for a policy
    SemanticDiff diff; // the package under this boundary compared with the package as it stands
    std::vector<ConditionalDenyNote> conditionalDenies; // in statement order
    double milliseconds = 0; // time the evaluation took

    /** What the boundary does to finding `finding` (NotApplicable for an unknown index). */
    MitigationState findingMitigation(int finding) const;
};

/**
 * The package of `review` with `boundary` added (nullptr: as it stands), conditions decided by `choice`.
 * The one place that calls computeSemanticDiff for a review.
 */
SemanticDiff evaluatePackage(const Review& review, const Policy* boundary, ConditionChoice choice);

/**
 * Evaluates a boundary draft: its policy (the base "allow only what the vendor asks for" is the review's
 * vendorActions, the same list `grantscope-cli boundary --base vendor` uses), compaction, problems, the
 * semantic diff and every conditional deny.
 */
BoundaryEvaluation evaluateBoundary(
    const Review& review, const BoundaryDraft& draft, ConditionChoice choice = ConditionChoice::NoContextKeys);

/** The same for a boundary policy read from a file. */
BoundaryEvaluation evaluateBoundary(
    const Review& review, const Policy& boundary, ConditionChoice choice = ConditionChoice::NoContextKeys);

} // namespace grantscope
