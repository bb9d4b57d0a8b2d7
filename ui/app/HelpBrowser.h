// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace grantscope::ui {

/**
 * The user guide (the README the application ships with, compiled in) in a window of its own, opened with
 * F1. Offline like the rest of the application: links to the web open in the system browser only when the
 * reviewer clicks them.
 */
class HelpBrowser : public QDialog {
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget* parent = nullptr);

    /** The guide's text as shipped (Markdown); empty if the resource is missing. */
    static QString guideText();

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace grantscope::ui
