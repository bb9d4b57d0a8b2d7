// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ExplanationHtml.h"

#include "analysis/Explanation.h"
#include "report/Palette.h"
#include "style/ShownText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace grantscope::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExplanationHtml)
};

QString esc(const QString& s)
{
    return shownText(s).toHtmlEscaped();
}
QString esc(const std::string& s)
{
    return shownText(s).toHtmlEscaped();
}

QString values(const std::vector<std::string>& list)
{
    QStringList quoted;
    for (const std::string& v : list)
        quoted << QLatin1Char('"') + shownText(v) + QLatin1Char('"');
    return quoted.join(QStringLiteral(", ")).toHtmlEscaped();
}

QString kindText(ExplainedPolicyKind kind, const std::string& policy)
{
    switch (kind) {
    case ExplainedPolicyKind::Identity:
        return Tr::tr("policy %1").arg(shownText(policy));
    case ExplainedPolicyKind::Boundary:
        return Tr::tr("boundary %1").arg(shownText(policy));
    case ExplainedPolicyKind::Resource:
        return Tr::tr("resource policy %1").arg(shownText(policy));
    }
    return {};
}

QString statementHtml(const StatementTrace& s, const QString& link)
{
    QString where = QFileInfo(s.file).fileName(); // the whole path is in the tooltip
    if (where.isEmpty())
        where = s.file;
    if (s.location.line > 0)
        where += QLatin1Char(':') + QString::number(s.location.line);
    if (s.location.column > 0)
        where += QLatin1Char(':') + QString::number(s.location.column);
    const QString effect = s.effect == Effect::Deny ? QStringLiteral("Deny") : QStringLiteral("Allow");
    const QString sid
        = s.sid.empty() ? Tr::tr("statement %1").arg(s.index + 1) : Tr::tr("Sid %1").arg(shownText(s.sid));
    return QStringLiteral("<b>%1</b> · %2 · %3 · <a href=\"%4\" title=\"%5\">%6</a>")
        .arg(effect, kindText(s.kind, s.policy).toHtmlEscaped(), sid.toHtmlEscaped(), link, esc(s.file), esc(where));
}

QString conditionsHtml(const StatementTrace& s, const QString& holdsColor, const QString& failsColor)
{
    if (s.conditions.empty())
        return {};
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-left:16px\"><tr>");
    for (const QString& heading :
        { Tr::tr("Operator"), Tr::tr("Key"), Tr::tr("Policy values"), Tr::tr("Request value"), Tr::tr("Holds") })
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const ConditionTrace& c : s.conditions) {
        const QString request
            = c.requestHasKey ? values(c.requestValues) : QStringLiteral("<i>%1</i>").arg(Tr::tr("not in the request"));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td style=\"color:%5\"><b>%6</b></td></tr>")
                    .arg(esc(c.operatorText), esc(c.key), values(c.values), request, c.holds ? holdsColor : failsColor,
                        c.holds ? Tr::tr("✓ holds").toHtmlEscaped() : Tr::tr("✗ fails").toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString explanationHtml(const Explanation& e, bool dark)
{
    auto hex = [dark](const PaletteEntry& entry) {
        return QString::fromStdString(hexColor(dark ? entry.dark : entry.light));
    };
    const QString warning = hex(severityPalette(Severity::Critical));
    const QString holds = hex(recommendationPalette(Recommendation::Approve));
    const QString fails = hex(severityPalette(Severity::High));

    QString html;
    if (!e.unresolvedPolicies.empty()) {
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p><ul>")
                    .arg(warning,
                        Tr::tr("This answer is incomplete: %n attached policies are not in the package, and what "
                               "they allow or deny was not decided.",
                            nullptr, static_cast<int>(e.unresolvedPolicies.size()))
                            .toHtmlEscaped());
        for (const std::string& p : e.unresolvedPolicies)
            html += QStringLiteral("<li style=\"color:%1\">%2</li>").arg(warning, esc(p));
        html += QStringLiteral("</ul>");
    }
    QString boundary;
    if (e.boundarySource == "given")
        boundary = Tr::tr("Boundary: the boundary being composed");
    else if (e.boundarySource == "subject")
        boundary = Tr::tr("Boundary: %1 (the subject's own permissions boundary)").arg(shownText(e.boundaryName));
    else if (e.boundarySource == "not-applicable")
        boundary = Tr::tr("Boundary: none applies (a permissions boundary does not limit what a resource policy "
                          "grants)");
    else
        boundary = Tr::tr("Boundary: none");
    html += QStringLiteral("<p>%1</p>").arg(boundary.toHtmlEscaped());

    html += QStringLiteral("<h4>%1</h4>").arg(Tr::tr("Statements that matched (%1)").arg(e.matched.size()));
    if (e.matched.empty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Tr::tr("None: nothing allows the request, so it is denied implicitly.").toHtmlEscaped());
    for (size_t i = 0; i < e.matched.size(); ++i)
        html += QStringLiteral("<p>%1</p>").arg(statementHtml(e.matched[i], QStringLiteral("loc:m%1").arg(i)))
            + conditionsHtml(e.matched[i], holds, fails);

    html += QStringLiteral("<h4>%1</h4>").arg(Tr::tr("Statements that did not match (%1)").arg(e.notMatched.size()));
    for (size_t i = 0; i < e.notMatched.size(); ++i) {
        const StatementTrace& s = e.notMatched[i];
        html
            += QStringLiteral("<p>%1<br/>&nbsp;&nbsp;&nbsp;&nbsp;<i>%2</i></p>")
                   .arg(statementHtml(s, QStringLiteral("loc:n%1").arg(i)), esc(mismatchText(s, e.action, e.resource)));
        html += conditionsHtml(s, holds, fails);
    }
    return html;
}

} // namespace grantscope::ui
