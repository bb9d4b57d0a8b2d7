// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QStringList>

class QLabel;

namespace grantscope::ui {

/** The reviewer's main window: opens vendor packages and hosts the review views. */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /** Opens files, folders or zips given on the command line or chosen in the Open dialog. */
    void openPaths(const QStringList& paths);
    QStringList openedPaths() const { return m_paths; }

private:
    void createActions();
    void showAbout();

    QStringList m_paths;
    QLabel* m_placeholder = nullptr;
};

} // namespace grantscope::ui
