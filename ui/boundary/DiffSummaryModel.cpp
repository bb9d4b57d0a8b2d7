// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/DiffSummaryModel.h"

#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"

#include <QFont>

#include <algorithm>
#include <set>

namespace grantscope::ui {

DiffSummaryModel::DiffSummaryModel(ReviewDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::boundaryChanged, this, &DiffSummaryModel::reload);
    reload();
}

void DiffSummaryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const Catalog& catalog = Catalog::bundled();
    const auto boundary = m_document->boundary();
    const SemanticDiff& diff = boundary->diff;
    for (const ServiceLevelDiff& d : diff.rows) {
        if (m_rows.empty() || m_rows.back().service != d.service)
            m_rows.push_back(Row { d.service });
        Row& row = m_rows.back();
        row.requested += d.requested;
        row.kept += d.after;
        row.removed += d.removed.count();
    }
    if (m_document->review()) {
        const std::vector<std::vector<int>>& servicesOf = findingServices();
        std::vector<int> rowOf(static_cast<size_t>(catalog.serviceCount()), -1);
        for (size_t r = 0; r < m_rows.size(); ++r)
            if (m_rows[r].service >= 0 && static_cast<size_t>(m_rows[r].service) < rowOf.size())
                rowOf[static_cast<size_t>(m_rows[r].service)] = static_cast<int>(r);
        for (const FindingOutcome& o : diff.findings) {
            if (o.state == MitigationState::NotApplicable || o.finding >= servicesOf.size())
                continue;
            for (const int service : servicesOf[o.finding])
                if (const int r = rowOf[static_cast<size_t>(service)]; r >= 0)
                    ++(o.state == MitigationState::Mitigated ? m_rows[static_cast<size_t>(r)].mitigated
                                                             : m_rows[static_cast<size_t>(r)].remaining);
        }
    }
    // What the boundary touches first, so the reviewer sees it without scrolling.
    std::stable_partition(
        m_rows.begin(), m_rows.end(), [](const Row& r) { return r.removed > 0 || r.mitigated > 0 || r.remaining > 0; });
    endResetModel();
}

const std::vector<std::vector<int>>& DiffSummaryModel::findingServices()
{
    std::shared_ptr<const Review> review = m_document->shared();
    if (review == m_servicesOf)
        return m_findingServices;
    m_servicesOf = review;
    m_findingServices.clear();
    if (!review)
        return m_findingServices;
    const Catalog& catalog = Catalog::bundled();
    m_findingServices.reserve(review->analysis.findings.size());
    for (const Finding& f : review->analysis.findings) {
        std::set<int> services;
        for (const std::string& a : f.actions)
            if (const int i = catalog.findAction(a); i >= 0)
                services.insert(catalog.action(i).service);
        m_findingServices.emplace_back(services.begin(), services.end());
    }
    return m_findingServices;
}

int DiffSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DiffSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ServiceColumn: {
            const std::string_view prefix = Catalog::bundled().service(row.service).prefix;
            return QString::fromUtf8(prefix.data(), static_cast<qsizetype>(prefix.size()));
        }
        case RequestedColumn:
            return row.requested;
        case KeptColumn:
            return row.kept;
        case RemovedColumn:
            return row.removed;
        case MitigatedColumn:
            return row.mitigated;
        case RemainingColumn:
            return row.remaining;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ServiceColumn) {
        const std::string_view name = Catalog::bundled().service(row.service).name;
        return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    }
    if (role == Qt::TextAlignmentRole && index.column() != ServiceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && row.removed > 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant DiffSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case RequestedColumn:
        return tr("Requested");
    case KeptColumn:
        return tr("Kept");
    case RemovedColumn:
        return tr("Removed");
    case MitigatedColumn:
        return tr("Findings mitigated");
    case RemainingColumn:
        return tr("Findings remaining");
    }
    return {};
}

} // namespace grantscope::ui
