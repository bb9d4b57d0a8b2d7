// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphPanel.h"

#include "graph/AccessGraph.h"
#include "graph/AccessGraphView.h"
#include "graph/GraphStyle.h"
#include "graph/GraphText.h"

#include "document/ReviewDocument.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace grantscope::ui {

namespace {

QToolButton* toolButton(const QString& objectName, const QString& text, const QString& toolTip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

GraphPanel::GraphPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new AccessGraphView(this))
    , m_search(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_levels(toolButton(QStringLiteral("graphAccessLevels"), tr("Access levels"),
          tr("Show only actions of these access levels"), this))
    , m_legend(new QLabel(this))
    , m_status(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("graphPanel"));
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Search actions, services, policies, resources…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the access graph"));

    m_severity->setObjectName(QStringLiteral("graphSeverityFilter"));
    m_severity->setAccessibleName(tr("Minimum severity"));
    m_severity->addItem(tr("All nodes"), -1);
    for (Severity s : { Severity::Low, Severity::Medium, Severity::High, Severity::Critical })
        m_severity->addItem(s == Severity::Critical ? tr("Critical only") : tr("%1 and above").arg(severityName(s)),
            static_cast<int>(s));

    auto* levels = new QMenu(m_levels);
    for (AccessLevel level : kAccessLevels) {
        QAction* a = levels->addAction(accessLevelName(level));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(static_cast<int>(level));
        connect(a, &QAction::toggled, this, &GraphPanel::applyAccessLevels);
    }
    m_levels->setMenu(levels);
    m_levels->setPopupMode(QToolButton::InstantPopup);

    auto* fit = toolButton(QStringLiteral("graphFit"), tr("Fit"), tr("Zoom to fit the whole graph (0)"), this);
    auto* svg = toolButton(QStringLiteral("graphExportSvg"), tr("Export SVG…"), tr("Save the graph as SVG"), this);
    auto* png = toolButton(QStringLiteral("graphExportPng"), tr("Export PNG…"), tr("Save the graph as PNG"), this);
    m_exportSvg = svg;
    m_exportPng = png;
    m_legend->setObjectName(QStringLiteral("graphLegend"));
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_search->setMinimumWidth(160);
    // Its full width when there is room, wrapped between entries when there is not: it never makes the window
    // wider (two graphs side by side each have half of it).
    m_legend->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_legend->setMinimumWidth(1);
    m_legend->setWordWrap(true);
    updateLegend();

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 2);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_severity);
    bar->addWidget(m_levels);
    bar->addStretch(1);
    bar->addWidget(fit);
    bar->addWidget(svg);
    bar->addWidget(png);
    // The legend and the count have a row of their own: beside the tools they made the graph, and so the
    // window, wider than a laptop screen.
    auto* legendRow = new QHBoxLayout;
    legendRow->setContentsMargins(8, 0, 8, 2);
    legendRow->addWidget(m_legend, 1);
    legendRow->addSpacing(12);
    legendRow->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("graphProgress"));
    m_progress->setRange(0, 0); // busy while a large package's graph is built on a worker
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    legendRow->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addLayout(legendRow);
    layout->addWidget(m_view, 1);

    // Typing re-filters once the reviewer pauses, not on every keystroke of a long word.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, &GraphPanel::searchEdited);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_view->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_view->setSearchText(m_search->text());
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_severity->currentData().toInt();
        m_view->setSeverityFilter(s < 0 ? std::nullopt : std::optional(static_cast<Severity>(s)));
    });
    connect(fit, &QToolButton::clicked, m_view, &AccessGraphView::fitToView);
    connect(svg, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(true); });
    connect(png, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(false); });
    connect(m_view, &AccessGraphView::graphChanged, this, &GraphPanel::updateStatus);
    connect(m_view, &AccessGraphView::graphBuilt, m_progress, &QWidget::hide);
    updateStatus(0);
}

GraphPanel::GraphPanel(ReviewDocument* document, QWidget* parent)
    : GraphPanel(parent)
{
    setDocument(document);
}

void GraphPanel::highlightFinding(int findingIndex)
{
    m_view->highlightFinding(findingIndex);
}

