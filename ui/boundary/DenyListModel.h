// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace grantscope::ui {

class ReviewDocument;

/** The boundary draft's "deny these actions on this resource" entries, one row each, in draft order. */
class ArnDenyListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ActionRole = Qt::UserRole + 1, ArnRole };

    explicit ArnDenyListModel(ReviewDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    ReviewDocument* m_document;
    int m_rows = 0;
};

} // namespace grantscope::ui
