// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;

namespace grantscope::ui {

class ReviewDocument;

/**
 * What the report will recommend and who signs it off, on the dashboard: the recommendation the decisions
 * and the boundary give (core recommend(), as the report computes it) with its reason, a choice to
 * override it, the reviewer's name, the risk score before and after the boundary, and a warning when the
 * package's files are not those the saved review recorded. Edits go to the ReviewDocument, which saves
 * them in the review file.
 */
class SignOffPanel : public QFrame {
    Q_OBJECT

public:
    explicit SignOffPanel(ReviewDocument* document, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void fitReason();
    void refreshChanges();

    ReviewDocument* m_document;
    QLabel* m_changed;
    QLabel* m_recommendation;
    QLabel* m_reason;
    QComboBox* m_choice;
    QLineEdit* m_reviewer;
    QLabel* m_residual;
    bool m_updating = false;
};

} // namespace grantscope::ui
