// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphToolTip.h"

#include "graph/AccessGraph.h"
#include "graph/GraphText.h"

#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "report/SubjectLabels.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace grantscope::ui {

namespace {

// Translated under the context "GraphToolTip" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GraphToolTip)
};
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
QString esc(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).toHtmlEscaped();
}

constexpr int kMaxListed = 8;

QString where(const QString& file, const SourceLocation& location)
{
    if (file.startsWith(QLatin1String("aws-managed:")))
        return Tr::tr("AWS managed policy");
    QString s = QFileInfo(file).fileName();
    if (location.isValid())
        s += QLatin1Char(':') + QString::number(location.line);
    return esc(s);
}

QString heading(const GraphNode& node)
{
    QString s = QStringLiteral("<b>") + esc(node.label) + QStringLiteral("</b>");
    if (!node.detail.isEmpty())
        s += QStringLiteral(" <span style=\"color:gray\">— ") + esc(node.detail) + QStringLiteral("</span>");
    return s;
}

QString grantLine(const AccessGraph& graph, const GrantRef& ref)
{
    const PolicyRecord* record = graph.policyRecord(ref.policyNode);
    const Statement* st = graph.statement(ref);
    if (!record || !st)
        return {};
    QString line = esc(record->name) + QStringLiteral(" › ")
        + (st->sid.empty() ? Tr::tr("statement %1").arg(st->index + 1) : esc(st->sid));
    line += QStringLiteral(" <span style=\"color:gray\">(") + where(record->policy.file, st->location)
        + QStringLiteral(")</span>");
    if (st->hasResource) {
        QStringList resources;
        for (const LocatedString& r : st->resources)
            resources << esc(r.value);
        if (resources.size() > 3)
            resources = resources.mid(0, 3) << Tr::tr("…");
        line += QStringLiteral("<br>&nbsp;&nbsp;")
            + (st->notResource ? Tr::tr("on every resource except %1") : Tr::tr("on %1"))
                  .arg(resources.join(QStringLiteral(", ")));
    }
    if (!st->conditions.empty())
        line += QStringLiteral(" ") + Tr::tr("<i>only if its conditions hold</i>");
    return line;
}

QString list(const QString& title, const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString s = QStringLiteral("<p style=\"margin-top:6px\"><b>") + title + QStringLiteral("</b><br>");
    const qsizetype shown = std::min<qsizetype>(items.size(), kMaxListed);
    s += items.mid(0, shown).join(QStringLiteral("<br>"));
    if (items.size() > shown)
        s += QStringLiteral("<br>")
            + countText("GraphToolTip", static_cast<int>(items.size() - shown), "and %1 more", "and %1 more");
    return s + QStringLiteral("</p>");
}

QString grants(const AccessGraph& graph, const std::vector<GrantRef>& refs, const QString& title)
{
    QStringList lines;
    for (const GrantRef& ref : refs)
        if (const QString l = grantLine(graph, ref); !l.isEmpty())
            lines << l;
    return list(title, lines);
}

QString findings(const AccessGraph& graph, const GraphNode& node)
{
    QStringList lines;
    for (int fi : node.findings) {
        const Finding& f = graph.review()->analysis.findings[static_cast<size_t>(fi)];
        lines << QStringLiteral("<b>") + esc(severityName(f.severity)) + QStringLiteral("</b> ") + esc(f.title);
    }
    return list(Tr::tr("Findings"), lines);
}

QString levelCounts(const GraphNode& node)
{
    QStringList parts;
    for (AccessLevel level : kAccessLevels)
        if (const int n = node.levelCounts[static_cast<size_t>(accessLevelSlot(level))]; n > 0)
            parts << accessLevelName(level) + QStringLiteral(" ") + QString::number(n);
    return parts.join(QStringLiteral(" · "));
}

