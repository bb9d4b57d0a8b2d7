// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphEdgeItem.h"

#include "graph/GraphStyle.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace grantscope::ui {

namespace {
constexpr qreal kArrow = 6;
}

GraphEdgeItem::GraphEdgeItem(
    int fromNode, int toNode, const CubicCurve& curve, std::optional<Severity> severity, bool summary)
    : m_from(fromNode)
    , m_to(toNode)
    , m_tip(curve.end)
    , m_severity(severity)
    , m_summary(summary)
{
    m_path.moveTo(curve.start);
    m_path.cubicTo(curve.control1, curve.control2, curve.end - QPointF(kArrow, 0));
    m_bounds = m_path.controlPointRect().united(QRectF(m_tip - QPointF(kArrow, kArrow), QSizeF(kArrow, 2 * kArrow)));
    m_bounds.adjust(-2, -2, 2, 2);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(-1);
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_bounds;
}

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool strong = m_severity && *m_severity >= Severity::High;
    QColor color = GraphStyle::edge(m_severity, palette);
    if (m_summary)
        color.setAlphaF(0.55f);
    painter->setRenderHint(QPainter::Antialiasing);
    qreal width = strong && !m_summary ? 1.8 : 1.1;
    if (m_use == ActionUseMark::Used)
        width += 1.0;
    QPen pen(color, width);
    if (m_summary)
        pen.setDashPattern({ 4, 3 });
    else if (m_use == ActionUseMark::Unused)
        pen.setDashPattern({ 1.5, 2.5 }); // in pen widths: short dots, clearly not the summary's dashes
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    const QPointF head[]
        = { m_tip, m_tip - QPointF(kArrow, kArrow / 2 + 0.5), m_tip - QPointF(kArrow, -kArrow / 2 - 0.5) };
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head, 3);
}

} // namespace grantscope::ui
