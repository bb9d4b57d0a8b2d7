// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/Inventory.h"

#include <QAbstractTableModel>

#include <vector>

namespace grantscope::ui {

/**
 * The third parties of an account export (takeInventory()), one row per role in the inventory's order: role,
 * trusted accounts, External ID, last used, days idle, inactive, worst finding and number of findings. SortRole
 * gives each column a value that sorts by meaning (severity rank, days, dates) rather than by text.
 */
class InventoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RoleColumn,
        TrustedColumn,
        ExternalIdColumn,
        LastUsedColumn,
        IdleDaysColumn,
        InactiveColumn,
        WorstColumn,
        FindingsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value to sort the column by
        FirstFindingRole, // int: index in analysis.findings of the role's first finding, -1 when none
        RoleNameRole, // QString: the role's name, on every column
    };

    explicit InventoryModel(QObject* parent = nullptr);

    /** Shows `inventory`; `firstFindings[i]` is the index in analysis.findings of role i's first finding. */
    void setInventory(Inventory inventory, std::vector<int> firstFindings);
    void clear();
    const Inventory& inventory() const { return m_inventory; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "none", "weak" or "present", translated. */
    static QString externalIdText(ExternalIdStrength strength);

private:
    Inventory m_inventory;
    std::vector<int> m_firstFindings;
};

} // namespace grantscope::ui
