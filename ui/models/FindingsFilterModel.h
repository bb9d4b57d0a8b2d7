// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace grantscope::ui {

/**
 * Filters and sorts a FindingsModel: by minimum severity, category, decision and free text (every
 * word must occur in the rule, title, subject, actions, resources or file, ignoring case).
 * Severity sorts by its numeric value, Location by file then line, Actions by count.
 */
class FindingsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    Severity minimumSeverity() const { return m_minimumSeverity; }
    void setMinimumSeverity(Severity severity);

    /** Empty: every category. */
    QString category() const { return m_category; }
    void setCategory(const QString& category);

    /** -1: every decision, else a FindingDecision. */
    int decision() const { return m_decision; }
    void setDecision(int decision);

    QString searchText() const { return m_search; }
    void setSearchText(const QString& text);

    /** Shows every finding again. */
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Severity m_minimumSeverity = Severity::Info;
    QString m_category;
    int m_decision = -1;
    QString m_search;
    QStringList m_terms;
};

} // namespace grantscope::ui
