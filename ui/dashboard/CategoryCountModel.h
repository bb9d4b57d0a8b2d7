// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * Findings of the current review per rule category ("privilege-escalation", "trust", …), split by
 * severity: one row per category that has findings not marked false positive, the largest first.
 * Columns: the category's name, the total, then one column per severity from Critical to Info.
 */
class CategoryCountModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CategoryColumn,
        TotalColumn,
        CriticalColumn,
        HighColumn,
        MediumColumn,
        LowColumn,
        InfoColumn,
        ColumnCount
    };
    enum Role {
        CategoryKeyRole = Qt::UserRole + 1, // QString, the rule category as written ("data-read")
        SeverityRole, // int (Severity) of a severity column
    };

    explicit CategoryCountModel(ReviewDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Translated display name of a rule category; unknown ones are shown capitalised. */
    static QString categoryName(const std::string& category);
    /** The Severity a severity column stands for. */
    static int severityOfColumn(int column) { return InfoColumn - column; }

private:
    struct Row {
        std::string category;
        std::array<int, 5> bySeverity {}; // index = Severity
        int total = 0;
    };
    void reload();

    ReviewDocument* m_document;
    std::shared_ptr<const Review> m_review;
    std::vector<Row> m_rows;
};

} // namespace grantscope::ui
