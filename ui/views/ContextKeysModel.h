// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RequestContext.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace grantscope::ui {

/**
 * The condition keys of the request the "Can the vendor do this?" panel asks about, one key and value per
 * row, editable in place. Rows naming the same key (any case) are one multi-valued key, as `grantscope-cli
 * explain --context` repeated; rows without a key are ignored.
 */
class ContextKeysModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    struct Entry {
        QString key;
        QString value;
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    explicit ContextKeysModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    /** Appends a row (empty, or `entry`) and returns its index. */
    int addEntry(const Entry& entry = {});
    void setEntries(std::vector<Entry> entries);
    const std::vector<Entry>& entries() const { return m_entries; }
    /** The rows as the request's context: keys trimmed, values as typed, one key's values in row order. */
    RequestContext context() const;

private:
    std::vector<Entry> m_entries;
};

} // namespace grantscope::ui
