// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "catalog/AccessLevel.h"

#include <QFutureWatcher>
#include <QGraphicsView>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace grantscope {
struct ActionUse;
struct BoundaryEvaluation;
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class AccessGraph;
class GraphEdgeItem;
class GraphNodeItem;
struct ReleaseMarks;

/**
 * The access graph of a review (objectName "accessGraph"): principals → role → policies →
 * services → actions → resources, coloured by the highest finding that touches each node. Only
 * visible nodes get items; a click on a service or policy expands or collapses it and lays out
 * again what is visible. Hover shows the granting statements; Ctrl+wheel and +/- zoom, dragging
 * pans. Exports the scene as SVG or PNG.
 *
 * The graph of a large package (kBackgroundPolicies policies or more) is built on a worker: until it
 * arrives the view shows the previous graph's place emptied and isBuilding() is true; a newer review
 * drops a build still running.
 */
class AccessGraphView : public QGraphicsView {
    Q_OBJECT

public:
    /** From this many permission policies on, the graph is built off the GUI thread. */
    static constexpr size_t kBackgroundPolicies = 64;

    explicit AccessGraphView(QWidget* parent = nullptr);
    ~AccessGraphView() override;

    /**
     * Builds the graph of `review` against the bundled catalogue (nullptr: empty): at once for a small
     * package, on a worker for a large one (`graphBuilt` follows).
     */
    void setReview(std::shared_ptr<const Review> review);
    /** A graph is being built on a worker. */
    bool isBuilding() const { return m_building != 0; }
    /**
     * Greys what `boundary` takes away (actions, whole services) and the nodes whose findings it
     * mitigates; kept across setReview until replaced. nullptr clears it.
     */
    void setBoundary(std::shared_ptr<const BoundaryEvaluation> boundary);
    /**
     * Marks the action edges CloudTrail saw used (heavier) and the granted actions never used (dotted), for
     * the review shown; a new review drops the marks (its activity is measured again). nullptr clears them.
     */
    void setActivity(std::shared_ptr<const ActionUse> use);
    /**
     * Marks how the review shown compares with another release (AccessGraph::setReleaseMarks); kept across
     * setReview until replaced. nullptr clears them.
     */
    void setReleaseMarks(std::shared_ptr<const ReleaseMarks> marks);
    const AccessGraph* graph() const { return m_graph.get(); }

    void setSeverityFilter(std::optional<Severity> minimum);
    void setServiceFilter(const QString& services);
    void setSearchText(const QString& text);
    void setAccessLevelFilter(AccessLevels levels);

    /** Expands or collapses a node, or for a "More" node shows more; keeps the node under the cursor. */
    void activateNode(int nodeId);
    void setExpanded(int nodeId, bool expanded);

    /** Selects and centres the nodes of a finding (expanding what it takes) and dims the rest; -1 clears. */
    void highlightFinding(int findingIndex);
    int highlightedFinding() const { return m_highlight; }

    GraphNodeItem* itemForNode(int nodeId) const;
    int nodeItemCount() const { return static_cast<int>(m_items.size()); }
    int edgeItemCount() const { return static_cast<int>(m_edges.size()); }
    QString toolTipForNode(int nodeId) const;

    qreal zoom() const;
    void zoomIn();
    void zoomOut();
    void fitToView();

    bool exportSvg(const QString& path);
    bool exportPng(const QString& path);

Q_SIGNALS:
    /** After every relayout: how many nodes are drawn, out of how many built. */
    void graphChanged(int visibleNodes);
    /** The graph of the review last given has been built (at once or on a worker) and laid out. */
    void graphBuilt();
    void nodeActivated(int nodeId);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showGraph(std::shared_ptr<AccessGraph> graph);
    void relayout();
    void syncSceneLook();
    void applyHighlight();
    void zoomBy(qreal factor);
    int nodeAt(const QPoint& viewportPos) const;

    std::shared_ptr<AccessGraph> m_graph;
    QFutureWatcher<std::shared_ptr<AccessGraph>>* m_builder = nullptr;
    quint64 m_generation = 0; // of the review last given
    quint64 m_building = 0; // generation the worker builds; 0: none
    std::shared_ptr<const BoundaryEvaluation> m_boundary;
    std::shared_ptr<const ActionUse> m_activity;
    std::shared_ptr<const ReleaseMarks> m_release;
    void applyReleaseMarks();
    void applyBoundary();
    QGraphicsScene* m_scene;
    std::map<int, GraphNodeItem*> m_items;
    std::vector<GraphEdgeItem*> m_edges;
    std::vector<QGraphicsItem*> m_headers;
    int m_highlight = -1;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace grantscope::ui
