// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace grantscope::ui {

class InventoryModel;
class ReviewDocument;

/**
 * The third parties of an account export ("Third parties"): takeInventory() of the document's review as a
 * sortable, filterable table under a line of counts. Without an account export open there is nothing to list:
 * the view says how to get one and is disabled. Activating a row asks for the role's findings; its context
 * menu names the third party's account (ReviewDocument::setVendorName(), remembered for later exports).
 */
class InventoryView : public QWidget {
    Q_OBJECT

public:
    explicit InventoryView(ReviewDocument* document, QWidget* parent = nullptr);

    InventoryModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    /** The package open holds an account export: the view lists its third parties. */
    bool hasInventory() const { return m_hasInventory; }
    /** The line above the table ("N third-party roles in account X, ..."), or the hint without an export. */
    QString headerText() const;

Q_SIGNALS:
    /** The reviewer activated a role: its name and its first finding in analysis.findings (-1 when none). */
    void roleActivated(const QString& role, int firstFinding);
    /** hasInventory() changed. */
    void availabilityChanged(bool available);

private:
    void onInventoryChanged();
    void nameThirdParty(const QModelIndex& index);
    void onActivated(const QModelIndex& index);
    void updateHeader();
    void fitColumns();

    ReviewDocument* m_document;
    InventoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_header;
    QLineEdit* m_filter;
    QTableView* m_table;
    bool m_hasInventory = false;
};

} // namespace grantscope::ui
