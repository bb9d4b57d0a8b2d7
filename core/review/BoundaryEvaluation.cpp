// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/BoundaryEvaluation.h"

#include "analysis/ConditionEvaluator.h"
#include "analysis/RequestContext.h"
#include "catalog/Catalog.h"
#include "policy/PolicyWriter.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace grantscope {

namespace {

std::string clauseText(const ConditionClause& clause)
{
    std::string text = clause.operatorText + " " + clause.key;
    for (size_t i = 0; i < clause.values.size(); ++i)
        text += (i ? ", " : " ") + clause.values[i];
    return text;
}

std::vector<ConditionalDenyNote> conditionalDenies(const Policy& policy, const RequestContext& request)
{
    std::vector<ConditionalDenyNote> notes;
    for (size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& s = policy.statements[i];
        if (s.effect != Effect::Deny || s.conditions.empty())
            continue;
        ConditionalDenyNote note;
        note.statement = static_cast<int>(i);
        note.sid = s.sid;
        for (const LocatedString& a : s.actions)
            note.actions.push_back(s.notAction ? "!" + a.value : a.value);
        for (const ConditionClause& c : s.conditions)
            note.conditions.push_back(clauseText(c));
        note.counted = conditionsHold(s.conditions, request);
        notes.push_back(std::move(note));
    }
    return notes;
}

// The request each choice describes.
RequestContext requestFor(ConditionChoice choice)
{
    switch (choice) {
    case ConditionChoice::NoContextKeys:
        break;
    }
    return RequestContext {};
}

} // namespace

const char* conditionChoiceKey(ConditionChoice choice)
{
    switch (choice) {
    case ConditionChoice::NoContextKeys:
        break;
    }
    return "no condition keys";
}

QString conditionChoiceText(ConditionChoice choice)
{
    switch (choice) {
    case ConditionChoice::NoContextKeys:
        break;
    }
    return QCoreApplication::translate("BoundaryEvaluation",
        "Decided for a request with no context keys: a conditional deny counts only where its condition holds "
        "without keys; the others are listed but not counted.");
}

MitigationState BoundaryEvaluation::findingMitigation(int finding) const
{
    if (finding < 0 || static_cast<size_t>(finding) >= diff.findings.size())
        return MitigationState::NotApplicable;
    return diff.findings[static_cast<size_t>(finding)].state;
}

SemanticDiff evaluatePackage(const Review& review, const Policy* boundary, ConditionChoice choice)
{
    const RequestContext request = requestFor(choice);
    // The account the package is reviewed for: its partition (and id, when the package pins it) decide which
    // ARNs a grant or a deny can reach.
    const AccountScope account = accountScopeOf(review.package, review.options);
    return computeSemanticDiff(
        Catalog::bundled(), review.package, boundary, review.analysis.findings, &request, &account);
}

BoundaryEvaluation evaluateBoundary(const Review& review, const BoundaryDraft& draft, ConditionChoice choice)
{
    QElapsedTimer timer;
    timer.start();
    const Catalog& catalog = Catalog::bundled();
    BoundaryEvaluation eval;
    eval.choice = choice;
    eval.draft = draft;
    // The vendor base is what the package grants, from the review: a draft read from a session file or
    // made before the package was expanded never carries a list of its own that could disagree.
    if (!review.expansions.empty())
        eval.draft.vendorActions = review.vendorActions;
    eval.policy = eval.draft.toPolicy(catalog);
    eval.compacted = BoundaryCompactor::compact(catalog, eval.policy);
    eval.problems = eval.draft.check(catalog);
    // Allow * on * with nothing denied leaves the package as it stands: that is the review's baseline, made
    // once when the package was read (a package opens with this draft, so it is not compared again).
    // Two statements, not a conditional: "cond ? review.baseline : evaluatePackage()" is a const prvalue, which
    // copied the whole diff twice (the second time by copy assignment, as a const value cannot be moved from).
    if (eval.draft.allowsEverything() && review.hasBaseline && !review.expansions.empty()
        && choice == ConditionChoice::NoContextKeys)
        eval.diff = review.baseline;
    else
        eval.diff = evaluatePackage(review, &eval.policy, choice);
    eval.conditionalDenies = conditionalDenies(eval.policy, requestFor(choice));
    eval.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return eval;
}

BoundaryEvaluation evaluateBoundary(const Review& review, const Policy& boundary, ConditionChoice choice)
{
    QElapsedTimer timer;
    timer.start();
    BoundaryEvaluation eval;
    eval.choice = choice;
    eval.draft.name = boundary.name;
    eval.policy = boundary;
    // A policy read from a file is kept as written: it is what the reviewer will attach.
    eval.compacted.policy = boundary;
    eval.compacted.json = writePolicyJson(boundary, 2);
    eval.compacted.size = policySizeForLimits(boundary);
    eval.compacted.fits = eval.compacted.size <= BoundaryCompactor::kManagedPolicyLimit;
    eval.diff = evaluatePackage(review, &eval.policy, choice);
    eval.conditionalDenies = conditionalDenies(eval.policy, requestFor(choice));
    eval.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return eval;
}

} // namespace grantscope
