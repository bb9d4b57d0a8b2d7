// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/AccessLevelByServiceModel.h"

#include "catalog/Catalog.h"
#include "common/QtText.h"
#include "document/ReviewDocument.h"

#include <algorithm>

namespace grantscope::ui {

namespace {

size_t levelSlot(AccessLevel level)
{
    for (size_t i = 0; i < std::size(kAccessLevels); ++i)
        if (kAccessLevels[i] == level)
            return i;
    return 2;
}

} // namespace

AccessLevelByServiceModel::AccessLevelByServiceModel(ReviewDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::reviewChanged, this, &AccessLevelByServiceModel::reload);
    reload();
}

void AccessLevelByServiceModel::setLimit(int limit)
{
    limit = std::max(limit, 1);
    if (limit == m_limit)
        return;
    beginResetModel();
    m_limit = limit;
    endResetModel();
}

void AccessLevelByServiceModel::reload()
{
    beginResetModel();
    m_review = m_document->shared();
    m_all.clear();
    m_serviceCount = 0;
    if (m_review) {
        const Catalog& catalog = Catalog::bundled();
        std::vector<Row> byService(static_cast<size_t>(catalog.serviceCount()));
        m_review->granted.forEach([&](int action) {
            const ActionInfo& info = catalog.action(action);
            Row& row = byService[static_cast<size_t>(info.service)];
            row.service = info.service;
            ++row.byLevel[levelSlot(primaryAccessLevel(info.levels))];
            ++row.total;
        });
        for (Row& row : byService)
            if (row.total > 0)
                m_all.push_back(row);
        sortRows();
        m_serviceCount = static_cast<int>(m_all.size());
    }
    endResetModel();
}

void AccessLevelByServiceModel::setRanking(Ranking ranking)
{
    if (ranking == m_ranking)
        return;
    beginResetModel();
    m_ranking = ranking;
    sortRows();
    endResetModel();
}

void AccessLevelByServiceModel::sortRows()
{
    const Catalog& catalog = Catalog::bundled();
    const bool writesFirst = m_ranking == Ranking::WriteAccessFirst;
    std::stable_sort(m_all.begin(), m_all.end(), [&](const Row& a, const Row& b) {
        if (writesFirst && a.changing() != b.changing())
            return a.changing() > b.changing();
        if (a.total != b.total)
            return a.total > b.total;
        return catalog.service(a.service).prefix < catalog.service(b.service).prefix;
    });
}

int AccessLevelByServiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : std::min(m_limit, static_cast<int>(m_all.size()));
}

int AccessLevelByServiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AccessLevelByServiceModel::accessLevelOfColumn(int column)
{
    if (column < ListColumn || column > TaggingColumn)
        return 0;
    return static_cast<int>(kAccessLevels[static_cast<size_t>(column - ListColumn)]);
}

int AccessLevelByServiceModel::rowOf(const QString& prefix) const
{
    const Catalog& catalog = Catalog::bundled();
    for (int r = 0; r < rowCount(); ++r)
        if (toQString(catalog.service(m_all[static_cast<size_t>(r)].service).prefix) == prefix)
            return r;
    return -1;
}

QVariant AccessLevelByServiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_all[static_cast<size_t>(index.row())];
    const ServiceInfo& service = Catalog::bundled().service(row.service);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == ServiceColumn)
            return toQString(service.prefix);
        if (column == TotalColumn)
            return row.total;
        return row.byLevel[static_cast<size_t>(column - ListColumn)];
    case Qt::ToolTipRole:
        if (column == ServiceColumn)
            return tr("%1: %2 of %3 actions granted")
                .arg(toQString(service.name))
                .arg(row.total)
                .arg(service.actionCount);
        break;
    case Qt::TextAlignmentRole:
        if (column != ServiceColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case ServicePrefixRole:
        return toQString(service.prefix);
    case AccessLevelRole:
        if (const int level = accessLevelOfColumn(column))
            return level;
        break;
    default:
        break;
    }
    return {};
}

QVariant AccessLevelByServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return toQString(Catalog::bundled().service(m_all[static_cast<size_t>(section)].service).prefix);
        return {};
    }
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == AccessLevelRole) {
        if (const int level = accessLevelOfColumn(section))
            return level;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == ServiceColumn)
        return tr("Service");
    if (section == TotalColumn)
        return tr("Total");
    return accessLevelName(static_cast<AccessLevel>(accessLevelOfColumn(section)));
}

} // namespace grantscope::ui
