// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Prompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace grantscope::ui {

QStringList DialogPrompts::openFiles(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, title, {}, filter);
}

QString DialogPrompts::openFolder(QWidget* parent, const QString& title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

QString DialogPrompts::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void DialogPrompts::error(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace grantscope::ui
