// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/AccessGraphView.h"

#include "activity/ActivityReview.h"

#include "graph/AccessGraph.h"
#include "graph/GraphEdgeItem.h"
#include "graph/GraphExporter.h"
#include "graph/GraphLayout.h"
#include "graph/GraphNodeItem.h"
#include "graph/GraphStyle.h"
#include "graph/GraphToolTip.h"

#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <set>

namespace grantscope::ui {

namespace {

constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kMinFitZoom = 0.45; // labels are still drawn (GraphNodeItem drops them below 0.35)
constexpr qreal kZoomStep = 1.25;
constexpr qreal kDimmed = 0.2;

QString columnTitle(int layer)
{
    switch (static_cast<GraphNodeKind>(layer)) {
    case GraphNodeKind::Principal:
        return QCoreApplication::translate("AccessGraphView", "Trusted principals");
    case GraphNodeKind::Role:
        return QCoreApplication::translate("AccessGraphView", "Roles, users, resource policies");
    case GraphNodeKind::Policy:
        return QCoreApplication::translate("AccessGraphView", "Policies");
    case GraphNodeKind::Service:
        return QCoreApplication::translate("AccessGraphView", "Services");
    case GraphNodeKind::Action:
        return QCoreApplication::translate("AccessGraphView", "Actions");
    case GraphNodeKind::Resource:
        return QCoreApplication::translate("AccessGraphView", "Resources");
    case GraphNodeKind::More:
        break;
    }
    return {};
}

} // namespace

AccessGraphView::AccessGraphView(QWidget* parent)
    : QGraphicsView(parent)
    , m_graph(std::make_shared<AccessGraph>())
    , m_builder(new QFutureWatcher<std::shared_ptr<AccessGraph>>(this))
    , m_scene(new QGraphicsScene(this))
{
    connect(m_builder, &QFutureWatcher<std::shared_ptr<AccessGraph>>::finished, this, [this] {
        // A build replaced by a newer one is not reported; the generation guards a result that raced it.
        if (m_building != m_generation)
            return;
        m_building = 0;
        showGraph(m_builder->result());
    });
    setObjectName(QStringLiteral("accessGraph"));
    setAccessibleName(tr("Access graph"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    syncSceneLook();
    setBackgroundBrush(palette().brush(QPalette::Base));
    relayout();
}

AccessGraphView::~AccessGraphView() = default;

void AccessGraphView::syncSceneLook()
{
    // A palette inherited from a parent has an empty resolve mask, and the scene would fill
    // every unresolved role from the application palette: mark them all as set.
    QPalette p = palette();
    p.setResolveMask(~QPalette::ResolveMask(0));
    m_scene->setPalette(p);
    QFont f = font();
    f.setResolveMask(~uint(0));
    m_scene->setFont(f);
}

void AccessGraphView::setReview(std::shared_ptr<const Review> review)
{
    for (auto& [id, item] : m_items)
        delete item;
    m_items.clear();
    m_highlight = -1;
    m_activity.reset();
    const quint64 generation = ++m_generation;
    if (review && review->expansions.size() >= kBackgroundPolicies) {
        // Meanwhile an empty graph: nothing of the previous package stays on screen or under the mouse.
        const GraphFilter filter = m_graph->filter();
        m_graph = std::make_shared<AccessGraph>();
        m_graph->setFilter(filter);
        relayout();
        m_building = generation;
        m_builder->setFuture(QtConcurrent::run(
            [review = std::move(review)] { return std::make_shared<AccessGraph>(review, Catalog::bundled()); }));
        return;
    }
    m_building = 0;
    m_builder->cancel(); // a large build still running is stale
    showGraph(review ? std::make_shared<AccessGraph>(std::move(review), Catalog::bundled())
                     : std::make_shared<AccessGraph>());
}

void AccessGraphView::showGraph(std::shared_ptr<AccessGraph> graph)
{
    // The filter set while a worker built the graph is the reviewer's latest.
    graph->setFilter(m_graph->filter());
    for (auto& [id, item] : m_items)
        delete item;
    m_items.clear();
    m_graph = std::move(graph);
    applyBoundary();
    applyReleaseMarks();
    if (m_activity && m_graph->review()) // read while the graph was being built
        m_graph->setActivity(m_activity->used, m_activity->unused, m_activity->unobservable);
    relayout();
    resetTransform();
    fitToView();
    Q_EMIT graphBuilt();
}

void AccessGraphView::setActivity(std::shared_ptr<const ActionUse> use)
{
    m_activity = std::move(use);
    if (!m_graph->review())
        return;
    if (m_activity) {
        m_graph->setActivity(m_activity->used, m_activity->unused, m_activity->unobservable);
    } else {
        const ActionSet& none = Catalog::bundled().emptySet();
        m_graph->setActivity(none, none, none);
    }
    relayout();
}

void AccessGraphView::setReleaseMarks(std::shared_ptr<const ReleaseMarks> marks)
{
    m_release = std::move(marks);
    applyReleaseMarks();
    relayout();
}

void AccessGraphView::applyReleaseMarks()
{
    if (!m_graph->review())
        return;
    m_graph->setReleaseMarks(m_release ? *m_release : ReleaseMarks {});
}

void AccessGraphView::setBoundary(std::shared_ptr<const BoundaryEvaluation> boundary)
{
    m_boundary = std::move(boundary);
    applyBoundary();
    // Badges change width ("MITIGATED"): lay out again, keeping the reviewer's zoom and position.
    relayout();
}

void AccessGraphView::applyBoundary()
{
    if (!m_graph->review())
        return;
    std::vector<MitigationState> states;
    if (m_boundary) {
        states.reserve(m_boundary->diff.findings.size());
        for (const FindingOutcome& o : m_boundary->diff.findings)
            states.push_back(o.state);
        m_graph->setBoundaryEffect(m_boundary->diff.removed(), states);
    } else {
        m_graph->setBoundaryEffect(Catalog::bundled().emptySet(), states);
    }
}

void AccessGraphView::setSeverityFilter(std::optional<Severity> minimum)
{
    GraphFilter f = m_graph->filter();
    f.minimumSeverity = minimum;
    m_graph->setFilter(f);
    relayout();
}

void AccessGraphView::setServiceFilter(const QString& services)
{
    GraphFilter f = m_graph->filter();
    f.services = services;
    m_graph->setFilter(f);
    relayout();
}

void AccessGraphView::setSearchText(const QString& text)
{
    GraphFilter f = m_graph->filter();
    f.search = text;
    m_graph->setFilter(f);
    relayout();
}

void AccessGraphView::setAccessLevelFilter(AccessLevels levels)
{
    GraphFilter f = m_graph->filter();
    f.accessLevels = levels;
    m_graph->setFilter(f);
    relayout();
}

void AccessGraphView::setExpanded(int nodeId, bool expanded)
{
    m_graph->setExpanded(nodeId, expanded);
    relayout();
}

void AccessGraphView::activateNode(int nodeId)
{
    if (nodeId < 0 || nodeId >= m_graph->nodeCount())
        return;
    const GraphNode& node = m_graph->node(nodeId);
    if (!node.expandable)
        return;
    // Keep what was clicked where it was: after a relayout everything else may move.
    const int anchor = node.kind == GraphNodeKind::More ? node.parent : nodeId;
    const GraphNodeItem* before = itemForNode(anchor);
    const QPoint was = before ? mapFromScene(before->pos()) : QPoint();
    if (node.kind == GraphNodeKind::More)
        m_graph->showMore(nodeId);
    else
        m_graph->setExpanded(nodeId, !m_graph->isExpanded(nodeId));
    relayout();
    if (const GraphNodeItem* after = itemForNode(anchor); after && before) {
        const QPoint delta = mapFromScene(after->pos()) - was;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() + delta.y());
    }
}

GraphNodeItem* AccessGraphView::itemForNode(int nodeId) const
{
    auto it = m_items.find(nodeId);
    return it == m_items.end() ? nullptr : it->second;
}

QString AccessGraphView::toolTipForNode(int nodeId) const
{
    return GraphToolTip::forNode(*m_graph, nodeId);
}

void AccessGraphView::relayout()
{
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (m_graph->isVisible(it->first)) {
            ++it;
            continue;
        }
        delete it->second;
        it = m_items.erase(it);
    }
    for (GraphEdgeItem* e : m_edges)
        delete e;
    m_edges.clear();
    for (QGraphicsItem* h : m_headers)
        delete h;
    m_headers.clear();

    const std::vector<int>& visible = m_graph->visibleNodes();
    const QFont font = m_scene->font();
    const QFont header = GraphStyle::headerFont(font);
    std::vector<int> indexOf(static_cast<size_t>(m_graph->nodeCount()), -1);
    std::vector<LayoutNode> nodes;
    nodes.reserve(visible.size());
    std::map<int, qreal> columnWidth;
    for (int id : visible) {
        indexOf[static_cast<size_t>(id)] = static_cast<int>(nodes.size());
        nodes.push_back({ m_graph->node(id).layer, GraphNodeItem::sizeFor(m_graph->node(id), font) });
        qreal& w = columnWidth[nodes.back().layer];
        w = std::max(w, nodes.back().size.width());
    }
    // One width per column: the boxes line up like a table and every edge leaves from the same x.
    for (LayoutNode& n : nodes)
        n.size.setWidth(columnWidth[n.layer]);
    std::vector<LayoutEdge> edges;
    edges.reserve(m_graph->visibleEdges().size());
    for (const GraphEdge& e : m_graph->visibleEdges())
        edges.push_back({ indexOf[static_cast<size_t>(e.from)], indexOf[static_cast<size_t>(e.to)] });

    LayoutOptions options;
    options.headerHeight = QFontMetricsF(header).height() + 14;
    const LayoutResult result = GraphLayout(options).layout(nodes, edges);

    for (size_t i = 0; i < visible.size(); ++i) {
        const int id = visible[i];
        GraphNodeItem*& item = m_items[id];
        if (!item) {
            item = new GraphNodeItem(m_graph.get(), id);
            m_scene->addItem(item);
        }
        item->setSize(result.rects[i].size());
        item->setPos(result.rects[i].topLeft());
        item->update();
    }
    for (size_t i = 0; i < edges.size(); ++i) {
        const GraphEdge& e = m_graph->visibleEdges()[i];
        const std::optional<Severity> a = m_graph->node(e.from).severity;
        const std::optional<Severity> b = m_graph->node(e.to).severity;
        const std::optional<Severity> severity = a && b ? std::optional(std::min(*a, *b)) : std::nullopt;
        auto* item = new GraphEdgeItem(e.from, e.to,
            GraphLayout::edgeCurve(
                result.rects[static_cast<size_t>(edges[i].from)], result.rects[static_cast<size_t>(edges[i].to)]),
            severity, e.summary);
        if (m_graph->node(e.to).kind == GraphNodeKind::Action)
            item->setUse(m_graph->node(e.to).use);
        m_scene->addItem(item);
        m_edges.push_back(item);
    }
    for (const LayoutColumn& column : result.columns) {
        auto* title = new QGraphicsSimpleTextItem(columnTitle(column.layer));
        title->setFont(header);
        title->setBrush(GraphStyle::secondaryText(m_scene->palette()));
        const qreal w = title->boundingRect().width();
        title->setPos(column.rect.center().x() - w / 2, options.margin);
        m_scene->addItem(title);
        m_headers.push_back(title);
    }
    QRectF bounds = result.bounds;
    if (visible.empty()) {
        auto* empty = new QGraphicsSimpleTextItem(m_graph->review()
                ? tr("Nothing matches the filters.")
                : tr("Open a vendor package to see the access it asks for."));
        empty->setBrush(GraphStyle::secondaryText(m_scene->palette()));
        m_scene->addItem(empty);
        m_headers.push_back(empty);
        bounds = empty->sceneBoundingRect().adjusted(-24, -24, 24, 24);
    }
    m_scene->setSceneRect(bounds);
    applyHighlight();
    Q_EMIT graphChanged(static_cast<int>(visible.size()));
}

void AccessGraphView::applyHighlight()
{
    std::set<int> touched;
    if (m_highlight >= 0)
        for (int id : m_graph->nodesOfFinding(m_highlight))
            if (m_graph->isVisible(id))
                touched.insert(id);
    const bool dimming = !touched.empty();
    m_scene->clearSelection();
    for (auto& [id, item] : m_items) {
        const bool in = touched.count(id) > 0;
        item->setOpacity(dimming && !in ? kDimmed : 1.0);
        item->setSelected(in);
    }
    for (GraphEdgeItem* e : m_edges) {
        const bool in = touched.count(e->fromNode()) > 0 && touched.count(e->toNode()) > 0;
        e->setOpacity(dimming && !in ? kDimmed : 1.0);
    }
}

void AccessGraphView::highlightFinding(int findingIndex)
{
    m_highlight = findingIndex;
    if (findingIndex < 0) {
        applyHighlight();
        return;
    }
    m_graph->reveal(findingIndex);
    relayout();
    QRectF area;
    for (QGraphicsItem* item : m_scene->selectedItems())
        area = area.isNull() ? item->sceneBoundingRect() : area.united(item->sceneBoundingRect());
    if (area.isNull())
        return;
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    if (area.width() <= shown.width() && area.height() <= shown.height()) {
        centerOn(area.center());
        return;
    }
    fitInView(area.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    zoomBy(1.0); // clamps
}

qreal AccessGraphView::zoom() const
{
    return transform().m11();
}

void AccessGraphView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const qreal f = target / zoom();
    if (!qFuzzyCompare(f, 1.0))
        scale(f, f);
}

void AccessGraphView::zoomIn()
{
    zoomBy(kZoomStep);
}

void AccessGraphView::zoomOut()
{
    zoomBy(1 / kZoomStep);
}

void AccessGraphView::fitToView()
{
    const QRectF r = m_scene->sceneRect();
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    // A small graph is not blown up beyond its natural size; a huge one (hundreds of services in
    // a column) is not shrunk into an unreadable sliver: it stays legible and can be panned.
    const qreal target = std::clamp(zoom(), kMinFitZoom, 1.0);
    zoomBy(target / zoom());
    centerOn(r.center());
}

bool AccessGraphView::exportSvg(const QString& path)
{
    return GraphExporter::toSvg(*m_scene, path, tr("Access graph"));
}

bool AccessGraphView::exportPng(const QString& path)
{
    return GraphExporter::toPng(*m_scene, path);
}

int AccessGraphView::nodeAt(const QPoint& viewportPos) const
{
    for (QGraphicsItem* item : items(viewportPos))
        if (const auto* node = qgraphicsitem_cast<const GraphNodeItem*>(item))
            return node->nodeId();
    return -1;
}

void AccessGraphView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void AccessGraphView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToView();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void AccessGraphView::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void AccessGraphView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const bool click = m_pressed && event->button() == Qt::LeftButton
        && (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    m_pressed = false;
    if (!click)
        return;
    if (const int id = nodeAt(event->position().toPoint()); id >= 0) {
        activateNode(id);
        Q_EMIT nodeActivated(id);
    }
}

bool AccessGraphView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int id = nodeAt(help->pos());
        if (id >= 0)
            QToolTip::showText(help->globalPos(), toolTipForNode(id), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void AccessGraphView::changeEvent(QEvent* event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        syncSceneLook();
        setBackgroundBrush(palette().brush(QPalette::Base));
        relayout();
    }
}

} // namespace grantscope::ui
