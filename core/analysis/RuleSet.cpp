// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RuleSet.h"

#include "catalog/Catalog.h"
#include "common/ResourceData.h"
#include "doc/JsonReader.h"

#include <QCoreApplication>
#include <QDir>

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

} // namespace

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
        instance = fromDocuments(docs, Catalog::bundled(), diagnostics);
        for (const Diagnostic& d : diagnostics)
            if (d.severity == DiagnosticSeverity::Error)
                qFatal("bundled rules are invalid: %s", qPrintable(d.toString()));
    });
    return instance;
}

const Rule* RuleSet::find(std::string_view id) const
{
    for (const Rule& r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace grantscope
