// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

enum class Severity { Info = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };

const char* severityKey(Severity severity); // "critical", "high", ...
std::optional<Severity> parseSeverity(std::string_view text);
QString severityName(Severity severity); // translated
Severity lowered(Severity severity, int steps);

/** One place in the package that a finding rests on. */
struct Evidence {
    QString file;
    SourceLocation location;
    std::string policy; // policy name
    std::string sid;
    int statement = -1;
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

/** The reviewer's verdict on a finding. */
enum class FindingDecision { Open, AcceptedRisk, ToMitigate, FalsePositive };

/**
 * A dangerous grant, a trust problem, or something the package hides, with everything a reviewer
 * needs to judge it: why it matters, what to do, and exactly where it comes from.
 */
struct Finding {
    std::string rule; // stable id, e.g. "kms-decrypt-any-key", "trust-no-external-id"
    Severity severity = Severity::Medium;
    std::string category; // "privilege-escalation", "decryption", "trust", ...
    QString title;
    QString rationale;
    QString mitigation;
    QString severityReason; // why the severity differs from the rule's base, if it does
    std::vector<std::string> actions; // lower-case concrete actions
    std::vector<std::string> resources; // resource patterns the grant applies to
    std::string subject; // the role (or policy) it concerns
    QString file;
    SourceLocation location;
    std::vector<Evidence> evidence;
    std::vector<std::string> references;
    // Set when the grant exists only under a template condition: "only when EnableExtras=true (off with the
    // default values)". The severity is the grant's own; views mark such findings as conditional.
    std::string condition;

    friend bool operator==(const Finding&, const Finding&) = default;
};

/** Orders findings for display: severity (highest first), then file, line, rule. */
void sortFindings(std::vector<Finding>& findings);

} // namespace grantscope
