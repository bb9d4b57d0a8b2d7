// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the docks around the views (package, source, problems, notes) and how they share a small screen.
#include "app/MainWindow.h"

#include "document/ReviewDocument.h"
#include "editor/PolicyEditorPanel.h"
#include "models/DiagnosticsModel.h"
#include "models/PackageTreeModel.h"
#include "views/FindingsView.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScreen>
#include <QShowEvent>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace grantscope::ui {

namespace {
// Below this window width the package and the source side by side leave the views too little room (the
// findings' columns, the policy summary's resources, the composer's counts): they share the right side.
constexpr int kSideBySideDocksWidth = 1500;
} // namespace

void MainWindow::createDocks()
{
    m_packageModel = new PackageTreeModel(m_document, this);
    m_packageTree = new QTreeView(this);
    m_packageTree->setObjectName(QStringLiteral("packageTree"));
    m_packageTree->setModel(m_packageModel);
    m_packageTree->setHeaderHidden(false);
    m_packageTree->setAccessibleName(tr("Package contents"));
    // The names are what tells the package's items apart: their column is as wide as they are, and in a
    // narrow dock the type and location scroll sideways instead.
    connect(m_packageModel, &QAbstractItemModel::modelReset, m_packageTree,
        [this] { m_packageTree->resizeColumnToContents(0); });
    auto* packageDock = new QDockWidget(tr("Package"), this);
    packageDock->setObjectName(QStringLiteral("packageDock"));
    packageDock->setWidget(m_packageTree);
    addDockWidget(Qt::LeftDockWidgetArea, packageDock);
    connect(m_packageTree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        openLocation(index.data(PackageTreeModel::FileRole).toString(), index.data(PackageTreeModel::LineRole).toInt(),
            index.data(PackageTreeModel::ColumnRole).toInt());
    });

    m_editor = new PolicyEditorPanel(this);
    m_editor->setReviewDocument(m_document);
    auto* editorDock = new QDockWidget(tr("Source"), this);
    editorDock->setObjectName(QStringLiteral("editorDock"));
    editorDock->setWidget(m_editor);
    addDockWidget(Qt::RightDockWidgetArea, editorDock);

    m_diagnosticsModel = new DiagnosticsModel(m_document, this);
    m_problems = new QTableView(this);
    m_problems->setObjectName(QStringLiteral("problemsView"));
    m_problems->setModel(m_diagnosticsModel);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    auto* problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    problemsDock->hide(); // shown when a package has problems
    connect(m_problems, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const int finding = index.data(DiagnosticsModel::FindingIndexRole).toInt(); finding >= 0)
            m_document->setCurrentFinding(finding);
        openLocation(index.data(DiagnosticsModel::FileRole).toString(), index.data(DiagnosticsModel::LineRole).toInt(),
            index.data(DiagnosticsModel::ColumnRole).toInt());
    });

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setPlaceholderText(
        tr("Your notes on this package: what the vendor confirmed, what to ask, what was decided."));
    m_notes->setAccessibleName(tr("Review notes"));
    auto* notesDock = new QDockWidget(tr("Notes"), this);
    notesDock->setObjectName(QStringLiteral("notesDock"));
    notesDock->setWidget(m_notes);
    addDockWidget(Qt::BottomDockWidgetArea, notesDock);
    notesDock->hide();
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_document->setNotes(m_notes->toPlainText()); });
    connect(m_document, &ReviewDocument::notesChanged, this, [this] {
        if (m_notes->toPlainText() != m_document->notes()) {
            const QSignalBlocker blocker(m_notes);
            m_notes->setPlainText(m_document->notes());
        }
        if (!m_document->notes().isEmpty())
            if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("notesDock")); dock && dock->isHidden()) {
                dock->show();
                resizeDocks({ dock }, { 120 }, Qt::Vertical);
            }
    });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_docksFitted)
        return;
    m_docksFitted = true;
    // Only the first layout is chosen here: a layout the reviewer saved, or changed since, is theirs.
    if (m_savedLayout || width() >= kSideBySideDocksWidth)
        return;
    auto* package = findChild<QDockWidget*>(QStringLiteral("packageDock"));
    auto* source = findChild<QDockWidget*>(QStringLiteral("editorDock"));
    if (!package || !source)
        return;
    tabifyDockWidget(source, package);
    resizeDocks({ source }, { std::max(260, width() / 4) }, Qt::Horizontal);
    package->raise(); // the source comes to the front when a finding or an item is opened
}

QSize MainWindow::defaultSize() const
{
    // As large as is comfortable, never larger than the screen: a window wider than its screen cannot be
    // used, and its docks would be laid out for a width nobody sees.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    return { std::min(1600, available.width()), std::min(1000, available.height()) };
}

} // namespace grantscope::ui
