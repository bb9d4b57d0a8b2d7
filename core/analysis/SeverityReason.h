// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"

#include <QString>

#include <vector>

namespace grantscope {

/** One step that moved a finding's severity away from its rule's base: why, and by how much. */
struct SeverityStep {
    int change = 0; // negative lowers ("-1: only through kms:ViaService"), positive raises
    QString reason; // what caused it: the condition, the scope or who can reach the grant
    friend bool operator==(const SeverityStep&, const SeverityStep&) = default;
};

/**
 * How a finding got its severity: the rule's base with the reason for it, then each step with the
 * condition, scope or reachability that caused it. `severity()` is the result (clamped to
 * Info..Critical) and `text()` the one line shown as `severityReason` in every view and report, so
 * the number and its explanation cannot disagree.
 */
struct SeverityAssessment {
    Severity base = Severity::Medium;
    QString baseReason; // why the rule's base is what it is ("writes any role's policies: administrator")
    std::vector<SeverityStep> steps;

    SeverityAssessment& step(int change, const QString& reason);
    Severity severity() const;
    /** "high (base: <baseReason>); lowered to medium: <reason>; ..." in the user's language. */
    QString text() const;
    /** Sets `finding.severity` and `finding.severityReason` from this assessment. */
    void applyTo(Finding& finding) const;
};

/**
 * One more step on a finding that already has its severity and `severityReason` (set by the analyzer that
 * made it): moves the severity by `change` (clamped) and appends the step to the reason in the words of
 * SeverityAssessment::text(), so "who can use it" reads like every other step.
 */
void applySeverityStep(Finding& finding, int change, const QString& reason);

} // namespace grantscope
