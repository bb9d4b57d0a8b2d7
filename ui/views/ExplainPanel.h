// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Explanation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

namespace grantscope {
struct Finding;
}

namespace grantscope::ui {

class ContextKeysModel;
class ReviewDocument;

/**
 * "Can the vendor do this?": the reviewer names one request of a subject of the open package (subject,
 * action with completion over the catalogue, resource with the action's ARN templates, condition keys) and,
 * if they want, the boundary being composed; Ask decides it with explainRequest(), the function `grantscope-cli
 * explain` calls, and shows the decision, every statement that matched (with each condition) or did not and
 * why, the policies the answer could not see, and the boundary edits that would deny the request, each one
 * click (one undoable step) away. Disabled, with a hint, while no package is open.
 */
class ExplainPanel : public QWidget {
    Q_OBJECT

public:
    explicit ExplainPanel(ReviewDocument* document, QWidget* parent = nullptr);

    /** The answer shown (default: none asked yet; `error` set when the question could not be asked). */
    const Explanation& explanation() const { return m_explanation; }
    bool hasAnswer() const { return m_answered; }
    ContextKeysModel* contextModel() const { return m_context; }
    /** The question the inputs spell, as ask() puts it to explainRequest(). */
    ExplainQuestion question() const;

    /** The decision in words, as the panel writes it. */
    static QString decisionText(const Explanation& explanation);
    /** Why a finding raises no question "Explain" could ask (empty: it raises one). */
    static QString whyNoQuestion(const Finding& finding);

public Q_SLOTS:
    /** Decides the question of the inputs and shows the answer. */
    void ask();
    /** Fills the inputs with the question finding `finding` raises (questionFromFinding) and asks it. */
    void explainFinding(int finding);
    /**
     * Fills the inputs with `question`'s subject, action, resource and principal, and empties the condition keys
     * (the boundary box is left as it is).
     */
    void setQuestion(const ExplainQuestion& question);

Q_SIGNALS:
    /** The reviewer clicked a statement's location. */
    void locationActivated(const QString& file, int line, int column);

private:
    void buildUi();
    void onReviewChanged();
    void onActionChanged();
    void onSubjectChanged();
    void showAnswer();
    void showFixes();
    void applyFix(size_t index);
    void openLink(const QUrl& link);

    ReviewDocument* m_document;
    ContextKeysModel* m_context;
    QStringListModel* m_actionNames = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_form = nullptr;
    QComboBox* m_subject = nullptr;
    QLineEdit* m_action = nullptr;
    QComboBox* m_resource = nullptr;
    QLineEdit* m_principal = nullptr;
    QTableView* m_contextTable = nullptr;
    QPushButton* m_addKey = nullptr;
    QPushButton* m_removeKey = nullptr;
    QCheckBox* m_useBoundary = nullptr;
    QPushButton* m_ask = nullptr;
    QLabel* m_decision = nullptr;
    QTextBrowser* m_details = nullptr;
    QWidget* m_fixes = nullptr;
    QVBoxLayout* m_fixLayout = nullptr;
    Explanation m_explanation;
    bool m_answered = false;
};

} // namespace grantscope::ui
