// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryEdit.h"

#include <QAbstractListModel>

#include <vector>

namespace grantscope::ui {

class ReviewDocument;

/**
 * Every Deny the boundary draft adds, one row each: actions denied on every resource, on one resource,
 * when a condition holds, and everywhere except on some resources (in that order, each in draft
 * order). A row reads as its edit's description ("Deny ec2:* on arn:…"); entry() gives the edit that
 * added it, whose withdrawn() edit removes it again.
 */
class DenyListModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit DenyListModel(ReviewDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /** The edit that adds the entry of `row` (a default edit for a row out of range). */
    BoundaryEdit entry(int row) const;

private:
    void rebuild();

    ReviewDocument* m_document;
    std::vector<BoundaryEdit> m_entries;
};

} // namespace grantscope::ui
