// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RuleSet.h"

#include "catalog/Catalog.h"
#include "common/ResourceData.h"
#include "doc/JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace grantscope {

namespace {

// Translated under the context "RuleSet" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RuleSet)
};
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

class RuleReader {
public:
    RuleReader(const QString& file, const Catalog& catalog, Diagnostics& diagnostics)
        : m_file(file)
        , m_catalog(catalog)
        , m_diagnostics(diagnostics)
    { }

    void read(const SourceNode& root, std::vector<Rule>& out)
    {
        const SourceNode* rules = root.isObject() ? root.find("rules") : nullptr;
        if (!rules || !rules->isArray()) {
            error(root.location, Tr::tr("a rule file is an object with a \"rules\" array"));
            return;
        }
        for (const SourceNode& node : rules->items) {
            Rule rule;
            if (readRule(node, rule))
                out.push_back(std::move(rule));
        }
    }

private:
    void error(SourceLocation at, const QString& message)
    {
        m_diagnostics.push_back({ DiagnosticSeverity::Error, "rule", m_file, at, message });
    }

    QString text(const SourceNode& node, const char* key)
    {
        const SourceNode* v = node.find(key);
        return v && v->isString() ? q(v->text) : QString();
    }

    // Action patterns and access levels ("level:Permissions management") into one set.
    ActionSet compile(const SourceNode& list, std::vector<std::string>& written)
    {
        ActionSet set = m_catalog.emptySet();
        auto one = [&](const SourceNode& item) {
            if (!item.isString()) {
                error(item.location, Tr::tr("an action pattern must be a string"));
                return;
            }
            written.push_back(item.text);
            if (item.text.starts_with("level:")) {
                const auto level = parseAccessLevel(std::string_view(item.text).substr(6));
                if (!level)
                    error(item.location, Tr::tr("unknown access level in \"%1\"").arg(q(item.text)));
                else
                    set |= m_catalog.actionsWithLevel(*level);
                return;
            }
            const PatternStatus status = m_catalog.matchInto(item.text, set);
            if (status == PatternStatus::Invalid)
                error(item.location, Tr::tr("\"%1\" is not an action pattern").arg(q(item.text)));
            else if (status != PatternStatus::Matched)
                m_diagnostics.push_back({ DiagnosticSeverity::Warning, "rule-unknown-action", m_file, item.location,
                    Tr::tr("\"%1\" matches no action in the catalogue").arg(q(item.text)) });
        };
        if (list.isArray())
            for (const SourceNode& item : list.items)
                one(item);
        else
            one(list);
        return set;
    }

    bool readRule(const SourceNode& node, Rule& rule)
    {
        if (!node.isObject()) {
            error(node.location, Tr::tr("a rule must be an object"));
            return false;
        }
        rule.file = m_file;
        rule.location = node.location;
        const SourceNode* id = node.find("id");
        const SourceNode* severity = node.find("severity");
        if (!id || !id->isString() || id->text.empty()) {
            error(node.location, Tr::tr("the rule has no \"id\""));
            return false;
        }
        rule.id = id->text;
        if (const SourceNode* category = node.find("category"); category && category->isString())
            rule.category = category->text;
        const auto sev = severity && severity->isString() ? parseSeverity(severity->text) : std::nullopt;
        if (!sev) {
            error(severity ? severity->location : node.location,
                Tr::tr("the rule \"%1\" needs a severity: critical, high, medium, low or info").arg(q(rule.id)));
            return false;
        }
        rule.severity = *sev;
        rule.title = text(node, "title");
        rule.scopedTitle = text(node, "scopedTitle");
        rule.basis = text(node, "basis");
        rule.rationale = text(node, "rationale");
        if (const SourceNode* path = node.find("path"); path && path->kind == SourceNode::Kind::Bool)
            rule.path = path->text == "true";
        if (const SourceNode* on = node.find("onResources"); on && on->isArray())
            for (const SourceNode& r : on->items)
                if (r.isString())
                    rule.onResources.push_back(r.text);
        rule.mitigation = text(node, "mitigation");
        if (const SourceNode* refs = node.find("references"); refs && refs->isArray())
            for (const SourceNode& r : refs->items)
                if (r.isString())
                    rule.references.push_back(r.text);
        if (const SourceNode* scope = node.find("scope"); scope && scope->isString()) {
            if (scope->text == "any")
                rule.scope = RuleScope::Any;
            else if (scope->text != "broad")
                error(scope->location, Tr::tr("\"scope\" is \"broad\" or \"any\""));
        }
        if (const SourceNode* b = node.find("blameUnscopable"); b && b->kind == SourceNode::Kind::Bool)
            rule.blameUnscopable = b->text == "true";
        if (const SourceNode* builtin = node.find("builtin"); builtin && builtin->isString())
            rule.builtin = builtin->text;
        rule.anyOf = m_catalog.emptySet();
        if (const SourceNode* anyOf = node.find("anyOf"))
            rule.anyOf = compile(*anyOf, rule.patterns);
        if (const SourceNode* allOf = node.find("allOf"); allOf && allOf->isArray()) {
            for (const SourceNode& group : allOf->items) {
                rule.allOf.push_back(compile(group, rule.patterns));
                if (rule.allOf.back().none())
                    error(group.location, Tr::tr("a group of \"allOf\" matches no action"));
            }
        }
        // "except": actions never counted for this rule (e.g. reads AWS classifies as Permissions management).
        if (const SourceNode* except = node.find("except")) {
            std::vector<std::string> written;
            const ActionSet excluded = compile(*except, written);
            rule.anyOf -= excluded;
            for (ActionSet& group : rule.allOf)
                group -= excluded;
        }
        if (rule.builtin.empty() && rule.anyOf.none() && rule.allOf.empty()) {
            error(node.location,
                Tr::tr("the rule \"%1\" matches nothing: give \"anyOf\", \"allOf\" or \"builtin\"").arg(q(rule.id)));
            return false;
        }
        return true;
    }

