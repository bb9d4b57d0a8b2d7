// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace grantscope::ui {

namespace {

struct Work {
    const std::vector<LayoutNode>& nodes;
    const LayoutOptions& options;
    std::vector<int> column; // per node
    std::vector<std::vector<int>> columns; // node indices per column, in order
    std::vector<std::vector<int>> neighbours;
    std::vector<qreal> y; // centre of each node

    qreal height(int i) const { return nodes[static_cast<size_t>(i)].size.height(); }

    // Mean centre of the neighbours in columns before (side < 0) or after (side > 0) the node's own.
    bool barycenter(int i, int side, qreal* out) const
    {
        qreal sum = 0;
        int count = 0;
        for (int j : neighbours[static_cast<size_t>(i)]) {
            const int d = column[static_cast<size_t>(j)] - column[static_cast<size_t>(i)];
            if ((side < 0 && d < 0) || (side > 0 && d > 0)) {
                sum += y[static_cast<size_t>(j)];
                ++count;
            }
        }
        if (count == 0)
            return false;
        *out = sum / count;
        return true;
    }

    // Places the column's nodes, in their order, as close to `desired` as the spacing allows:
    // with offsets o_i that stack the nodes tightly, z_i = y_i - o_i must not decrease, and the
    // least-squares fit of a non-decreasing sequence is the pool-adjacent-violators algorithm.
    void place(const std::vector<int>& order, const std::vector<qreal>& desired)
    {
        const size_t m = order.size();
        std::vector<qreal> offset(m, 0);
        for (size_t k = 1; k < m; ++k)
            offset[k] = offset[k - 1] + (height(order[k - 1]) + height(order[k])) / 2 + options.rowGap;
        struct Block {
            qreal sum;
            int count;
            qreal mean() const { return sum / count; }
        };
        std::vector<Block> blocks;
        blocks.reserve(m);
        for (size_t k = 0; k < m; ++k) {
            blocks.push_back({ desired[k] - offset[k], 1 });
            while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() >= blocks.back().mean()) {
                const Block last = blocks.back();
                blocks.pop_back();
                blocks.back().sum += last.sum;
                blocks.back().count += last.count;
            }
        }
        size_t k = 0;
        for (const Block& b : blocks)
            for (int c = 0; c < b.count; ++c, ++k)
                y[static_cast<size_t>(order[k])] = b.mean() + offset[k];
    }

    // Reorders column `c` by the barycenters on one side and places it near them.
    void sweepColumn(size_t c, int side, bool reorder)
    {
        std::vector<int>& order = columns[c];
        std::vector<qreal> key(order.size());
        for (size_t k = 0; k < order.size(); ++k)
            if (!barycenter(order[k], side, &key[k]))
                key[k] = y[static_cast<size_t>(order[k])];
        if (reorder) {
            std::vector<size_t> perm(order.size());
            std::iota(perm.begin(), perm.end(), size_t { 0 });
            std::stable_sort(perm.begin(), perm.end(), [&](size_t a, size_t b) { return key[a] < key[b]; });
            std::vector<int> sortedOrder(order.size());
            std::vector<qreal> sortedKey(order.size());
            for (size_t k = 0; k < perm.size(); ++k) {
                sortedOrder[k] = order[perm[k]];
                sortedKey[k] = key[perm[k]];
            }
            order = std::move(sortedOrder);
            key = std::move(sortedKey);
        }
        // Without reordering, a desired position out of order is pulled back in line by place().
        place(order, key);
    }

    void stack(size_t c)
    {
        std::vector<qreal> zero(columns[c].size(), 0);
        place(columns[c], zero); // all want 0: a tight stack centred on 0
    }
};

} // namespace

GraphLayout::GraphLayout(LayoutOptions options)
    : m_options(options)
{ }

