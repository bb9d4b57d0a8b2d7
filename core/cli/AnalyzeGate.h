// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"
#include "report/FindingsReport.h"

#include <QString>

#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace grantscope::cli {

class CommandLine;

/**
 * What `analyze` leaves out of its output and its gate: rules the reviewer disabled (--disable-rule) and the
 * findings of an earlier review (--baseline), which are reported as known ("new": false) and never trip
 * --fail-on, so a pipeline fails on what changed, not on what was accepted before.
 */
struct AnalyzeGate {
    std::vector<std::string> disabledRules; // as given, without repeats
    QString baselineFile; // empty: no baseline, every finding is new
    std::set<std::string> baseline; // ReviewSession::findingKey() of the baseline's findings
    // findingKey() of the findings paired with the baseline's by settle() (findingsInKeys()).
    std::set<std::string> knownFindings;

    /** Declares --disable-rule and --baseline on `cl`. */
    static void declare(CommandLine& cl);
    /**
     * Reads the options of `cl`: an unknown rule id (with "did you mean") or an unreadable or malformed
     * baseline (located file:line:column) is reported on `err` and gives exit code 2; std::nullopt when fine.
     */
    std::optional<int> read(const CommandLine& cl, std::FILE* err);

    /**
     * Leaves out the findings of the disabled rules, then pairs the rest with the baseline's the way `compare`
     * pairs two releases' findings (a finding whose statement moved is still known). Called once the analysis is
     * final, before isNew().
     */
    void settle(PackageAnalysis& analysis);
    /** True when `finding` did not pair with one of the baseline (always, without one). */
    bool isNew(const Finding& finding) const;
    /**
     * What `analyze --json` adds while it is written: "new" to each finding (with a baseline), "baseline" {"file",
     * "new", "known"} and "disabledRules"; to SARIF, each result's "baselineState" ("new" or "unchanged") and the
     * run's properties "disabledRules". `analysis` is what is written and must outlive the result.
     */
    ReportAdditions additions(const PackageAnalysis& analysis, bool sarif) const;
    /** A copy of `analysis` whose new findings' titles start with "[new]" (with a baseline), for text output. */
    PackageAnalysis markNew(const PackageAnalysis& analysis) const;
    /** Lines that end text or Markdown output: which rules were disabled, how the baseline compares. */
    std::string trailer(const PackageAnalysis& analysis, bool markdown) const;
};

} // namespace grantscope::cli