    const QString& m_file;
    const Catalog& m_catalog;
    Diagnostics& m_diagnostics;
};

// The texts a translation may replace, and where they live in a rule.
struct TranslatableField {
    const char* key;
    QString Rule::*text;
};
constexpr TranslatableField kTranslatable[] = {
    { "title", &Rule::title },
    { "scopedTitle", &Rule::scopedTitle },
    { "basis", &Rule::basis },
    { "rationale", &Rule::rationale },
    { "mitigation", &Rule::mitigation },
};

// Problems in a translation file are for the rule author (tst_translations reports them too): they are written in
// English, like the qFatal() for invalid bundled rules below, and leave the English text in place.
void translationProblem(
    Diagnostics& diagnostics, const QString& file, SourceLocation at, const char* code, const QString& message)
{
    diagnostics.push_back({ DiagnosticSeverity::Warning, code, file, at, message });
}

const RuleSet& englishRules()
{
    static RuleSet instance;
    static std::once_flag once;
    std::call_once(once, [] {
        std::vector<std::pair<QString, std::string>> docs;
        const QStringList names
            = QDir(QStringLiteral(":/rules")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            const QString path = QStringLiteral(":/rules/") + name;
            docs.emplace_back(QStringLiteral("resources/rules/") + name, bundledResourceText(path));
        }
        Diagnostics diagnostics;
        instance = RuleSet::fromDocuments(docs, Catalog::bundled(), diagnostics);
        for (const Diagnostic& d : diagnostics)
            if (d.severity == DiagnosticSeverity::Error)
                qFatal("bundled rules are invalid: %s", qPrintable(d.toString()));
    });
    return instance;
}

// The language bundled() speaks, and the translated rule sets made so far: made once, kept for the program's
// lifetime, so the references bundled() hands out stay valid.
struct BundledLanguages {
    std::mutex mutex;
    QString language = QStringLiteral("en");
    std::map<QString, std::unique_ptr<const RuleSet>> sets; // null: no translation to that language
};

BundledLanguages& bundledLanguages()
{
    static BundledLanguages state;
    return state;
}

} // namespace

QString RuleSet::languageCode(const QString& locale)
{
    const QString code = locale.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).trimmed().toLower();
    // Only a plain language code names a file; anything else ("C", "*/../x") reads English.
    static const QRegularExpression plain(QStringLiteral("^[a-z]{2,3}$"));
    return plain.match(code).hasMatch() ? code : QStringLiteral("en");
}

void RuleSet::setLanguage(const QString& language)
{
    BundledLanguages& state = bundledLanguages();
    const std::lock_guard lock(state.mutex);
    state.language = languageCode(language);
}