LayoutResult GraphLayout::layout(const std::vector<LayoutNode>& nodes, const std::vector<LayoutEdge>& edges) const
{
    LayoutResult result;
    const size_t n = nodes.size();
    result.rects.resize(n);
    if (n == 0)
        return result;

    Work w { nodes, m_options, std::vector<int>(n), {}, std::vector<std::vector<int>>(n), std::vector<qreal>(n, 0) };
    std::map<int, int> columnOfLayer;
    for (const LayoutNode& node : nodes)
        columnOfLayer.emplace(node.layer, 0);
    int nextColumn = 0;
    for (auto& [layer, column] : columnOfLayer)
        column = nextColumn++;
    w.columns.resize(columnOfLayer.size());
    for (size_t i = 0; i < n; ++i) {
        w.column[i] = columnOfLayer[nodes[i].layer];
        w.columns[static_cast<size_t>(w.column[i])].push_back(static_cast<int>(i));
    }
    for (const LayoutEdge& e : edges) {
        if (e.from < 0 || e.to < 0 || static_cast<size_t>(e.from) >= n || static_cast<size_t>(e.to) >= n
            || e.from == e.to)
            continue;
        w.neighbours[static_cast<size_t>(e.from)].push_back(e.to);
        w.neighbours[static_cast<size_t>(e.to)].push_back(e.from);
    }

    const size_t columnCount = w.columns.size();
    for (size_t c = 0; c < columnCount; ++c)
        w.stack(c);

    // Ordering: alternate sweeps, each column sorted by the barycenter of its neighbours.
    for (int s = 0; s < m_options.sweeps; ++s) {
        for (size_t c = 1; c < columnCount; ++c)
            w.sweepColumn(c, -1, true);
        for (size_t c = columnCount - 1; c-- > 0;)
            w.sweepColumn(c, +1, true);
    }

    // Coordinates: the tallest column stays a tight stack; the others, outwards from it, sit
    // as close to their neighbours as spacing allows.
    size_t anchor = 0;
    qreal tallest = -1;
    for (size_t c = 0; c < columnCount; ++c) {
        qreal h = 0;
        for (int i : w.columns[c])
            h += w.height(i) + m_options.rowGap;
        if (h > tallest) {
            tallest = h;
            anchor = c;
        }
    }
    w.stack(anchor);
    for (size_t c = anchor + 1; c < columnCount; ++c)
        w.sweepColumn(c, -1, false);
    for (size_t c = anchor; c-- > 0;)
        w.sweepColumn(c, +1, false);

    // Columns left to right, each as wide as its widest node; nodes centred in their column.
    qreal top = std::numeric_limits<qreal>::max();
    for (size_t i = 0; i < n; ++i)
        top = std::min(top, w.y[i] - w.height(static_cast<int>(i)) / 2);
    const qreal y0 = m_options.margin + m_options.headerHeight - top;
    qreal x = m_options.margin;
    qreal bottom = m_options.margin + m_options.headerHeight;
    for (const auto& [layer, c] : columnOfLayer) {
        qreal width = 0;
        for (int i : w.columns[static_cast<size_t>(c)])
            width = std::max(width, nodes[static_cast<size_t>(i)].size.width());
        QRectF columnRect;
        for (int i : w.columns[static_cast<size_t>(c)]) {
            const QSizeF size = nodes[static_cast<size_t>(i)].size;
            const QRectF r(x + (width - size.width()) / 2, y0 + w.y[static_cast<size_t>(i)] - size.height() / 2,
                size.width(), size.height());
            result.rects[static_cast<size_t>(i)] = r;
            columnRect = columnRect.isNull() ? r : columnRect.united(r);
            bottom = std::max(bottom, r.bottom());
        }
        result.columns.push_back({ layer, QRectF(x, columnRect.top(), width, columnRect.height()) });
        x += width + m_options.columnGap;
    }
    const qreal right = x - m_options.columnGap;
    result.bounds = QRectF(0, 0, right + m_options.margin, bottom + m_options.margin);
    return result;
}

CubicCurve GraphLayout::edgeCurve(const QRectF& from, const QRectF& to)
{
    const QPointF start(from.right(), from.center().y());
    const QPointF end(to.left(), to.center().y());
    const qreal dx = std::max(std::abs(end.x() - start.x()) / 2, qreal(24));
    return { start, QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end };
}

} // namespace grantscope::ui
