// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphNodeItem.h"

#include "graph/AccessGraph.h"
#include "graph/GraphStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace grantscope::ui {

namespace {

constexpr qreal kPadX = 10;
constexpr qreal kPadY = 6;
constexpr qreal kStripe = 4;
constexpr qreal kChevron = 13;
constexpr qreal kLineGap = 1;
constexpr qreal kBar = 4;
constexpr qreal kMaxText = 300;
constexpr qreal kMinWidth = 96;
constexpr qreal kRadius = 5;

QFont labelFont(const QFont& base, GraphNodeKind kind)
{
    QFont f = base;
    f.setBold(kind == GraphNodeKind::Role || kind == GraphNodeKind::Policy || kind == GraphNodeKind::Service);
    f.setItalic(kind == GraphNodeKind::More);
    return f;
}

QFont smallFont(const QFont& base, bool bold = false)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.86);
    else
        f.setPixelSize(std::max(8, f.pixelSize() * 86 / 100));
    f.setBold(bold);
    return f;
}

// Fully taken away by the boundary being composed (an action, or every granted action of a service).
bool removedByBoundary(const GraphNode& node)
{
    return node.removedActions > 0 && (node.kind == GraphNodeKind::Action || node.removedActions >= node.actionCount);
}

QString badgeText(const GraphNode& node)
{
    if (node.mitigated)
        return removedByBoundary(node) ? QCoreApplication::translate("GraphNodeItem", "REMOVED")
                                       : QCoreApplication::translate("GraphNodeItem", "MITIGATED");
    return node.severity && *node.severity != Severity::Info ? severityName(*node.severity).toUpper() : QString();
}

// What CloudTrail showed of the node, or empty when no trail was read.
QString useText(const GraphNode& node)
{
    if (node.kind == GraphNodeKind::Action) {
        switch (node.use) {
        case ActionUseMark::Used:
            return QCoreApplication::translate("GraphNodeItem", "used");
        case ActionUseMark::Unused:
            return QCoreApplication::translate("GraphNodeItem", "never used");
        case ActionUseMark::Unobservable:
            return QCoreApplication::translate("GraphNodeItem", "not in CloudTrail");
        case ActionUseMark::None:
            break;
        }
        return {};
    }
    if (node.kind != GraphNodeKind::Service || node.usedActions + node.unusedActions == 0)
        return {};
    return QCoreApplication::translate("GraphNodeItem", "%1 used, %2 never used")
        .arg(node.usedActions)
        .arg(node.unusedActions);
}

// How the node compares with the other release shown beside it, or empty.
QString releaseText(const GraphNode& node)
{
    if (node.kind == GraphNodeKind::Service && node.releaseActions > 0)
        return node.release == ReleaseMark::Removed
            ? QCoreApplication::translate("GraphNodeItem", "%n grants dropped", nullptr, node.releaseActions)
            : QCoreApplication::translate("GraphNodeItem", "%n new grants", nullptr, node.releaseActions);
    switch (node.release) {
    case ReleaseMark::Added:
        return node.kind == GraphNodeKind::Action ? QCoreApplication::translate("GraphNodeItem", "new grant")
                                                  : QCoreApplication::translate("GraphNodeItem", "new in this release");
    case ReleaseMark::Removed:
        return node.kind == GraphNodeKind::Action
            ? QCoreApplication::translate("GraphNodeItem", "grant dropped")
            : QCoreApplication::translate("GraphNodeItem", "gone in the newer release");
    case ReleaseMark::Changed:
        return QCoreApplication::translate("GraphNodeItem", "access changed");
    case ReleaseMark::None:
        break;
    }
    return {};
}

QString detailText(const GraphNode& node)
{
    QStringList parts;
    if (const QString release = releaseText(node); !release.isEmpty())
        parts << release;
    if (!node.detail.isEmpty())
        parts << node.detail;
    if (node.kind == GraphNodeKind::Service && node.removedActions > 0 && !removedByBoundary(node))
        parts << QCoreApplication::translate(
            "GraphNodeItem", "%n removed by the boundary", nullptr, node.removedActions);
    if (const QString use = useText(node); !use.isEmpty())
        parts << use;
    return parts.join(QStringLiteral(" · "));
}

