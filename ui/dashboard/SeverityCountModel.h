// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <array>
#include <memory>

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * Findings of the current review per severity: one row per severity, Critical first, always five
 * rows. "Findings" counts those the reviewer has not marked false positive; those are in their own
 * column. Follows the ReviewDocument (new review, changed verdicts).
 */
class SeverityCountModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, CountColumn, FalsePositiveColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 }; // int (Severity), on every column

    explicit SeverityCountModel(ReviewDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Findings counted for a row (0 = Critical … 4 = Info). */
    int count(int row) const;
    int total() const;

private:
    void recount();

    ReviewDocument* m_document;
    std::shared_ptr<const Review> m_review;
    std::array<int, 5> m_counts {}; // by row
    std::array<int, 5> m_falsePositives {}; // by row
};

} // namespace grantscope::ui
