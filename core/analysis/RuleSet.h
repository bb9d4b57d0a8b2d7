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
    QString title;
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
