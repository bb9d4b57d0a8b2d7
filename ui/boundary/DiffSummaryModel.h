// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * The semantic diff per service: how many actions the vendor asks for, how many the boundary keeps
 * and removes, and how many of the findings about the service it mitigates.
 */
class DiffSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        RequestedColumn,
        KeptColumn,
        RemovedColumn,
        MitigatedColumn,
        RemainingColumn,
        ColumnCount
    };

    explicit DiffSummaryModel(ReviewDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int service = -1;
        int requested = 0;
        int kept = 0;
        int removed = 0;
        int mitigated = 0; // findings naming the service that the boundary mitigates fully
        int remaining = 0; // the others (partly mitigated or untouched) it could affect
    };
    void reload();
    /** The services each finding's actions belong to, worked out once per review (not once per edit). */
    const std::vector<std::vector<int>>& findingServices();

    ReviewDocument* m_document;
    std::vector<Row> m_rows;
    std::shared_ptr<const Review> m_servicesOf; // the review m_findingServices was made for
    std::vector<std::vector<int>> m_findingServices;
};

} // namespace grantscope::ui
