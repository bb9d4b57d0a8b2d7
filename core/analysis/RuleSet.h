// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "catalog/ActionSet.h"
#include "common/Diagnostic.h"

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

class Catalog;

/** Which resource scopes trigger a rule at its full severity. */
enum class RuleScope {
    Broad, // `*`, NotResource, or every resource of a type: specific ARNs lower the severity a lot
    Any, // the action is dangerous on whatever it is granted: specific ARNs lower it a little
};

/**
 * A risk rule, read from the JSON files in `resources/rules/` so reviewers can read and extend them. A rule
 * matches when the subject is granted any of `anyOf` (action patterns and/or access levels), or,
 * for combinations, at least one action of every group in `allOf`; actions matching `except` never count.
 */
struct Rule {
    std::string id;
    std::string category;
    Severity severity = Severity::Medium;
    QString title; // at full scope: may say "every" or "any"
    QString scopedTitle; // when narrowed: followed by the scope ("Decrypt with KMS keys" + " on 1 KMS key")
    QString basis; // why the base severity is what it is ("writes any role's policy: administrator")
    bool path = false; // an escalation path: the title starts with the actions that make it
    std::vector<std::string> onResources; // non-empty: only grants reaching one of these ARNs count
    QString rationale;
    QString mitigation;
    std::vector<std::string> references;
    RuleScope scope = RuleScope::Broad;
    bool blameUnscopable = false; // count actions AWS cannot scope to a resource (they are always on "*")
    ActionSet anyOf;
    std::vector<ActionSet> allOf;
    std::vector<std::string> patterns; // as written, for display
    std::string builtin; // non-empty: checked by code (structure and trust rules)
    QString file;
    SourceLocation location;
};

/** The rules GrantScope applies, with their metadata. */
class RuleSet {
public:
    /** The rules compiled into the program (resources/rules). */
    static const RuleSet& bundled();
    /** Parses rule files (each a JSON object {"rules": [...]}) against `catalog`; problems go to `diagnostics`. */
    static RuleSet fromDocuments(const std::vector<std::pair<QString, std::string>>& documents, const Catalog& catalog,
        Diagnostics& diagnostics);

    const std::vector<Rule>& rules() const { return m_rules; }
    const Rule* find(std::string_view id) const;

private:
    std::vector<Rule> m_rules;
};

} // namespace grantscope
