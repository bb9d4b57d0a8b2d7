// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/Review.h"

#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "review/BoundaryEvaluation.h"

namespace grantscope {

namespace {

template <typename Visit> void forEachPolicy(const ReviewSubject& package, Visit&& visit)
{
    for (const RoleRecord& role : package.roles)
        for (const PolicyRecord& p : role.policies)
            visit(p);
    for (const PolicyRecord& p : package.standalonePolicies)
        visit(p);
}

} // namespace

const PolicyExpansion* Review::expansionOf(const PolicyRecord& record) const
{
    size_t i = 0;
    const PolicyExpansion* found = nullptr;
    forEachPolicy(package, [&](const PolicyRecord& p) {
        if (&p == &record && i < expansions.size())
            found = &expansions[i];
        ++i;
    });
    return found;
}

Review makeReview(
    QStringList paths, LoadOptions options, ReviewSubject package, PackageAnalysis analysis, ReviewBaseline baseline)
{
    const Catalog& catalog = Catalog::bundled();
    // The callback belongs to this load: a review kept (and reloaded or compared later) does not call it.
    const ProgressCallback progress = std::move(options.progress);
    options.progress = nullptr;
    Review review;
    review.paths = std::move(paths);
    review.options = std::move(options);
    review.package = std::move(package);
    review.analysis = std::move(analysis);
    review.granted = catalog.emptySet();
    size_t policies = 0;
    forEachPolicy(review.package, [&](const PolicyRecord&) { ++policies; });
    // The package's own evaluation counts as one more step than the policies, the last.
    const size_t steps = policies + (baseline == ReviewBaseline::Make ? 1 : 0);
    forEachPolicy(review.package, [&](const PolicyRecord& p) {
        reportProgress(progress, WorkStage::Comparing, review.expansions.size(), steps);
        review.expansions.push_back(p.resolved ? expandPolicy(catalog, p.policy, nullptr) : PolicyExpansion {});
        if (p.resolved)
            review.granted |= review.expansions.back().allowed;
    });
    catalog.forEachSorted(review.granted, [&](int a) { review.vendorActions.push_back(catalog.actionName(a)); });
    if (baseline == ReviewBaseline::Make) {
        reportProgress(progress, WorkStage::Comparing, policies, steps);
        review.baseline = evaluatePackage(review, nullptr, ConditionChoice::NoContextKeys);
        review.hasBaseline = true;
    }
    reportProgress(progress, WorkStage::Comparing, steps, steps);
    return review;
}

Review loadReview(const QStringList& paths, const LoadOptions& options, ReviewBaseline baseline)
{
    ReviewSubject package = loadPackage(paths, options);
    PackageAnalysis analysis = analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), options);
    std::vector<PackageFile> files = hashPackageFiles(paths, package.files);
    Review review = makeReview(paths, options, std::move(package), std::move(analysis), baseline);
    review.files = std::move(files);
    return review;
}

} // namespace grantscope