bool hasChevron(const GraphNode& node)
{
    return node.expandable && node.kind != GraphNodeKind::More;
}

bool hasBar(const GraphNode& node)
{
    return node.kind == GraphNodeKind::Service && node.actionCount > 0;
}

Qt::TextElideMode elideMode(const GraphNode& node)
{
    // ARNs differ at both ends ("arn:aws:s3:::bucket/…/key"): keep both.
    return node.kind == GraphNodeKind::Resource || node.kind == GraphNodeKind::Principal ? Qt::ElideMiddle
                                                                                         : Qt::ElideRight;
}

} // namespace

GraphNodeItem::GraphNodeItem(const AccessGraph* graph, int nodeId)
    : m_graph(graph)
    , m_id(nodeId)
{
    setAcceptHoverEvents(true);
    setFlag(ItemIsSelectable); // for highlightFinding; clicks are the view's, so no mouse buttons
    setAcceptedMouseButtons(Qt::NoButton);
    setCacheMode(DeviceCoordinateCache);
    if (m_graph->node(m_id).expandable)
        setCursor(Qt::PointingHandCursor);
}

void GraphNodeItem::setSize(const QSizeF& size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF GraphNodeItem::boundingRect() const
{
    return QRectF(QPointF(-4, -4), m_size + QSizeF(8, 8)); // room for the release rim
}

QPainterPath GraphNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(0, 0), m_size), kRadius, kRadius);
    return path;
}

