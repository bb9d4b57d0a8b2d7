// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

class QAction;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace grantscope::ui {

class FindingsFilterModel;
class FindingsModel;
class ReviewDocument;

/**
 * The findings table with its filter bar (severity, category, decision, free text) and a details
 * pane that explains the selected finding and takes the reviewer's decision and note. Follows and
 * sets the ReviewDocument's current finding.
 */
class FindingsView : public QWidget {
    Q_OBJECT

public:
    explicit FindingsView(ReviewDocument* document, QWidget* parent = nullptr);

    FindingsModel* model() const { return m_model; }
    FindingsFilterModel* filterModel() const { return m_filter; }
    /** The finding shown in the details pane, -1 when none. */
    int currentFinding() const { return m_current; }

public Q_SLOTS:
    /** Selects and shows a finding by its index in `analysis.findings`, clearing filters that hide it. */
    void selectFinding(int findingIndex);

Q_SIGNALS:
    void findingActivated(int findingIndex);
    /** The reviewer asked "can the vendor do this?" about a finding (its button or the table's context menu). */
    void explainRequested(int findingIndex);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void reloadCategories();
    void onReviewChanged();
    void onSelectionChanged();
    void showFinding(int findingIndex);
    void showVerdict();
    void applyFilters();
    void storeVerdict();
    /** Measures every column (a new review); fitColumn() measures one. */
    void fitColumns();
    void fitColumn(int column);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void distributeColumns();
    void updateExplain();
    void showTableMenu(const QPoint& position);

    ReviewDocument* m_document;
    FindingsModel* m_model;
    FindingsFilterModel* m_filter;
    QComboBox* m_severityFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_decisionFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QComboBox* m_decision = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QAction* m_explainAction = nullptr;
    QPushButton* m_explainButton = nullptr;
    std::array<int, 10> m_columnWidths {}; // wanted per column (content, capped); 0: hidden or the title
    int m_current = -1;
    bool m_updating = false;
};

} // namespace grantscope::ui
