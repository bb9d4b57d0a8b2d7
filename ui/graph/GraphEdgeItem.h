// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "graph/GraphLayout.h"
#include "graph/GraphNode.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>

namespace grantscope::ui {

/** Paints one edge of the access graph: a cubic curve with an arrowhead, coloured by severity. */
class GraphEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    /** A summary edge (collapsed service to resources) is drawn lighter and dashed. */
    GraphEdgeItem(
        int fromNode, int toNode, const CubicCurve& curve, std::optional<Severity> severity, bool summary = false);

    int type() const override { return Type; }
    int fromNode() const { return m_from; }
    int toNode() const { return m_to; }
    /** An edge to an action CloudTrail saw used is drawn heavier; one to a granted action never used, dotted. */
    void setUse(ActionUseMark use) { m_use = use; }
    ActionUseMark use() const { return m_use; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int m_from;
    int m_to;
    QPainterPath m_path;
    QPointF m_tip;
    std::optional<Severity> m_severity;
    bool m_summary;
    ActionUseMark m_use = ActionUseMark::None;
    QRectF m_bounds;
};

} // namespace grantscope::ui
