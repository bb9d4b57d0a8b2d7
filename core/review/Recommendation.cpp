// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/Recommendation.h"

#include "analysis/PackageAnalysis.h"

#include <QCoreApplication>
#include <QStringList>

namespace grantscope {

namespace {

// Translated under the context "Recommendation" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
};

bool serious(Severity s)
{
    return s == Severity::Critical || s == Severity::High;
}

QString quoted(const QStringList& titles)
{
    QStringList list;
    for (qsizetype i = 0; i < titles.size() && i < 3; ++i)
        list << QStringLiteral("“%1”").arg(titles[i]);
    if (titles.size() > 3)
        list << Tr::tr("and %1 more").arg(titles.size() - 3);
    return list.join(QStringLiteral(", "));
}

} // namespace

const char* recommendationKey(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::Approve:
        return "approve";
    case Recommendation::ApproveWithBoundary:
        return "boundary";
    case Recommendation::Reject:
        break;
    }
    return "reject";
}

std::optional<Recommendation> parseRecommendation(std::string_view key)
{
    for (Recommendation r : { Recommendation::Approve, Recommendation::ApproveWithBoundary, Recommendation::Reject })
        if (key == recommendationKey(r))
            return r;
    return std::nullopt;
}

QString recommendationName(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::Approve:
        return Tr::tr("Approve");
    case Recommendation::ApproveWithBoundary:
        return Tr::tr("Approve with the boundary");
    case Recommendation::Reject:
        break;
    }
    return Tr::tr("Reject");
}

ReviewRecommendation recommend(const std::vector<Finding>& findings, const DecisionOf& decision,
    const MitigationOf& mitigation, std::optional<Recommendation> chosen)
{
    ReviewRecommendation r;
    QStringList open;
    for (size_t i = 0; i < findings.size(); ++i) {
        if (!serious(findings[i].severity))
            continue;
        const FindingDecision d = decision ? decision(i) : FindingDecision::Open;
        if (d == FindingDecision::FalsePositive)
            continue;
        if (d == FindingDecision::AcceptedRisk) {
            ++r.accepted;
            continue;
        }
        // Only a boundary that removes every dangerous action of the finding counts; "partly" leaves it open.
        if (mitigation && mitigation(i) == MitigationState::Mitigated) {
            ++r.mitigated;
            continue;
        }
        ++r.open;
        open << findings[i].title;
    }
    if (r.open > 0) {
        r.computed = Recommendation::Reject;
        r.reason = Tr::tr("Critical or high findings neither accepted nor removed by the boundary (%1): %2.")
                       .arg(r.open)
                       .arg(quoted(open));
    } else if (r.mitigated > 0) {
        r.computed = Recommendation::ApproveWithBoundary;
        r.reason
            = Tr::tr("The boundary removes every critical or high finding the reviewer did not accept (%1 removed, "
                     "%2 accepted).")
                  .arg(r.mitigated)
                  .arg(r.accepted);
    } else if (r.accepted > 0) {
        r.computed = Recommendation::Approve;
        r.reason = Tr::tr("The reviewer accepted the risk of every critical and high finding (%1).").arg(r.accepted);
    } else {
        r.computed = Recommendation::Approve;
        r.reason = Tr::tr("No critical or high finding is open.");
    }
    r.value = chosen.value_or(r.computed);
    r.overridden = chosen && *chosen != r.computed;
    if (r.overridden)
        r.reason = Tr::tr("The reviewer chose “%1”; from the decisions it would be “%2”: %3")
                       .arg(recommendationName(r.value), recommendationName(r.computed), r.reason);
    return r;
}

ResidualRisk computeResidualRisk(
    const PackageAnalysis& analysis, const DecisionOf& decision, const MitigationOf& mitigation)
{
    const auto falsePositive
        = [&](int i) { return decision && decision(static_cast<size_t>(i)) == FindingDecision::FalsePositive; };
    ResidualRisk r;
    r.hasBoundary = static_cast<bool>(mitigation);
    r.before = computeRiskScore(analysis, falsePositive);
    if (!mitigation) {
        r.after = r.before;
        return r;
    }
    r.after = computeRiskScore(analysis, [&](int i) {
        const bool removed = !falsePositive(i) && mitigation(static_cast<size_t>(i)) == MitigationState::Mitigated;
        r.removed += removed ? 1 : 0;
        return falsePositive(i) || removed;
    });
    // The explanation calls what `excluded` counts false positives: what the boundary removes is said apart.
    r.after.excluded = r.before.excluded;
    return r;
}

} // namespace grantscope
