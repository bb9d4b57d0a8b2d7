// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/ArnDenyListModel.h"

#include "app/ReviewDocument.h"

namespace grantscope::ui {

ArnDenyListModel::ArnDenyListModel(ReviewDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(static_cast<int>(document->boundaryDraft().arnDenies.size()))
{
    // The list is short: a reset per draft change is simpler than tracking which entry moved.
    connect(document, &ReviewDocument::boundaryChanged, this, [this] {
        beginResetModel();
        m_rows = static_cast<int>(m_document->boundaryDraft().arnDenies.size());
        endResetModel();
    });
}

int ArnDenyListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

QVariant ArnDenyListModel::data(const QModelIndex& index, int role) const
{
    const auto& entries = m_document->boundaryDraft().arnDenies;
    if (!index.isValid() || index.row() >= static_cast<int>(entries.size()))
        return {};
    const ArnDeny& e = entries[static_cast<size_t>(index.row())];
    const QString action = QString::fromStdString(e.action);
    const QString arn = QString::fromStdString(e.arn);
    switch (role) {
    case Qt::DisplayRole:
        return tr("Deny %1 on %2").arg(action, arn);
    case Qt::ToolTipRole:
        return arn;
    case ActionRole:
        return action;
    case ArnRole:
        return arn;
    }
    return {};
}

} // namespace grantscope::ui
