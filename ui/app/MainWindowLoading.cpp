// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a package: the loader on its worker, its progress and Cancel in the status bar, and the review it
// gives applied to the window (Problems dock, status message, recent files).
#include "app/MainWindow.h"

#include "app/ReviewLoader.h"
#include "document/ReviewDocument.h"
#include "editor/PolicyEditorPanel.h"
#include "report/SubjectLabels.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>
#include <climits>

namespace grantscope::ui {

void MainWindow::openPaths(const QStringList& paths)
{
    if (m_loader->isRunning())
        return;
    if (isReviewFile(paths)) {
        openSession(paths.front());
        return;
    }
    if (!m_pendingSession && !maybeSave())
        return;
    m_loadingPaths = paths;
    m_progress->setRange(0, 0); // busy until the loader says how many files there are
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Reading %1...").arg(QFileInfo(paths.value(0)).fileName()));
    m_loader->start(paths, m_options);
}

void MainWindow::openPathsNow(const QStringList& paths)
{
    if (isReviewFile(paths)) {
        openSessionNow(paths.front());
        return;
    }
    m_loadingPaths = paths;
    applyReview(loadSharedReview(paths, m_options));
}

bool MainWindow::isLoading() const
{
    return m_loader->isRunning();
}

void MainWindow::cancelLoading()
{
    m_loader->cancel();
    m_progress->hide();
    m_cancel->hide();
    statusBar()->showMessage(tr("Loading cancelled"), 5000);
}

void MainWindow::loadingProgress(WorkStage stage, qsizetype done, qsizetype total)
{
    const int max = static_cast<int>(std::min<qsizetype>(total, INT_MAX));
    m_progress->setRange(0, max);
    m_progress->setValue(static_cast<int>(std::min<qsizetype>(done, max)));
    QString text;
    switch (stage) {
    case WorkStage::Reading:
        text = tr("Reading files: %1 of %2").arg(done).arg(total);
        break;
    case WorkStage::Analysing:
        text = tr("Analysing: %1 of %2 roles and policies").arg(done).arg(total);
        break;
    case WorkStage::Comparing:
        text = tr("Evaluating what each policy grants: %1 of %2").arg(done).arg(total);
        break;
    }
    statusBar()->showMessage(text);
}

void MainWindow::loadingDone(std::shared_ptr<Review> review, bool cancelled)
{
    m_progress->hide();
    m_cancel->hide();
    if (cancelled) {
        m_pendingSession.reset();
        Q_EMIT loadFinished(false);
        return;
    }
    applyReview(std::move(review));
}

void MainWindow::applyReview(std::shared_ptr<Review> review)
{
    const bool ok = review && !review->package.empty();
    m_paths = m_loadingPaths;
    if (!m_pendingSession)
        discardAutosave(); // the review it held was closed (saved, or discarded by the reviewer)
    m_document->setReview(std::move(review));
    QStringList names;
    for (const QString& p : m_paths)
        names << QFileInfo(p).fileName();
    const bool session = m_pendingSession.has_value();
    if (!session) {
        m_sessionPath.clear();
        // Only what opened goes to Recent: a path that failed would fail again from the menu.
        if (ok && !hasErrors(m_document->review()->package.diagnostics))
            addRecent(m_paths);
    }
    const Review* r = m_document->review();
    const size_t notReviewed = r ? notReviewedFindings(r->analysis).size() : 0;
    // The Problems dock is there when there is something in it, and only then.
    if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("problemsDock")))
        dock->setVisible(notReviewed > 0 || (r && !r->package.diagnostics.empty()));
    if (notReviewed > 0) {
        // What the review could not see is said first, before any other message.
        statusBar()->showMessage(notReviewed == 1
                ? tr("1 part of the package can grant access and was not reviewed: see Problems")
                : tr("%1 parts of the package can grant access and were not reviewed: see Problems").arg(notReviewed),
            15000);
        if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("problemsDock")))
            dock->show();
    } else if (r && hasErrors(r->package.diagnostics)) {
        statusBar()->showMessage(tr("Some files could not be read: see Problems"), 10000);
        if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("problemsDock")))
            dock->show();
    } else if (r && !r->package.diagnostics.empty()) {
        if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("problemsDock")))
            dock->show();
    } else if (r && r->package.empty()) {
        statusBar()->showMessage(tr("Nothing to review: no role or policy found"), 10000);
    } else {
        statusBar()->showMessage(tr("Opened %1").arg(names.join(QStringLiteral(", "))), 5000);
    }
    if (r && !r->package.files.empty())
        m_editor->showFile(r->package.files.front());
    if (session)
        applySession(); // after the editor shows the first file: the session's finding may show another
    updateTitle();
    Q_EMIT loadFinished(ok);
}

void MainWindow::updateStatus()
{
    const Review* r = m_document->review();
    if (!r) {
        m_statusCounts->setText(tr("No package open"));
        return;
    }
    int counts[5] = { 0, 0, 0, 0, 0 };
    for (const Finding& f : r->analysis.findings)
        ++counts[static_cast<int>(f.severity)];
    // Users, groups and resource policies are subjects too, but "role" here means a role.
    const auto roles = std::count_if(
        r->package.roles.begin(), r->package.roles.end(), [](const RoleRecord& role) { return role.kind == "role"; });
    m_statusCounts->setText(
        tr("%n role(s), %1 findings: %2 critical, %3 high, %4 medium, %5 low", nullptr, static_cast<int>(roles))
            .arg(r->analysis.findings.size())
            .arg(counts[4])
            .arg(counts[3])
            .arg(counts[2])
            .arg(counts[1]));
}

} // namespace grantscope::ui
