// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: exporting the graph, the boundary (JSON, CloudFormation, Terraform) and the review report.
#include "app/MainWindow.h"

#include "activity/ActivityView.h"
#include "app/Prompts.h"
#include "boundary/BoundaryParts.h"
#include "boundary/BoundarySnippets.h"
#include "catalog/Catalog.h"
#include "common/AtomicFile.h"
#include "common/Text.h"
#include "document/ReviewDocument.h"
#include "graph/GraphPanel.h"
#include "report/PdfReport.h"
#include "report/ReviewReport.h"

#include <QStatusBar>

namespace grantscope::ui {

void MainWindow::exportGraph(bool svg)
{
    const QString path = m_prompts->saveFile(this, svg ? tr("Export graph as SVG") : tr("Export graph as PNG"),
        svg ? QStringLiteral("access-graph.svg") : QStringLiteral("access-graph.png"),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const bool ok = svg ? m_graph->exportSvg(path) : m_graph->exportPng(path);
    if (!ok)
        m_prompts->error(this, tr("Export failed"), tr("Could not write %1").arg(path));
}

void MainWindow::exportBoundary()
{
    m_document->waitForBoundary(); // the draft's own evaluation, not the one of the edit before
    const std::shared_ptr<const BoundaryEvaluation> boundary = m_document->boundary();
    if (!boundary || !m_document->review())
        return;
    // Too large for one managed policy: written as the command line writes it, the denies in further
    // policies attached to the role. Refused only when even parts cannot hold it (an Allow list too long).
    const BoundaryParts parts
        = BoundaryParts::split(Catalog::bundled(), boundary->policy, boundary->compacted, boundary->draft.name);
    if (!parts.fits) {
        QString why;
        for (const Diagnostic& d : parts.diagnostics)
            why += d.message + QLatin1Char('\n');
        m_prompts->error(this, tr("The boundary does not fit"), why);
        return;
    }
    const QString path = m_prompts->saveFile(this, tr("Export permissions boundary"), QStringLiteral("boundary.json"),
        tr("IAM policy (*.json);;CloudFormation template (*.yaml);;Terraform configuration (*.tf)"));
    if (path.isEmpty())
        return;
    const std::string text = writeBoundary(
        parts, boundaryFormatForFile(path), boundary->draft.name, boundaryTargets(m_document->review()->package));
    QString error;
    // Text from the package is written with its disguising characters escaped, as the command line does.
    if (!writeFileAtomically(path, visibleControls(text), &error))
        m_prompts->error(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
    else
        statusBar()->showMessage(parts.parts.size() == 1
                ? tr("Boundary written to %1").arg(path)
                : tr("Boundary written to %1 as %2 managed policies: the first is the permissions boundary, attach "
                     "the others to the role")
                      .arg(path)
                      .arg(parts.parts.size()),
            10000);
}

void MainWindow::exportReport()
{
    const Review* r = m_document->review();
    if (!r)
        return;
    const QString path = m_prompts->saveFile(this, tr("Export review report"), QStringLiteral("review.html"),
        tr("HTML report (*.html);;PDF report (*.pdf);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    m_document->waitForBoundary(); // the draft's own evaluation, not the one of the edit before
    const std::shared_ptr<const BoundaryEvaluation> boundary = m_document->boundary();
    // The reviewer's decisions and notes go into the report as the saved review would give them.
    const ReviewSession session = currentSession();
    ReviewReport report = buildReviewReport(*r, &session, boundary.get());
    // The session above records the files as they are now: the changes found when the review was opened stand.
    report.packageChanges = m_document->packageChanges();
    QString error;
    bool ok = false;
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        ok = PdfReport::write(visibleControls(reportToHtml(report)), path, &error);
    else if (path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
        ok = writeFileAtomically(path, visibleControls(reportToMarkdown(report)), &error);
    else
        ok = writeFileAtomically(path, visibleControls(reportToHtml(report)), &error);
    if (!ok)
        m_prompts->error(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("Report written to %1").arg(path), 5000);
}

void MainWindow::openTrails()
{
    if (!m_document->review())
        return;
    const QString folder = m_prompts->openFolder(this, tr("Read CloudTrail: the folder of the trail's deliveries"));
    if (!folder.isEmpty()) {
        m_activity->readTrails({ folder });
        showView(View::Activity);
    }
}

void MainWindow::exportRightsized(const QString& role)
{
    const std::shared_ptr<const CompactedBoundary> policy = m_activity->rightsized();
    if (!policy)
        return;
    if (!policy->fits) {
        QString why;
        for (const Diagnostic& d : policy->diagnostics)
            why += d.message + QLatin1Char('\n');
        m_prompts->error(this, tr("The rightsized policy does not fit"), why);
        return;
    }
    const QString path = m_prompts->saveFile(this, tr("Export the rightsized policy of %1").arg(role),
        QStringLiteral("rightsized-policy.json"),
        tr("IAM policy (*.json);;CloudFormation template (*.yaml);;Terraform configuration (*.tf)"));
    if (path.isEmpty())
        return;
    // A managed policy to attach instead of the vendor's: no role takes it as a boundary.
    const std::string text = writeBoundary(*policy, boundaryFormatForFile(path), role.toStdString() + "Rightsized", {});
    QString error;
    if (!writeFileAtomically(path, visibleControls(text), &error))
        m_prompts->error(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("Rightsized policy written to %1").arg(path), 5000);
}

} // namespace grantscope::ui
