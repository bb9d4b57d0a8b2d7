// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/ActionSet.h"
#include "common/Diagnostic.h"
#include "policy/Policy.h"

#include <string>
#include <vector>

namespace grantscope {

class Catalog;

/**
 * One statement expanded against the catalogue: the concrete actions it names (NotAction already
 * complemented), the resource patterns it applies to, and whether conditions restrict it.
 */
struct StatementExpansion {
    int statement = 0; // index into Policy::statements
    Effect effect = Effect::Allow;
    ActionSet actions;
    bool notResource = false;
    std::vector<std::string> resources; // empty with hasResource false: a trust policy's implicit "this role"
    bool hasResource = false;
    bool conditional = false;
};

struct PolicyExpansion {
    std::vector<StatementExpansion> statements;
    ActionSet allowed; // union of the Allow statements' actions, resources and conditions ignored
    ActionSet denied; // union of the Deny statements' actions, resources and conditions ignored
};

/**
 * Expands the Action or NotAction element of `statement`. Action patterns that name no catalogue
 * action (a retired service, a misspelt action, a wildcard that matches nothing) are reported to
 * `diagnostics` as warnings with a "did you mean" where one is close, never dropped silently.
 */
ActionSet expandActions(
    const Catalog& catalog, const Statement& statement, const QString& file, Diagnostics* diagnostics);

PolicyExpansion expandPolicy(const Catalog& catalog, const Policy& policy, Diagnostics* diagnostics);

/** True when `resources` contains a bare "*" (the statement applies to every resource). */
bool isWildcardResource(const std::vector<std::string>& resources);

} // namespace grantscope
