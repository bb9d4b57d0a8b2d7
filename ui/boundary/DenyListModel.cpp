// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/DenyListModel.h"

#include "document/ReviewDocument.h"

namespace grantscope::ui {

DenyListModel::DenyListModel(ReviewDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    // The list is short: a reset per draft change is simpler than tracking which entry moved.
    connect(document, &ReviewDocument::boundaryChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

void DenyListModel::rebuild()
{
    const BoundaryDraft& draft = m_document->boundaryDraft();
    m_entries.clear();
    for (const std::string& pattern : draft.deniedActions)
        m_entries.push_back(BoundaryEdit::denyActions({ pattern }));
    for (const ArnDeny& d : draft.arnDenies)
        m_entries.push_back(BoundaryEdit::denyOnResources({ d }));
    for (const ConditionalDeny& d : draft.conditionalDenies)
        m_entries.push_back(BoundaryEdit::denyWhen(d));
    for (const ExceptDeny& d : draft.exceptDenies)
        m_entries.push_back(BoundaryEdit::denyExcept(d));
}

int DenyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant DenyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_entries[static_cast<size_t>(index.row())].description();
    return {};
}

BoundaryEdit DenyListModel::entry(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries[static_cast<size_t>(row)] : BoundaryEdit();
}

} // namespace grantscope::ui
