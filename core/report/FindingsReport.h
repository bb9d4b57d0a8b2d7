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

/** SARIF 2.1.0, as code-scanning tools accept it (one run, rules with security-severity, results with regions). */
std::string findingsToSarif(const PackageAnalysis& analysis);

/** A Markdown review: summary counts, subjects, then each finding with evidence and mitigation. */
std::string findingsToMarkdown(const PackageAnalysis& analysis);

/** A readable plain-text listing for terminals. */
std::string findingsToText(const PackageAnalysis& analysis);

} // namespace grantscope