bool GraphPanel::exportSvg(const QString& path)
{
    return m_view->exportSvg(path);
}

bool GraphPanel::exportPng(const QString& path)
{
    return m_view->exportPng(path);
}

void GraphPanel::setReview(std::shared_ptr<const Review> review)
{
    m_view->setReview(std::move(review));
    m_progress->setVisible(m_view->isBuilding());
    if (m_hasActivity) { // the view dropped the activity of the former review
        m_hasActivity = false;
        updateLegend();
    }
}

void GraphPanel::setActivity(std::shared_ptr<const ActionUse> use)
{
    m_hasActivity = use != nullptr;
    m_view->setActivity(std::move(use));
    updateLegend();
}

void GraphPanel::setReleaseMarks(std::shared_ptr<const ReleaseMarks> marks)
{
    m_releaseMark = marks ? marks->actionMark : ReleaseMark::None;
    m_view->setReleaseMarks(std::move(marks));
    updateLegend();
}

void GraphPanel::setExportable(bool exportable)
{
    m_exportSvg->setVisible(exportable);
    m_exportPng->setVisible(exportable);
}

void GraphPanel::setSearchText(const QString& text)
{
    if (m_search->text() == text)
        return;
    const QSignalBlocker blocker(m_search); // not the reviewer's edit: no searchEdited
    m_search->setText(text);
    m_searchDelay->stop();
    m_view->setSearchText(text);
}

QString GraphPanel::searchText() const
{
    return m_search->text();
}

void GraphPanel::setDocument(ReviewDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document) {
        setReview(nullptr);
        return;
    }
    connect(document, &ReviewDocument::reviewChanged, this, [this] { setReview(m_document->shared()); });
    connect(document, &ReviewDocument::currentFindingChanged, m_view, &AccessGraphView::highlightFinding);
    connect(document, &ReviewDocument::boundaryChanged, this, [this] { m_view->setBoundary(m_document->boundary()); });
    m_view->setBoundary(document->boundary());
    setReview(document->shared());
    m_view->highlightFinding(document->currentFinding());
}

void GraphPanel::applyAccessLevels()
{
    AccessLevels mask = 0;
    for (QAction* a : m_levels->menu()->actions())
        if (a->isChecked())
            mask |= static_cast<AccessLevels>(a->data().toInt());
    m_levels->setText(mask == kAllAccessLevels ? tr("Access levels") : tr("Access levels (filtered)"));
    m_view->setAccessLevelFilter(mask);
}

void GraphPanel::updateStatus(int visibleNodes)
{
    const AccessGraph* graph = m_view->graph();
    m_status->setText(graph && graph->review()
            ? countText("GraphPanel", visibleNodes, "%1 node shown", "%1 nodes shown")
            : QString());
}

void GraphPanel::updateLegend()
{
    const QPalette p = palette();
    auto swatch = [&](std::optional<Severity> s, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
            .arg(GraphStyle::accent(s, p).name(), text.toHtmlEscaped());
    };
    QStringList items { swatch(Severity::High, tr("Critical / high")),
        swatch(Severity::Medium, severityName(Severity::Medium)), swatch(Severity::Low, severityName(Severity::Low)),
        swatch(std::nullopt, tr("No finding")) };
    if (m_releaseMark != ReleaseMark::None) { // the rim of what differs from the other release
        const bool removed = m_releaseMark == ReleaseMark::Removed;
        items << QStringLiteral("<span style=\"color:%1\">▢</span>&nbsp;%2")
                     .arg(GraphStyle::release(removed, p).name(),
                         (removed ? tr("not in the newer release") : tr("new in this release")).toHtmlEscaped());
        items << QStringLiteral("<span style=\"color:%1\">┅</span>&nbsp;%2")
                     .arg(GraphStyle::release(false, p).name(), tr("access changed").toHtmlEscaped());
    }
    if (m_hasActivity) // how action edges are drawn once CloudTrail was read
        items << QStringLiteral("<b>━</b>&nbsp;") + tr("used").toHtmlEscaped() + QStringLiteral("&nbsp;&nbsp; ┈&nbsp;")
                + tr("never used").toHtmlEscaped();
    m_legend->setText(items.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void GraphPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLegend();
}

} // namespace grantscope::ui
