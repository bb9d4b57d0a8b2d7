// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "analysis/RiskScore.h"
#include "diff/SemanticDiff.h"

#include <QString>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace grantscope {

struct PackageAnalysis;

/** What the reviewer recommends to whoever signs the review. */
enum class Recommendation { Approve, ApproveWithBoundary, Reject };

const char* recommendationKey(Recommendation recommendation); // "approve", "boundary", "reject"
std::optional<Recommendation> parseRecommendation(std::string_view key);
QString recommendationName(Recommendation recommendation); // translated

/** A finding's verdict and what the boundary does to it, by the finding's index in the analysis. */
using DecisionOf = std::function<FindingDecision(size_t finding)>;
using MitigationOf = std::function<MitigationState(size_t finding)>; // empty: there is no boundary

/**
 * The recommendation and why. Computed from the critical and high findings (false positives left out):
 * one that the reviewer did not accept and the boundary does not remove entirely → Reject; otherwise, when
 * the boundary removes one that was not accepted → ApproveWithBoundary; otherwise Approve. The reviewer may
 * choose another; `reason` then says so and what the decisions give.
 */
struct ReviewRecommendation {
    Recommendation value = Recommendation::Approve; // the reviewer's choice when given, else `computed`
    Recommendation computed = Recommendation::Approve;
    bool overridden = false; // the reviewer chose a value other than the computed one
    QString reason; // one or two translated sentences
    int open = 0; // critical and high findings neither accepted nor removed by the boundary
    int mitigated = 0; // removed by the boundary (and not accepted)
    int accepted = 0; // accepted by the reviewer
    friend bool operator==(const ReviewRecommendation&, const ReviewRecommendation&) = default;
};

ReviewRecommendation recommend(const std::vector<Finding>& findings, const DecisionOf& decision,
    const MitigationOf& mitigation, std::optional<Recommendation> chosen = std::nullopt);

/**
 * The risk score before and after the boundary, both by computeRiskScore() (false positives left out):
 * after it, findings the boundary removes entirely are left out too. The dashboard shows `before`.
 */
struct ResidualRisk {
    RiskScore before;
    RiskScore after; // its `excluded` counts the false positives only, as before's does
    int removed = 0; // findings the boundary removes entirely (not false positives)
    bool hasBoundary = false;
    friend bool operator==(const ResidualRisk&, const ResidualRisk&) = default;
};

ResidualRisk computeResidualRisk(
    const PackageAnalysis& analysis, const DecisionOf& decision, const MitigationOf& mitigation);

} // namespace grantscope