QString RuleSet::language()
{
    BundledLanguages& state = bundledLanguages();
    const std::lock_guard lock(state.mutex);
    return state.language;
}

QStringList RuleSet::translatedLanguages()
{
    QStringList languages;
    for (const QString& name :
        QDir(QStringLiteral(":/rules/i18n")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        languages << name.chopped(5);
    return languages;
}

const RuleSet& RuleSet::bundled(const QString& language)
{
    const RuleSet& english = englishRules();
    const QString code = languageCode(language);
    if (code == QLatin1String("en"))
        return english;
    BundledLanguages& state = bundledLanguages();
    const std::lock_guard lock(state.mutex);
    auto it = state.sets.find(code);
    if (it == state.sets.end()) {
        std::unique_ptr<const RuleSet> set;
        const QString path = QStringLiteral(":/rules/i18n/") + code + QStringLiteral(".json");
        if (QFile::exists(path)) {
            Diagnostics diagnostics;
            set = std::make_unique<const RuleSet>(english.translated(bundledResourceText(path),
                QStringLiteral("resources/rules/i18n/") + code + QStringLiteral(".json"), diagnostics));
            for (const Diagnostic& d : diagnostics)
                qWarning("%s", qPrintable(d.toString()));
        }
        it = state.sets.emplace(code, std::move(set)).first;
    }
    return it->second ? *it->second : english;
}

RuleSet RuleSet::translated(std::string_view document, const QString& file, Diagnostics& diagnostics) const
{
    RuleSet set = *this;
    const std::optional<SourceNode> root = readJson(document, file, diagnostics);
    if (!root)
        return set;
    if (!root->isObject()) {
        translationProblem(diagnostics, file, root->location, "rule-translation",
            QStringLiteral("a rule translation file is an object of rule ids"));
        return set;
    }
    for (const SourceMember& entry : root->members) {
        auto rule
            = std::find_if(set.m_rules.begin(), set.m_rules.end(), [&](const Rule& r) { return r.id == entry.key; });
        if (rule == set.m_rules.end()) {
            translationProblem(diagnostics, file, entry.keyLocation, "rule-translation-unknown-rule",
                QStringLiteral("there is no rule \"%1\" to translate").arg(q(entry.key)));
            continue;
        }
        if (!entry.value.isObject()) {
            translationProblem(diagnostics, file, entry.value.location, "rule-translation",
                QStringLiteral("the translation of \"%1\" is an object of texts").arg(q(entry.key)));
            continue;
        }
        for (const SourceMember& text : entry.value.members) {
            const auto field = std::find_if(std::begin(kTranslatable), std::end(kTranslatable),
                [&](const TranslatableField& f) { return text.key == f.key; });
            if (field == std::end(kTranslatable)) {
                translationProblem(diagnostics, file, text.keyLocation, "rule-translation-unknown-field",
                    QStringLiteral("\"%1\" is not a text of a rule: title, scopedTitle, basis, rationale or mitigation")
                        .arg(q(text.key)));
                continue;
            }
            if (!text.value.isString()) {
                translationProblem(diagnostics, file, text.value.location, "rule-translation",
                    QStringLiteral("the %1 of \"%2\" must be a string").arg(q(text.key), q(entry.key)));
                continue;
            }
            QString& target = (*rule).*(field->text);
            if (target.isEmpty()) {
                // Translating a text the rule lacks would make the languages disagree: a scoped title only in
                // German would change how German titles read, not what the rule says.
                translationProblem(diagnostics, file, text.keyLocation, "rule-translation-unknown-field",
                    QStringLiteral("the rule \"%1\" has no %2 to translate").arg(q(entry.key), q(text.key)));
                continue;
            }
            if (!text.value.text.empty())
                target = q(text.value.text);
        }
    }
    return set;
}

RuleSet RuleSet::fromDocuments(
    const std::vector<std::pair<QString, std::string>>& documents, const Catalog& catalog, Diagnostics& diagnostics)
{
    RuleSet set;
    for (const auto& [file, text] : documents) {
        std::optional<SourceNode> root = readJson(text, file, diagnostics);
        if (root)
            RuleReader(file, catalog, diagnostics).read(*root, set.m_rules);
    }
    return set;
}

const RuleSet& RuleSet::bundled()
{
    return bundled(language());
}

const Rule* RuleSet::find(std::string_view id) const
{
    for (const Rule& r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace grantscope
