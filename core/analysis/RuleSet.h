// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "catalog/ActionSet.h"
#include "common/Diagnostic.h"

#include <QString>
#include <QStringList>

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

/**
 * The rules GrantScope applies, with their metadata. Titles, scoped titles, bases, rationales and mitigations
 * can be read in another language (resources/rules/i18n/<language>.json); ids, categories, severities and
 * everything else stay as the rule files say, so machine output and finding identities never change with it.
 */
class RuleSet {
public:
    /** The rules compiled into the program (resources/rules), their texts in language(). */
    static const RuleSet& bundled();
    /**
     * The bundled rules with their texts in `language` ("de", "fr", "de_DE"): each text the translation
     * lacks, and every text for a language without translations, is the English one.
     */
    static const RuleSet& bundled(const QString& language);
    /**
     * The language of bundled()'s texts: English unless the application chooses its UI language before it
     * analyses anything (the desktop application does; the CLI writes English).
     */
    static void setLanguage(const QString& language);
    static QString language();
    /** The languages the bundled rules are translated to ("de", "fr"). */
    static QStringList translatedLanguages();
    /** "de" for "de_DE", "de-AT" or "DE"; "en" for an empty name. */
    static QString languageCode(const QString& locale);

    /** Parses rule files (each a JSON object {"rules": [...]}) against `catalog`; problems go to `diagnostics`. */
    static RuleSet fromDocuments(const std::vector<std::pair<QString, std::string>>& documents, const Catalog& catalog,
        Diagnostics& diagnostics);
    /**
     * These rules with the texts of a translation document, a JSON object {"rule-id": {"title": ..., "scopedTitle":
     * ..., "basis": ..., "rationale": ..., "mitigation": ...}}, in place of the English ones. A text that is missing
     * or empty stays English. Unknown ids and fields, texts that are not strings and translations of a text the
     * rule does not have go to `diagnostics` (located in `file`) and change nothing.
     */
    RuleSet translated(std::string_view document, const QString& file, Diagnostics& diagnostics) const;

    const std::vector<Rule>& rules() const { return m_rules; }
    const Rule* find(std::string_view id) const;

private:
    std::vector<Rule> m_rules;
};

} // namespace grantscope
