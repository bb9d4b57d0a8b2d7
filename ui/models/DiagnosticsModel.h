// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "common/Diagnostic.h"

#include <QAbstractTableModel>

#include <vector>

namespace grantscope::ui {

class ReviewDocument;

/**
 * The problems of the package, located: first the parts that can grant access and were not reviewed
 * (`package-unreviewed` findings, "Not reviewed"), then the problems met while reading it (malformed
 * files, unknown documents).
 */
class DiagnosticsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, ColumnCount };
    enum Role {
        FileRole = Qt::UserRole + 1,
        LineRole,
        ColumnRole,
        FindingIndexRole, // int: the not-reviewed finding of the row, -1 for a reading problem
    };

    explicit DiagnosticsModel(ReviewDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /** data() before package text is made visible (shownData). */
    QVariant rawData(const QModelIndex& index, int role) const;
    void reload();

    ReviewDocument* m_document;
    std::vector<Finding> m_notReviewed;
    std::vector<int> m_notReviewedIndex; // into analysis.findings
    Diagnostics m_diagnostics;
};

} // namespace grantscope::ui
