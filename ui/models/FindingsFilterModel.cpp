// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FindingsFilterModel.h"

#include "models/FindingsModel.h"

namespace grantscope::ui {

FindingsFilterModel::FindingsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FindingsFilterModel::setMinimumSeverity(Severity severity)
{
    if (severity == m_minimumSeverity)
        return;
    m_minimumSeverity = severity;
    invalidateFilter();
}

void FindingsFilterModel::setCategory(const QString& category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void FindingsFilterModel::setDecision(int decision)
{
    if (decision == m_decision)
        return;
    m_decision = decision;
    invalidateFilter();
}

void FindingsFilterModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void FindingsFilterModel::clearFilters()
{
    m_minimumSeverity = Severity::Info;
    m_category.clear();
    m_decision = -1;
    m_search.clear();
    m_terms.clear();
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(FindingsModel::SeverityRole).toInt() < static_cast<int>(m_minimumSeverity))
        return false;
    if (!m_category.isEmpty() && index.data(FindingsModel::CategoryRole).toString() != m_category)
        return false;
    if (m_decision >= 0 && index.data(FindingsModel::DecisionRole).toInt() != m_decision)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString text = index.data(FindingsModel::SearchTextRole).toString();
    for (const QString& term : m_terms)
        if (!text.contains(term, Qt::CaseInsensitive))
            return false;
    return true;
}

bool FindingsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    auto number = [](const QModelIndex& i, int role) { return i.data(role).toInt(); };
    switch (left.column()) {
    case FindingsModel::SeverityColumn:
        return number(left, FindingsModel::SeverityRole) < number(right, FindingsModel::SeverityRole);
    case FindingsModel::ActionsColumn:
        return number(left, FindingsModel::ActionCountRole) < number(right, FindingsModel::ActionCountRole);
    case FindingsModel::DecisionColumn:
        return number(left, FindingsModel::DecisionRole) < number(right, FindingsModel::DecisionRole);
    case FindingsModel::LocationColumn: {
        const QString a = left.data(FindingsModel::FileRole).toString();
        const QString b = right.data(FindingsModel::FileRole).toString();
        if (a != b)
            return a < b;
        return number(left, FindingsModel::LineRole) < number(right, FindingsModel::LineRole);
    }
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace grantscope::ui
