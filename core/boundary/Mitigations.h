// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "boundary/BoundaryEdit.h"

#include <string>
#include <vector>

namespace grantscope {

class Catalog;

/** What the reviewer tells the one-click mitigations about the customer's account. */
struct MitigationOptions {
    std::vector<std::string> kmsKeyArns; // keys the vendor may still use; empty: deny on every key
    std::string productionTagKey = "env";
    std::string productionTagValue = "production";
    friend bool operator==(const MitigationOptions&, const MitigationOptions&) = default;
};

/**
 * One-click boundary mitigations proposed from findings: "deny kms:Decrypt except on these keys",
 * "deny IAM writes", "deny stop/terminate on production", "deny the data reads" and so on. Each
 * proposal is a list of BoundaryEdit values the composer pushes onto its undo stack.
 */
class Mitigations {
public:
    /** The edits that mitigate `finding`; empty when a boundary cannot help (trust, package, validation). */
    static std::vector<BoundaryEdit> forFinding(
        const Finding& finding, const Catalog& catalog, const MitigationOptions& options = {});
    /** The edits for every finding at or above `minimum`, each distinct edit once, in finding order. */
    static std::vector<BoundaryEdit> forFindings(const std::vector<Finding>& findings, const Catalog& catalog,
        Severity minimum, const MitigationOptions& options = {});
    /** The action patterns "deny IAM writes" denies. */
    static const std::vector<std::string>& iamWritePatterns();
};

} // namespace grantscope