QString names(const AccessGraph& graph, const std::vector<int>& ids)
{
    QStringList out;
    for (int p : ids)
        out << esc(graph.node(p).label);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString GraphToolTip::forNode(const AccessGraph& graph, int id)
{
    if (id < 0 || id >= graph.nodeCount() || !graph.review())
        return {};
    const GraphNode& node = graph.node(id);
    QString s = heading(node);
    switch (node.kind) {
    case GraphNodeKind::Principal: {
        std::vector<int> roles;
        std::vector<int> resources;
        for (int child : graph.childrenOf(id))
            (graph.node(child).subjectKind == "resource-policy" ? resources : roles).push_back(child);
        if (!roles.empty())
            s += QStringLiteral("<br>") + Tr::tr("May assume: %1").arg(names(graph, roles));
        if (!resources.empty())
            s += QStringLiteral("<br>") + Tr::tr("Let in by the resource policies of: %1").arg(names(graph, resources));
    } break;
    case GraphNodeKind::Role:
        if (node.subjectKind == "resource-policy")
            s += QStringLiteral("<br>") + Tr::tr("Lets in: %1").arg(names(graph, graph.parentsOf(id)));
        else if (node.subjectKind == "user" || node.subjectKind == "group")
            s += QStringLiteral("<br>")
                + Tr::tr("Long-lived IAM identity: signs in with its own credentials, no trust policy");
        else
            s += QStringLiteral("<br>") + Tr::tr("Trusted principals: %1").arg(names(graph, graph.parentsOf(id)));
        if (!node.deployment.empty())
            s += QStringLiteral("<br>") + esc(deploymentText(node.deployment));
        break;
    case GraphNodeKind::Policy:
        if (const PolicyRecord* record = graph.policyRecord(id)) {
            s += QStringLiteral("<br>") + Tr::tr("Defined at %1").arg(where(record->file, record->location));
            if (!record->arn.empty())
                s += QStringLiteral("<br>") + esc(record->arn);
        }
        s += QStringLiteral("<br>")
            + Tr::tr("Grants %1 in %2")
                  .arg(countText("GraphToolTip", node.actionCount, "%1 action", "%1 actions"),
                      countText("GraphToolTip", node.serviceCount, "%1 service", "%1 services"));
        if (node.expandable)
            s += QStringLiteral("<br><i>")
                + (graph.isExpanded(id) ? Tr::tr("Click to hide its services") : Tr::tr("Click to show its services"))
                + QStringLiteral("</i>");
        break;
    case GraphNodeKind::Service: {
        const std::string_view name = graph.catalog()->service(node.catalogIndex).name;
        s += QStringLiteral("<br>") + esc(name);
        s += QStringLiteral("<br>") + levelCounts(node);
        s += QStringLiteral("<br>") + Tr::tr("Granted by: %1").arg(names(graph, graph.parentsOf(id)));
        s += QStringLiteral("<br><i>")
            + (graph.isExpanded(id) ? Tr::tr("Click to collapse its actions") : Tr::tr("Click to show its actions"))
            + QStringLiteral("</i>");
        break;
    }
    case GraphNodeKind::Action:
        s += grants(graph, node.grants, Tr::tr("Granted by"));
        s += grants(graph, node.denies, Tr::tr("Denied by"));
        switch (node.use) {
        case ActionUseMark::Used:
            s += QStringLiteral("<br>") + Tr::tr("CloudTrail: used by a role of the package.");
            break;
        case ActionUseMark::Unused:
            s += QStringLiteral("<br>") + Tr::tr("CloudTrail: granted but never used; a candidate to remove.");
            break;
        case ActionUseMark::Unobservable:
            s += QStringLiteral("<br>")
                + Tr::tr("CloudTrail: these trails could not have shown its use (not logged on its own, or a data "
                         "event the trails did not record).");
            break;
        case ActionUseMark::None:
            break;
        }
        break;
    case GraphNodeKind::Resource:
        break;
    case GraphNodeKind::More:
        s = QStringLiteral("<b>") + esc(node.label) + QStringLiteral("</b><br>")
            + Tr::tr("Hidden to keep the graph responsive, least risky first. Click to show up to %1 more, or "
                     "narrow the graph with the search and filters.")
                  .arg(AccessGraph::kChildCap);
        break;
    }
    switch (node.release) {
    case ReleaseMark::Added:
        s += QStringLiteral("<br><b>")
            + (node.kind == GraphNodeKind::Role ? Tr::tr("Only in this release: everything it grants is new.")
                    : node.kind == GraphNodeKind::Service
                    ? Tr::tr("%1 granted in this release to a subject that the earlier release did not grant them to.")
                          .arg(countText("GraphToolTip", node.releaseActions, "%1 action", "%1 actions"))
                    : Tr::tr("Granted in this release to a subject that the earlier release did not grant it to."))
            + QStringLiteral("</b>");
        break;
    case ReleaseMark::Removed:
        s += QStringLiteral("<br><b>")
            + (node.kind == GraphNodeKind::Role ? Tr::tr("Not in the newer release.")
                    : node.kind == GraphNodeKind::Service
                    ? Tr::tr("%1 no longer granted to some subject in the newer release.")
                          .arg(countText("GraphToolTip", node.releaseActions, "%1 action", "%1 actions"))
                    : Tr::tr("No longer granted to some subject in the newer release."))
            + QStringLiteral("</b>");
        break;
    case ReleaseMark::Changed:
        s += QStringLiteral("<br><b>") + Tr::tr("Its access differs between the two releases.")
            + QStringLiteral("</b>");
        break;
    case ReleaseMark::None:
        break;
    }
    if (!node.condition.empty())
        s += QStringLiteral("<p style=\"margin-top:6px\"><b>") + esc(conditionalText(node.condition))
            + QStringLiteral("</b><br>")
            + Tr::tr("Reviewed whatever the condition evaluates to; its findings keep their severity.")
            + QStringLiteral("</p>");
    return s + findings(graph, node);
}

} // namespace grantscope::ui
