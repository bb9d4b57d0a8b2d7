// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace grantscope::ui {

/** A node to place: its layer (any integer; layers become columns in ascending order) and size. */
struct LayoutNode {
    int layer = 0;
    QSizeF size;
};

/** An edge between two LayoutNodes, by index. */
struct LayoutEdge {
    int from = -1;
    int to = -1;
};

struct LayoutOptions {
    qreal columnGap = 96; // horizontal space between columns, where the edges run
    qreal rowGap = 10; // vertical space between two nodes of a column
    qreal margin = 24; // around everything, inside the bounds
    qreal headerHeight = 0; // reserved above the nodes (column titles)
    int sweeps = 4; // barycenter passes (each one left to right and right to left)
};

/** One column of the result: the layer it shows and the rectangle its nodes occupy. */
struct LayoutColumn {
    int layer = 0;
    QRectF rect;
};

struct LayoutResult {
    std::vector<QRectF> rects; // per input node
    std::vector<LayoutColumn> columns;
    QRectF bounds; // contains every rect, the margins and the header band
};

/** A cubic Bézier curve, as QPainterPath::cubicTo takes it. */
struct CubicCurve {
    QPointF start;
    QPointF control1;
    QPointF control2;
    QPointF end;
};

/**
 * Layered layout of a directed graph, pure maths on QPointF/QRectF (no fonts, no items): one
 * column per layer, left to right; within a column, nodes ordered by the barycenter of their
 * neighbours to reduce crossings, then placed as close to those barycenters as the spacing
 * allows (isotonic regression, so nodes never overlap). Deterministic for a given input; each
 * sweep costs O(E + n log n).
 */
class GraphLayout {
public:
    explicit GraphLayout(LayoutOptions options = {});

    const LayoutOptions& options() const { return m_options; }
    LayoutResult layout(const std::vector<LayoutNode>& nodes, const std::vector<LayoutEdge>& edges) const;

    /** The curve from the right side of `from` to the left side of `to` (its ports). */
    static CubicCurve edgeCurve(const QRectF& from, const QRectF& to);

private:
    LayoutOptions m_options;
};

} // namespace grantscope::ui
