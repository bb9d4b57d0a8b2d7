// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphLayout.h"

#include <QTest>

#include <cstdint>
#include <map>

using namespace grantscope::ui;

struct GraphCase {
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
};
Q_DECLARE_METATYPE(GraphCase)

class TestGraphLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invariants_data();
    void invariants();
    void deterministic();
    void emptyInput();
    void barycenterRemovesCrossings();
    void sparseLayersBecomeAdjacentColumns();
    void singleParentIsCentredOnItsChildren();
    void edgeCurveJoinsThePorts();
};

namespace {

// A small deterministic generator, so the random graphs are the same on every run and platform.
struct Lcg {
    uint32_t state;
    uint32_t next()
    {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<uint32_t>(n)); }
};

// Fixed sizes stand in for label metrics: the layout never sees a font.
QSizeF sizeFor(int i)
{
    return QSizeF(80 + (i * 37) % 140, 30 + (i % 3) * 8);
}

GraphCase chain(int length)
{
    GraphCase g;
    for (int i = 0; i < length; ++i) {
        g.nodes.push_back({ i, sizeFor(i) });
        if (i > 0)
            g.edges.push_back({ i - 1, i });
    }
    return g;
}

GraphCase fan(int children)
{
    GraphCase g;
    g.nodes.push_back({ 0, sizeFor(0) });
    for (int i = 1; i <= children; ++i) {
        g.nodes.push_back({ 1, sizeFor(i) });
        g.edges.push_back({ 0, i });
    }
    return g;
}

GraphCase randomLayered(uint32_t seed, int nodes, int layers, int edges)
{
    GraphCase g;
    Lcg rng { seed };
    for (int i = 0; i < nodes; ++i)
        g.nodes.push_back({ rng.below(layers), sizeFor(i) });
    for (int e = 0; e < edges; ++e) {
        const int a = rng.below(nodes);
        const int b = rng.below(nodes);
        if (g.nodes[static_cast<size_t>(a)].layer < g.nodes[static_cast<size_t>(b)].layer)
            g.edges.push_back({ a, b });
    }
    return g;
}

// Edges between adjacent columns that cross each other.
int crossings(const GraphCase& g, const LayoutResult& r)
{
    int count = 0;
    for (size_t i = 0; i < g.edges.size(); ++i)
        for (size_t j = i + 1; j < g.edges.size(); ++j) {
            const LayoutEdge& a = g.edges[i];
            const LayoutEdge& b = g.edges[j];
            auto y = [&](int n) { return r.rects[static_cast<size_t>(n)].center().y(); };
            if ((y(a.from) - y(b.from)) * (y(a.to) - y(b.to)) < 0)
                ++count;
        }
    return count;
}

} // namespace

void TestGraphLayout::invariants_data()
{
    QTest::addColumn<GraphCase>("graph");
    QTest::newRow("one node") << chain(1);
    QTest::newRow("chain of six columns") << chain(6);
    QTest::newRow("one service expanded into 200 actions") << fan(200);
    QTest::newRow("random, 300 nodes in 6 layers") << randomLayered(7, 300, 6, 600);
    QTest::newRow("random, nodes without edges") << randomLayered(11, 40, 4, 0);
    GraphCase skip = chain(3);
    skip.edges.push_back({ 0, 2 }); // a collapsed service straight to its resources
    QTest::newRow("edge skipping a column") << skip;
}

void TestGraphLayout::invariants()
{
    QFETCH(GraphCase, graph);
    const GraphLayout layout;
    const LayoutResult r = layout.layout(graph.nodes, graph.edges);
    QCOMPARE(r.rects.size(), graph.nodes.size());

    for (size_t i = 0; i < r.rects.size(); ++i) {
        QCOMPARE(r.rects[i].size(), graph.nodes[i].size);
        QVERIFY2(r.bounds.contains(r.rects[i]), qPrintable(QStringLiteral("node %1 outside the bounds").arg(i)));
    }
    for (size_t i = 0; i < r.rects.size(); ++i)
        for (size_t j = i + 1; j < r.rects.size(); ++j) {
            const int li = graph.nodes[i].layer;
            const int lj = graph.nodes[j].layer;
            if (li == lj) {
                QVERIFY2(!r.rects[i].intersects(r.rects[j]),
                    qPrintable(QStringLiteral("nodes %1 and %2 overlap in layer %3").arg(i).arg(j).arg(li)));
                // Rows keep the requested gap.
                const qreal gap
                    = std::max(r.rects[i].top() - r.rects[j].bottom(), r.rects[j].top() - r.rects[i].bottom());
                QVERIFY(gap >= layout.options().rowGap - 1e-6);
            } else {
                const QRectF& left = li < lj ? r.rects[i] : r.rects[j];
                const QRectF& right = li < lj ? r.rects[j] : r.rects[i];
                QVERIFY2(left.right() < right.left(), "layers must be ordered left to right");
            }
        }
    // Column titles get their band above every node.
    for (const QRectF& rect : r.rects)
        QVERIFY(rect.top() >= layout.options().margin + layout.options().headerHeight - 1e-6);
}

