// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Compare With Earlier Release: the release reviewed before is read on a worker with the open package's
// settings and compared with the open one by the engine `grantscope-cli compare` uses.
#include "app/MainWindow.h"

#include "app/Prompts.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "report/ReviewReport.h"
#include "review/ReleaseComparison.h"
#include "views/ReleaseComparisonDialog.h"

#include <QFutureWatcher>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace grantscope::ui {

void MainWindow::chooseReleaseToCompare(bool folder)
{
    if (!m_document->review())
        return;
    QStringList paths;
    if (folder) {
        const QString path = m_prompts->openFolder(this, tr("Choose the folder of the release reviewed before"));
        if (!path.isEmpty())
            paths << path;
    } else {
        paths = m_prompts->openFiles(this, tr("Choose the release reviewed before"),
            tr("Vendor packages (*.json *.yaml *.yml *.template *.tf *.zip);;All files (*)"));
    }
    if (!paths.isEmpty())
        compareWithRelease(paths);
}

void MainWindow::compareWithRelease(const QStringList& oldPaths)
{
    const Review* open = m_document->review();
    if (!open || oldPaths.isEmpty())
        return;
    statusBar()->showMessage(tr("Reading the earlier release %1…").arg(oldPaths.join(QStringLiteral(", "))));
    const LoadOptions options = open->options;
    auto* watcher = new QFutureWatcher<std::shared_ptr<Review>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, oldPaths] {
        watcher->deleteLater();
        const std::shared_ptr<Review> old = watcher->result();
        const Review* current = m_document->review();
        statusBar()->clearMessage();
        if (!old || !current)
            return;
        if (hasErrors(old->package.diagnostics)) {
            QStringList problems;
            for (const Diagnostic& d : old->package.diagnostics)
                if (d.severity == DiagnosticSeverity::Error)
                    problems << d.toString();
            m_prompts->error(this, tr("The earlier release cannot be read"), problems.join(QLatin1Char('\n')));
            return;
        }
        const ReleaseComparison comparison = compareReleases(*old, *current);
        auto* dialog = new ReleaseComparisonDialog(reportReleaseChanges(Catalog::bundled(), comparison, oldPaths),
            comparison, old, m_document->shared(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        Q_EMIT releaseCompared(dialog);
    });
    watcher->setFuture(QtConcurrent::run(
        [oldPaths, options] { return std::make_shared<Review>(loadReview(oldPaths, options, ReviewBaseline::Skip)); }));
}

} // namespace grantscope::ui
