// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/SeverityCountModel.h"

#include "document/ReviewDocument.h"
#include "models/FindingsModel.h"

namespace grantscope::ui {

namespace {

// Rows run from the most to the least severe, as the chart reads left to right.
Severity severityOfRow(int row)
{
    return static_cast<Severity>(4 - row);
}

} // namespace

SeverityCountModel::SeverityCountModel(ReviewDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::reviewChanged, this, [this] {
        beginResetModel();
        recount();
        endResetModel();
    });
    connect(document, &ReviewDocument::verdictChanged, this, [this] {
        recount();
        Q_EMIT dataChanged(index(0, CountColumn), index(rowCount() - 1, FalsePositiveColumn), { Qt::DisplayRole });
    });
    recount();
}

void SeverityCountModel::recount()
{
    m_review = m_document->shared();
    m_counts = {};
    m_falsePositives = {};
    if (!m_review)
        return;
    const std::vector<Finding>& findings = m_review->analysis.findings;
    for (size_t i = 0; i < findings.size(); ++i) {
        const size_t row = static_cast<size_t>(4 - static_cast<int>(findings[i].severity));
        if (m_document->verdict(static_cast<int>(i)).decision == FindingDecision::FalsePositive)
            ++m_falsePositives[row];
        else
            ++m_counts[row];
    }
}

int SeverityCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_counts.size());
}

int SeverityCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SeverityCountModel::count(int row) const
{
    return row >= 0 && row < rowCount() ? m_counts[static_cast<size_t>(row)] : 0;
}

int SeverityCountModel::total() const
{
    int sum = 0;
    for (int c : m_counts)
        sum += c;
    return sum;
}

QVariant SeverityCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Severity severity = severityOfRow(index.row());
    const size_t row = static_cast<size_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(severity);
        case CountColumn:
            return m_counts[row];
        case FalsePositiveColumn:
            return m_falsePositives[row];
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return FindingsModel::severityColor(severity);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != SeverityColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case SeverityRole:
        return static_cast<int>(severity);
    default:
        break;
    }
    return {};
}

QVariant SeverityCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? severityName(severityOfRow(section)) : QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CountColumn:
        return tr("Findings");
    case FalsePositiveColumn:
        return tr("False positives");
    }
    return {};
}

} // namespace grantscope::ui
