// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace grantscope::ui {

class PolicyEditor;

/**
 * The find bar under the policy editor: type to search (every match is highlighted), Enter or F3
 * for the next match, Shift+Enter or Shift+F3 for the previous one, a match-case toggle, Escape to
 * close. Ctrl+F opens it from anywhere inside `shortcutScope`.
 */
class FindBar : public QWidget {
    Q_OBJECT

public:
    FindBar(PolicyEditor* editor, QWidget* shortcutScope, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    bool caseSensitive() const;
    void setCaseSensitive(bool on);
    /** "3 of 7", "7 matches" (the cursor is on none of them), "No matches" or empty, as the status label shows it. */
    QString statusText() const;

public Q_SLOTS:
    /** Shows the bar and focuses the search field, seeded with the editor's selection when it is one line. */
    void activate();
    void findNext();
    void findPrevious();
    /** Hides the bar, clears the match highlight and gives the focus back to the editor. */
    void dismiss();

Q_SIGNALS:
    /** After each search: whether a match was selected. */
    void searched(bool found);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void search(bool backward, bool fromSelectionStart);
    void refreshHighlight();
    void updateStatus();

    PolicyEditor* m_editor;
    QLineEdit* m_edit;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_case;
    QToolButton* m_close;
    QLabel* m_status;
};

} // namespace grantscope::ui
