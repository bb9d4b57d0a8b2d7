// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Expansion.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>

namespace grantscope {

namespace {
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString didYouMean(const std::vector<std::string>& suggestions)
{
    if (suggestions.empty())
        return {};
    QStringList names;
    for (const std::string& s : suggestions)
        names << q(s);
    return QCoreApplication::translate("Expansion", "; did you mean %1?").arg(names.join(QStringLiteral(", ")));
}
} // namespace

ActionSet expandActions(
    const Catalog& catalog, const Statement& statement, const QString& file, Diagnostics* diagnostics)
{
    ActionSet named = catalog.emptySet();
    for (const LocatedString& pattern : statement.actions) {
        const PatternStatus status = catalog.matchInto(pattern.value, named);
        if (!diagnostics || status == PatternStatus::Matched || status == PatternStatus::Invalid)
            continue; // Invalid syntax is the parser's error already.
        const std::string_view value = pattern.value;
        Diagnostic d { DiagnosticSeverity::Warning, {}, file, pattern.location, {} };
        switch (status) {
        case PatternStatus::UnknownService:
            d.code = "unknown-service";
            d.message = QCoreApplication::translate("Expansion", "unknown service \"%1\" in \"%2\"")
                            .arg(q(value.substr(0, value.find(':'))), q(value))
                + didYouMean(catalog.suggest(value.substr(0, value.find(':'))));
            break;
        case PatternStatus::UnknownAction:
            d.code = "unknown-action";
            d.message = QCoreApplication::translate("Expansion", "unknown action \"%1\"").arg(q(value))
                + didYouMean(catalog.suggest(value));
            break;
        default:
            d.code = "pattern-no-match";
            d.message
                = QCoreApplication::translate("Expansion", "\"%1\" matches no action in the catalogue").arg(q(value));
            break;
        }
        diagnostics->push_back(std::move(d));
    }
    return statement.notAction ? named.complement() : named;
}

PolicyExpansion expandPolicy(const Catalog& catalog, const Policy& policy, Diagnostics* diagnostics)
{
    PolicyExpansion out;
    out.allowed = catalog.emptySet();
    out.denied = catalog.emptySet();
    out.statements.reserve(policy.statements.size());
    for (size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& st = policy.statements[i];
        StatementExpansion e;
        e.statement = static_cast<int>(i);
        e.effect = st.effect;
        e.actions = expandActions(catalog, st, policy.file, diagnostics);
        e.notResource = st.notResource;
        e.hasResource = st.hasResource;
        e.resources.reserve(st.resources.size());
        for (const LocatedString& r : st.resources)
            e.resources.push_back(r.value);
        e.conditional = !st.conditions.empty();
        (st.effect == Effect::Allow ? out.allowed : out.denied) |= e.actions;
        out.statements.push_back(std::move(e));
    }
    return out;
}

bool isWildcardResource(const std::vector<std::string>& resources)
{
    for (const std::string& r : resources)
        if (r == "*")
            return true;
    return false;
}

} // namespace grantscope