QSizeF GraphNodeItem::sizeFor(const GraphNode& node, const QFont& font)
{
    const QFontMetricsF label(labelFont(font, node.kind));
    const QFontMetricsF small(smallFont(font));
    const QFontMetricsF badge(smallFont(font, true));
    const QString b = badgeText(node);
    const qreal badgeWidth = b.isEmpty() ? 0 : badge.horizontalAdvance(b) + 10 + 8;
    const qreal lead = kStripe + kPadX + (hasChevron(node) ? kChevron : 0);
    const qreal first = std::min(label.horizontalAdvance(node.label), kMaxText) + badgeWidth;
    const QString detail = detailText(node);
    const qreal second = detail.isEmpty() ? 0 : std::min(small.horizontalAdvance(detail), kMaxText);
    const qreal width = std::max(kMinWidth, lead + std::max(first, second) + kPadX);
    qreal height = kPadY + label.height() + kPadY;
    if (!detail.isEmpty())
        height += kLineGap + small.height();
    if (hasBar(node))
        height += kBar + 3;
    return QSizeF(std::ceil(width), std::ceil(height));
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const GraphNode& node = m_graph->node(m_id);
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QFont base = scene() ? scene()->font() : QFont();
    // What the boundary takes away is greyed: no severity colour, a grey badge, a struck-through label.
    const std::optional<Severity> severity = node.mitigated ? std::nullopt : node.severity;
    const QColor accent = GraphStyle::accent(severity, palette);
    const QRectF box(QPointF(0, 0), m_size);
    const bool flagged = severity && *severity >= Severity::Low;

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter->fillPath(outline, GraphStyle::fill(severity, palette));
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(0, 0, kStripe, m_size.height()), accent);
    painter->restore();

    QColor border = flagged ? accent : GraphStyle::edge(std::nullopt, palette);
    qreal borderWidth = flagged && *severity >= Severity::High ? 1.6 : 1.0;
    if (isSelected()) {
        border = palette.color(QPalette::Highlight);
        borderWidth = 2.6;
    } else if (m_hovered) {
        border = border.darker(GraphStyle::isDark(palette) ? 70 : 130);
        borderWidth += 0.8;
    }
    // Dashed: a "more" node, something the boundary takes away, or what exists only under a template
    // condition (then also in the condition colour, so it reads as "maybe there" rather than "gone").
    const bool conditional = !node.condition.empty();
    if (conditional && !isSelected() && !flagged)
        border = GraphStyle::conditional(palette);
    QPen pen(border, conditional ? std::max(borderWidth, 1.6) : borderWidth);
    pen.setStyle(node.kind == GraphNodeKind::More || node.mitigated || conditional ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);
    // Users, groups and resource policies are other ways in than a role: a second, inner rim sets them apart.
    if (node.kind == GraphNodeKind::Role && !node.subjectKind.empty() && node.subjectKind != "role"
        && node.subjectKind != "trust-policy") {
        QPainterPath inner;
        inner.addRoundedRect(box.adjusted(3.5, 3.5, -3.5, -3.5), kRadius - 2, kRadius - 2);
        QPen innerPen(GraphStyle::subjectKind(node.subjectKind, palette), 1.2);
        innerPen.setStyle(conditional ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(innerPen);
        painter->drawPath(inner);
    }

    // Marked against the other release shown beside this one: a second rim outside the border.
    if (node.release != ReleaseMark::None) {
        QPainterPath rim;
        rim.addRoundedRect(box.adjusted(-2.5, -2.5, 2.5, 2.5), kRadius + 2, kRadius + 2);
        QPen rimPen(GraphStyle::release(node.release == ReleaseMark::Removed, palette), 2.2);
        rimPen.setStyle(node.release == ReleaseMark::Changed ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(rimPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(rim);
    }

    // Zoomed far out, text would be a grey smear: boxes and colours carry the picture.
    const qreal lod = option ? QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) : 1;
    if (lod < 0.35)
        return;

    const QFont lf = labelFont(base, node.kind);
    const QFont sf = smallFont(base);
    const QFont bf = smallFont(base, true);
    const QFontMetricsF lm(lf);
    const QFontMetricsF sm(sf);
    const QFontMetricsF bm(bf);
    qreal x = kStripe + kPadX;
    const qreal right = m_size.width() - kPadX;
    const qreal firstLine = kPadY;

    if (hasChevron(node)) {
        const bool open = m_graph->isExpanded(m_id);
        const QPointF c(x + 4, firstLine + lm.height() / 2);
        QPolygonF tri;
        if (open)
            tri << c + QPointF(-4, -2.5) << c + QPointF(4, -2.5) << c + QPointF(0, 3);
        else
            tri << c + QPointF(-2.5, -4) << c + QPointF(3, 0) << c + QPointF(-2.5, 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Text));
        painter->drawPolygon(tri);
        x += kChevron;
    }

    qreal labelRight = right;
    const QString badge = badgeText(node);
    if (!badge.isEmpty()) {
        const qreal w = bm.horizontalAdvance(badge) + 10;
        const QRectF pill(right - w, firstLine + (lm.height() - bm.height() - 2) / 2, w, bm.height() + 2);
        const QColor pillColor = node.mitigated ? GraphStyle::secondaryText(palette) : accent;
        painter->setPen(Qt::NoPen);
        painter->setBrush(pillColor);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setFont(bf);
        painter->setPen(pillColor.lightness() > 150 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
        painter->drawText(pill, Qt::AlignCenter, badge);
        labelRight = pill.left() - 8;
    }

    QFont struck = lf;
    struck.setStrikeOut(removedByBoundary(node));
    painter->setFont(struck);
    painter->setPen(node.mitigated ? GraphStyle::secondaryText(palette) : palette.color(QPalette::Text));
    const QRectF labelRect(x, firstLine, labelRight - x, lm.height());
    painter->drawText(
        labelRect, Qt::AlignLeft | Qt::AlignVCenter, lm.elidedText(node.label, elideMode(node), labelRect.width()));
    qreal y = firstLine + lm.height() + kLineGap;
    if (const QString detail = detailText(node); !detail.isEmpty()) {
        painter->setFont(sf);
        painter->setPen(GraphStyle::secondaryText(palette));
        const QRectF detailRect(x, y, right - x, sm.height());
        painter->drawText(
            detailRect, Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(detail, Qt::ElideRight, detailRect.width()));
        y += sm.height();
    }

    if (hasBar(node)) {
        const QRectF bar(x, y + 3, right - x, kBar);
        qreal bx = bar.left();
        painter->setPen(Qt::NoPen);
        for (AccessLevel level : kAccessLevels) {
            const int n = node.levelCounts[static_cast<size_t>(accessLevelSlot(level))];
            if (n == 0)
                continue;
            const qreal w = std::max(qreal(2), bar.width() * n / node.actionCount);
            painter->setBrush(GraphStyle::levelColor(level, palette));
            painter->drawRect(QRectF(bx, bar.top(), std::min(w, bar.right() - bx), bar.height()));
            bx += w;
        }
    }
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace grantscope::ui
