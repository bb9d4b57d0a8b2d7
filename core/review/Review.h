// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Expansion.h"
#include "analysis/PackageAnalysis.h"
#include "catalog/ActionSet.h"
#include "diff/SemanticDiff.h"
#include "package/ReviewSubject.h"
#include "review/PackageFiles.h"

#include <QStringList>

#include <string>
#include <vector>

namespace grantscope {

/**
 * One review of a vendor package: what was read (paths, load options, the loaded ReviewSubject), what
 * the engine concludes (subjects and findings), and what the package grants, expanded once against the
 * catalogue. Immutable once made by loadReview() or makeReview(); every consumer — the window, its models,
 * the CLI commands and the report builder — reads these values instead of expanding the package again.
 */
struct Review {
    QStringList paths;
    LoadOptions options;
    ReviewSubject package;
    PackageAnalysis analysis;

    /**
     * One expansion per permission policy, in package order: each role's policies, then the stand-alone
     * policies. An unresolved policy has an empty expansion.
     */
    std::vector<PolicyExpansion> expansions;
    /** Every action some resolved Allow statement of the package grants (NotAction complemented). */
    ActionSet granted;
    /**
     * The same as catalogue action names, sorted: the Allow part of the boundary base "allow only what the
     * vendor asks for" (BoundaryBase::VendorGrants). One list for the window and `grantscope-cli boundary`.
     */
    std::vector<std::string> vendorActions;
    /**
     * The package as it stands (no boundary added), decided with ConditionChoice::NoContextKeys. Left empty,
     * with `hasBaseline` false, by a review made with ReviewBaseline::Skip.
     */
    SemanticDiff baseline;
    bool hasBaseline = false;
    /**
     * The files on disk the package was read from, with their SHA-256, hashed once by loadReview() (empty for
     * a review made from documents in memory). The report lists them; a saved review keeps them to tell when
     * the package changed.
     */
    std::vector<PackageFile> files;

    /** The expansion of `record` (a policy of `package`), or nullptr when it is not one of them. */
    const PolicyExpansion* expansionOf(const PolicyRecord& record) const;
};

/**
 * Whether a review decides the package as it stands. A command that only ever decides it under a given boundary
 * (`grantscope-cli diff`) skips it: the baseline is a whole semantic diff, a fifth of such a run.
 */
enum class ReviewBaseline { Make, Skip };

/**
 * Reads `paths` and reviews them: pure work, safe on a worker thread. `options.progress` is told how far it
 * has come; when it answers false the work stops and WorkCancelled is thrown.
 */
Review loadReview(
    const QStringList& paths, const LoadOptions& options = {}, ReviewBaseline baseline = ReviewBaseline::Make);

/** Completes a review of a package already loaded and analysed (its expansions, grants and baseline). */
Review makeReview(QStringList paths, LoadOptions options, ReviewSubject package, PackageAnalysis analysis,
    ReviewBaseline baseline = ReviewBaseline::Make);

} // namespace grantscope
