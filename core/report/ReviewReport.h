// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"
#include "analysis/RiskScore.h"
#include "diff/SemanticDiff.h"
#include "review/BoundaryEvaluation.h"
#include "review/PackageFiles.h"
#include "review/Recommendation.h"
#include "review/ReleaseComparison.h"
#include "review/ReviewSession.h"

#include <QDateTime>
#include <QStringList>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace grantscope {

class Catalog;
struct Review;

/** One finding as the report shows it: the finding, the reviewer's verdict and what the boundary does to it. */
struct ReportFinding {
    Finding finding;
    SessionVerdict verdict; // as the review session keeps it
    MitigationState state = MitigationState::NotApplicable; // NotApplicable also when there is no boundary
    std::vector<std::string> surviving;
    friend bool operator==(const ReportFinding&, const ReportFinding&) = default;
};

/** Counts of one service per access level: before the boundary and after it. */
struct ReportServiceRow {
    std::string service;
    std::array<int, 5> before {}; // by access level, in kAccessLevels order
    std::array<int, 5> after {};
    std::vector<std::string> removed; // actions the boundary takes away, in AWS's casing ("kms:Decrypt")
    std::vector<std::string> kept; // actions it leaves, in AWS's casing (with a boundary)
    int totalBefore() const;
    int totalAfter() const;
    friend bool operator==(const ReportServiceRow&, const ReportServiceRow&) = default;
};

/** A subject whose access changed since the release reviewed before, as the report lists it. */
struct ReportSubjectChange {
    std::string kind; // "role", "user", "group", "resource-policy", "policy", "trust-policy"
    std::string name;
    SubjectStatus status = SubjectStatus::Changed;
    bool widens = false; // widensAccess(): the new release lets it do more
    QStringList changes; // subjectChangeLines()
    friend bool operator==(const ReportSubjectChange&, const ReportSubjectChange&) = default;
};

/** What changed since the release the reviewer reviewed before (`grantscope-cli report --since OLD`). */
struct ReportReleaseChanges {
    QStringList oldPaths;
    std::vector<ReportSubjectChange> subjects; // added, removed and changed ones; those that widen access first
    int unchanged = 0;
    std::vector<Finding> newFindings; // sorted as findings are
    std::vector<Finding> resolvedFindings;
    friend bool operator==(const ReportReleaseChanges&, const ReportReleaseChanges&) = default;
};

/** The report's view of compareReleases() of the reviewed release (`oldPaths`) and this one. */
ReportReleaseChanges reportReleaseChanges(
    const Catalog& catalog, const ReleaseComparison& comparison, const QStringList& oldPaths);

/**
 * The report's "What changed since the reviewed version" part on its own, as HTML (the window shows it when a
 * release is compared with the one open).
 */
std::string releaseChangesToHtml(const ReportReleaseChanges& changes);

/** One sentence for the report: what was compared and how much changed. */
QString releaseChangesSummary(const ReportReleaseChanges& changes);

/**
 * Everything the review report shows, built once from the analysis, the reviewer's session and the
 * boundary, then written as HTML or Markdown (and PDF from that HTML in GUI builds). Values from the
 * package are kept as they are; the writers escape them.
 */
struct ReviewReport {
    QString title;
    QDateTime generated; // UTC
    QStringList packagePaths;
    // The folder the package was read from (the common folder of its paths, absolute): every file path below
    // is relative to it, so the report names "acme/role.yaml" wherever the reviewer kept the package. Empty
    // when the paths share no folder but the file system's root; then paths stay as given.
    QString packageRoot;
    std::vector<PackageFile> files; // the package's files with their SHA-256 (Review::files)
    std::vector<PackageFileChange> packageChanges; // since the session was saved: the decisions may not fit
    std::optional<ReportReleaseChanges> since; // what changed since the release reviewed before, when given
    QString reviewer;
    QDateTime reviewed; // when the session was last saved (invalid without one)
    ReviewRecommendation recommendation;
    QString notes; // the reviewer's general notes
    RiskScore risk; // false positives left out (residual.before)
    ResidualRisk residual; // the score before and after the boundary
    std::array<int, 5> bySeverity {}; // every finding, by Severity
    std::array<int, 4> byDecision {}; // by FindingDecision
    std::vector<SubjectSummary> subjects;
    std::vector<ReportFinding> findings;

    bool hasBoundary = false;
    QString boundaryName;
    std::string boundaryJson;
    size_t boundarySize = 0; // characters IAM counts
    int requested = 0; // actions the package's Allow statements name
    int before = 0;
    int after = 0;
    std::array<int, 4> byMitigation {}; // by MitigationState, with a boundary
    QString conditionChoice; // how conditions were decided (conditionChoiceText), with a boundary
    std::vector<ConditionalDenyNote> conditionalDenies; // the boundary's Deny statements with conditions
    std::vector<ReportServiceRow> services; // services the package grants, by actions before (most first)
    // Only the services the boundary changes, the most actions removed first (then by name).
    std::vector<ReportServiceRow> changedServices;

    friend bool operator==(const ReviewReport&, const ReviewReport&) = default;
};

/**
 * Builds the report of `review`. `session` (optional) gives verdicts, notes, the reviewer, their
 * recommendation and the package's files as it recorded them; `boundary` (optional) is the boundary's
 * evaluation by evaluateBoundary(), the same the window and `grantscope-cli diff` show.
 */
ReviewReport buildReviewReport(const Review& review, const ReviewSession* session, const BoundaryEvaluation* boundary);

/** One self-contained HTML document: inline CSS and SVG charts, no script, no external resource. */
std::string reportToHtml(const ReviewReport& report);

/** The same report in Markdown. */
std::string reportToMarkdown(const ReviewReport& report);

} // namespace grantscope
