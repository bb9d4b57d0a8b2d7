// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/CategoryCountModel.h"

#include "document/ReviewDocument.h"
#include "models/FindingsModel.h"

#include <algorithm>
#include <map>

namespace grantscope::ui {

CategoryCountModel::CategoryCountModel(ReviewDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::reviewChanged, this, &CategoryCountModel::reload);
    // A verdict can empty a category or reorder the rows, so the model starts over.
    connect(document, &ReviewDocument::verdictChanged, this, &CategoryCountModel::reload);
    reload();
}

void CategoryCountModel::reload()
{
    beginResetModel();
    m_review = m_document->shared();
    m_rows.clear();
    if (m_review) {
        std::map<std::string, Row> byCategory;
        const std::vector<Finding>& findings = m_review->analysis.findings;
        for (size_t i = 0; i < findings.size(); ++i) {
            if (m_document->verdict(static_cast<int>(i)).decision == FindingDecision::FalsePositive)
                continue;
            Row& row = byCategory[findings[i].category];
            row.category = findings[i].category;
            ++row.bySeverity[static_cast<size_t>(findings[i].severity)];
            ++row.total;
        }
        for (auto& [key, row] : byCategory)
            m_rows.push_back(std::move(row));
        // Largest first; among equals the one with the graver findings, then by name for a stable order.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
            if (a.total != b.total)
                return a.total > b.total;
            return std::lexicographical_compare(
                b.bySeverity.rbegin(), b.bySeverity.rend(), a.bySeverity.rbegin(), a.bySeverity.rend());
        });
    }
    endResetModel();
}

int CategoryCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CategoryCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CategoryCountModel::categoryName(const std::string& category)
{
    static const std::map<std::string, const char*> names = {
        { "privilege-escalation", QT_TR_NOOP("Privilege escalation") },
        { "credentials", QT_TR_NOOP("Credentials") },
        { "data-read", QT_TR_NOOP("Data read") },
        { "decryption", QT_TR_NOOP("Decryption") },
        { "disruption", QT_TR_NOOP("Disruption") },
        { "code-execution", QT_TR_NOOP("Code execution") },
        { "cost", QT_TR_NOOP("Cost") },
        { "hidden-content", QT_TR_NOOP("Hidden content") },
        { "resource-exposure", QT_TR_NOOP("Resource exposure") },
        { "trust", QT_TR_NOOP("Trust") },
        { "validation", QT_TR_NOOP("Validation") },
        { "wildcard", QT_TR_NOOP("Wildcards") },
    };
    if (auto it = names.find(category); it != names.end())
        return tr(it->second);
    QString text = QString::fromStdString(category);
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text.isEmpty() ? tr("Uncategorised") : text;
}

QVariant CategoryCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == CategoryColumn)
            return categoryName(row.category);
        if (column == TotalColumn)
            return row.total;
        return row.bySeverity[static_cast<size_t>(severityOfColumn(column))];
    case Qt::ToolTipRole:
        if (column == CategoryColumn)
            return QString::fromStdString(row.category);
        break;
    case Qt::TextAlignmentRole:
        if (column != CategoryColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case CategoryKeyRole:
        return QString::fromStdString(row.category);
    case SeverityRole:
        if (column >= CriticalColumn)
            return severityOfColumn(column);
        break;
    default:
        break;
    }
    return {};
}

QVariant CategoryCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return categoryName(m_rows[static_cast<size_t>(section)].category);
        return {};
    }
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DecorationRole && section >= CriticalColumn)
        return FindingsModel::severityColor(static_cast<Severity>(severityOfColumn(section)));
    if (role == SeverityRole && section >= CriticalColumn)
        return severityOfColumn(section);
    if (role != Qt::DisplayRole)
        return {};
    if (section == CategoryColumn)
        return tr("Category");
    if (section == TotalColumn)
        return tr("Findings");
    return severityName(static_cast<Severity>(severityOfColumn(section)));
}

} // namespace grantscope::ui
