// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ContextKeysModel.h"

#include <algorithm>
#include <utility>

namespace grantscope::ui {

ContextKeysModel::ContextKeysModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ContextKeysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ContextKeysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContextKeysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[static_cast<size_t>(index.row())];
    const QString& text = index.column() == KeyColumn ? e.key : e.value;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case Qt::ToolTipRole:
        return index.column() == KeyColumn ? tr("A condition key, such as aws:SourceIp or kms:ViaService")
                                           : tr("The request's value of the key (one value per row)");
    default:
        return {};
    }
}

bool ContextKeysModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Entry& e = m_entries[static_cast<size_t>(index.row())];
    QString& text = index.column() == KeyColumn ? e.key : e.value;
    const QString typed = value.toString();
    if (text == typed)
        return true;
    text = typed;
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    return true;
}

Qt::ItemFlags ContextKeysModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant ContextKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Condition key") : tr("Value");
}

bool ContextKeysModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.erase(m_entries.begin() + row, m_entries.begin() + row + count);
    endRemoveRows();
    return true;
}

int ContextKeysModel::addEntry(const Entry& entry)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
    return row;
}

void ContextKeysModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

RequestContext ContextKeysModel::context() const
{
    // Keys are matched ignoring case (as AWS does); the first spelling names the key.
    std::vector<std::pair<QString, std::vector<std::string>>> keys;
    for (const Entry& e : m_entries) {
        const QString key = e.key.trimmed();
        if (key.isEmpty())
            continue;
        auto same = std::find_if(
            keys.begin(), keys.end(), [&](const auto& kv) { return kv.first.compare(key, Qt::CaseInsensitive) == 0; });
        if (same == keys.end())
            keys.push_back({ key, { e.value.toStdString() } });
        else
            same->second.push_back(e.value.toStdString());
    }
    RequestContext context;
    for (auto& [key, values] : keys)
        context.set(key.toStdString(), std::move(values));
    return context;
}

} // namespace grantscope::ui
