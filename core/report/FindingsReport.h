// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"

#include <functional>
#include <string>

namespace grantscope {

class JsonStreamWriter;
struct ReviewSubject;

/**
 * Members a caller adds to the JSON or SARIF of a review while it is written (the CI gate's "new",
 * "baseline", "disabledRules"), so that nothing has to parse and rewrite the finished document.
 */
struct ReportAdditions {
    /** Called inside each finding's object (SARIF: each result) after its own members. */
    std::function<void(JsonStreamWriter&, const Finding&)> finding;
    /** Called inside the document's object (SARIF: the run) after its own members. */
    std::function<void(JsonStreamWriter&)> document;
};

/**
 * `grantscope-cli analyze --json`, written to `out` as it is produced: {"subjects": [...], "findings":
 * [{"rule", "severity", "category", "title", "rationale", "mitigation", "actions", "resources", "file",
 * "line", "column", ...}], "notReviewed": [{"file", "line", "column", "reason"}]}. "notReviewed"
 * (notReviewedParts(); "line" and "column" only for a part of a file) is left out when everything was read.
 * `package` (may be null) adds the files of the package that were not read to "notReviewed".
 */
void writeFindingsJson(JsonStreamWriter& out, const PackageAnalysis& analysis, const ReviewSubject* package = nullptr,
    const ReportAdditions& additions = {});
/** writeFindingsJson() as one string, ending with a newline. */
std::string findingsToJson(const PackageAnalysis& analysis, const ReviewSubject* package = nullptr);

/**
 * SARIF 2.1.0, as code-scanning tools accept it: one run; a descriptor for every rule of the bundled rule
 * set (rationale, mitigation, references, security-severity); results placed in the package's files
 * (archive members by their path in the archive, an artifact whose parentIndex is the archive; statements
 * of AWS managed policies where `package` attaches them, the policy as a logical location), the evidence
 * as related locations, and a "grantscopeFinding/v1" fingerprint that line shifts do not change.
 * `package` may be null: managed-policy results are then placed at their subject.
 */
std::string findingsToSarif(const PackageAnalysis& analysis, const ReviewSubject* package = nullptr);
/**
 * findingsToSarif() written to `out` as it is produced. What was not reviewed (notReviewedParts()) becomes
 * `invocations[0].toolExecutionNotifications`, warnings located at the file, so a code-scanning service shows
 * the gap; there is no "invocations" when everything was read.
 */
void writeFindingsSarif(JsonStreamWriter& out, const PackageAnalysis& analysis, const ReviewSubject* package = nullptr,
    const ReportAdditions& additions = {});

/** A Markdown review: summary counts, subjects, then each finding with evidence and mitigation. */
std::string findingsToMarkdown(const PackageAnalysis& analysis);

enum class TextStyle {
    Full, // grouped by subject then severity; each finding with what it concerns, why, and what to do
    Brief, // one line per finding: severity, rule, subject, title, file:line
};

/**
 * The listing `grantscope-cli analyze` prints: what was not reviewed first, the subjects, then the
 * findings grouped by subject and severity, and the counts. `package` (may be null) places statements of
 * AWS managed policies where the package attaches them.
 */
std::string findingsToText(
    const PackageAnalysis& analysis, const ReviewSubject* package = nullptr, TextStyle style = TextStyle::Full);

} // namespace grantscope
