// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/GraphNode.h"

#include <QFont>
#include <QGraphicsItem>
#include <QSizeF>

namespace grantscope::ui {

class AccessGraph;

/**
 * Paints one node of an AccessGraph: a rounded box tinted by the node's highest finding, a
 * severity badge, the label and its detail line, a chevron on expandable nodes and, on services,
 * a bar showing the granted actions by access level. Reads the node from the graph at paint time.
 */
class GraphNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    GraphNodeItem(const AccessGraph* graph, int nodeId);

    int type() const override { return Type; }
    int nodeId() const { return m_id; }
    void setSize(const QSizeF& size);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /** The size the node needs with `font` (the scene's); the layout places boxes of this size. */
    static QSizeF sizeFor(const GraphNode& node, const QFont& font);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    const AccessGraph* m_graph;
    int m_id;
    QSizeF m_size;
    bool m_hovered = false;
};

} // namespace grantscope::ui