void TestGraphLayout::deterministic()
{
    const GraphCase g = randomLayered(42, 250, 5, 500);
    const LayoutResult a = GraphLayout().layout(g.nodes, g.edges);
    const LayoutResult b = GraphLayout().layout(g.nodes, g.edges);
    QCOMPARE(a.rects, b.rects);
    QCOMPARE(a.bounds, b.bounds);
}

void TestGraphLayout::emptyInput()
{
    const LayoutResult r = GraphLayout().layout({}, {});
    QVERIFY(r.rects.empty());
    QVERIFY(r.columns.empty());
    QVERIFY(r.bounds.isNull());
}

void TestGraphLayout::barycenterRemovesCrossings()
{
    // Left A, B, C; right X, Y, Z given in the order that crosses every edge: A→Z, B→Y, C→X.
    GraphCase g;
    for (int i = 0; i < 6; ++i)
        g.nodes.push_back({ i < 3 ? 0 : 1, QSizeF(100, 30) });
    g.edges = { { 0, 5 }, { 1, 4 }, { 2, 3 } };
    const LayoutResult r = GraphLayout().layout(g.nodes, g.edges);
    QCOMPARE(crossings(g, r), 0);

    // On a random graph the sweeps must not make things worse than the input order does.
    const GraphCase random = randomLayered(3, 60, 2, 90);
    LayoutOptions noSweeps;
    noSweeps.sweeps = 0;
    const int before = crossings(random, GraphLayout(noSweeps).layout(random.nodes, random.edges));
    const int after = crossings(random, GraphLayout().layout(random.nodes, random.edges));
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 crossings, %2 before").arg(after).arg(before)));
}

void TestGraphLayout::sparseLayersBecomeAdjacentColumns()
{
    const std::vector<LayoutNode> nodes { { 2, QSizeF(100, 30) }, { 5, QSizeF(120, 30) } };
    LayoutOptions options;
    const LayoutResult r = GraphLayout(options).layout(nodes, { { 0, 1 } });
    QCOMPARE(r.columns.size(), size_t(2));
    QCOMPARE(r.columns[0].layer, 2);
    QCOMPARE(r.columns[1].layer, 5);
    QCOMPARE(r.rects[1].left() - r.rects[0].right(), options.columnGap);
    QCOMPARE(r.rects[0].left(), options.margin);
}

void TestGraphLayout::singleParentIsCentredOnItsChildren()
{
    const GraphCase g = fan(9);
    const LayoutResult r = GraphLayout().layout(g.nodes, g.edges);
    qreal sum = 0;
    for (size_t i = 1; i < r.rects.size(); ++i)
        sum += r.rects[i].center().y();
    const qreal barycenter = sum / static_cast<qreal>(r.rects.size() - 1);
    QVERIFY(std::abs(r.rects[0].center().y() - barycenter) < 0.5);
}

void TestGraphLayout::edgeCurveJoinsThePorts()
{
    const QRectF from(10, 10, 100, 40);
    const QRectF to(300, 200, 80, 30);
    const CubicCurve c = GraphLayout::edgeCurve(from, to);
    QCOMPARE(c.start, QPointF(110, 30));
    QCOMPARE(c.end, QPointF(300, 215));
    // Tangents leave and enter horizontally, so parallel edges fan out cleanly.
    QCOMPARE(c.control1.y(), c.start.y());
    QCOMPARE(c.control2.y(), c.end.y());
    QVERIFY(c.control1.x() > c.start.x());
    QVERIFY(c.control2.x() < c.end.x());
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
