// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace grantscope::ui {

/**
 * Every modal question the window asks goes through this interface, so tests can answer without a
 * dialog on screen. The default implementation uses QFileDialog and QMessageBox.
 */
class Prompts {
public:
    /** The answer to "save your changes?". */
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~Prompts() = default;
    virtual QStringList openFiles(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString openFolder(QWidget* parent, const QString& title) = 0;
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
        = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    /** A yes/no question; true for yes. */
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual SaveChoice askToSave(QWidget* parent, const QString& title, const QString& text) = 0;
};

class DialogPrompts : public Prompts {
public:
    QStringList openFiles(QWidget* parent, const QString& title, const QString& filter) override;
    QString openFolder(QWidget* parent, const QString& title) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    SaveChoice askToSave(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace grantscope::ui
