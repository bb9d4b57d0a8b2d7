// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the File > Open Recent menu, kept in the settings and pruned of packages gone since.
#include "app/MainWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

#include <algorithm>

namespace grantscope::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentPackages");
} // namespace

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    int shown = 0;
    for (const QString& entry : recent) {
        const QStringList paths = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // A package moved or deleted since is left out rather than offered to fail.
        if (paths.isEmpty()
            || !std::all_of(paths.begin(), paths.end(), [](const QString& p) { return QFileInfo::exists(p); }))
            continue;
        QStringList names;
        for (const QString& p : paths)
            names << QFileInfo(p).fileName();
        QAction* a = m_recentMenu->addAction(names.join(QStringLiteral(", ")));
        a->setToolTip(paths.join(QLatin1Char('\n')));
        connect(a, &QAction::triggered, this, [this, paths] { openPaths(paths); });
        ++shown;
    }
    if (shown > 0) {
        m_recentMenu->addSeparator();
        QAction* clear = m_recentMenu->addAction(tr("&Clear Recent"));
        clear->setObjectName(QStringLiteral("actionClearRecent"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(shown > 0);
}

void MainWindow::addRecent(const QStringList& paths)
{
    QStringList absolute;
    for (const QString& p : paths)
        absolute << QFileInfo(p).absoluteFilePath();
    const QString entry = absolute.join(QLatin1Char('\n'));
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

} // namespace grantscope::ui
