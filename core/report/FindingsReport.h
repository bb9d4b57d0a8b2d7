// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"

#include <string>

namespace grantscope {

/**
 * `grantscope-cli analyze --json`: {"subjects": [...], "findings": [{"rule", "severity", "category",
 * "title", "rationale", "mitigation", "actions", "resources", "file", "line", "column", ...}]}.
 */
std::string findingsToJson(const PackageAnalysis& analysis);

struct ReviewSubject;

/**
 * SARIF 2.1.0, as code-scanning tools accept it: one run; a descriptor for every rule of the bundled rule
 * set (rationale, mitigation, references, security-severity); results placed in the package's files
 * (archive members by their path in the archive, an artifact whose parentIndex is the archive; statements
 * of AWS managed policies where `package` attaches them, the policy as a logical location), the evidence
 * as related locations, and a "grantscopeFinding/v1" fingerprint that line shifts do not change.
 * `package` may be null: managed-policy results are then placed at their subject.
 */
std::string findingsToSarif(const PackageAnalysis& analysis, const ReviewSubject* package = nullptr);

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
