// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/InventoryView.h"

#include "common/QtText.h"
#include "document/ReviewDocument.h"
#include "models/InventoryModel.h"
#include "review/Review.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace grantscope::ui {

InventoryView::InventoryView(ReviewDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new InventoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_header(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InventoryModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_header->setObjectName(QStringLiteral("inventoryHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setObjectName(QStringLiteral("inventoryFilter"));
    m_filter->setPlaceholderText(tr("Filter by role, account, External ID, severity…"));
    m_filter->setAccessibleName(tr("Filter third parties"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Nothing elided: every column is as wide as its contents (fitColumns()), the table scrolls sideways when the
    // window is narrower still.
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &InventoryView::fitColumns);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setAccessibleName(tr("Third-party roles"));
    // activated: double-click, or Enter on the current row.
    connect(m_table, &QTableView::activated, this, &InventoryView::onActivated);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    // Naming a vendor's account makes every row and report read "Datadog" instead of twelve digits.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* name = new QAction(tr("&Name Third Party…"), m_table);
    name->setObjectName(QStringLiteral("actionNameThirdParty"));
    connect(name, &QAction::triggered, this, [this] { nameThirdParty(m_table->currentIndex()); });
    m_table->addAction(name);

    connect(m_document, &ReviewDocument::inventoryChanged, this, &InventoryView::onInventoryChanged);
    onInventoryChanged();
}

void InventoryView::onInventoryChanged()
{
    const bool available = m_document->hasInventory();
    if (available) {
        const Review* review = m_document->review();
        const Inventory& inventory = m_document->inventory();
        const std::vector<Finding>& all = review->analysis.findings;
        std::vector<int> first;
        first.reserve(inventory.roles.size());
        for (const ThirdPartyRole& role : inventory.roles) {
            int index = -1;
            if (!role.findings.empty()) {
                const auto it = std::find(all.begin(), all.end(), role.findings.front());
                index = it == all.end() ? -1 : static_cast<int>(it - all.begin());
            }
            first.push_back(index);
        }
        // Keep the reviewer's sort across a renamed vendor; a new export starts worst first.
        const bool sameExport = m_hasInventory && m_model->inventory().account == inventory.account
            && m_model->inventory().roles.size() == inventory.roles.size();
        m_model->setInventory(inventory, std::move(first));
        if (!sameExport)
            m_table->sortByColumn(InventoryModel::WorstColumn, Qt::DescendingOrder);
        fitColumns();
    } else {
        m_model->clear();
    }
    // Without an export the view is only its hint, centred: an empty, disabled table under it would read as
    // an account without third parties.
    m_filter->setEnabled(available);
    m_table->setEnabled(available);
    m_filter->setVisible(available);
    m_table->setVisible(available);
    m_header->setAlignment(available ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->setStretchFactor(m_header, available ? 0 : 1);
    const bool changed = available != m_hasInventory;
    m_hasInventory = available;
    updateHeader();
    if (changed)
        Q_EMIT availabilityChanged(available);
}

QString InventoryView::headerText() const
{
    return m_header->text();
}

void InventoryView::updateHeader()
{
    if (!m_hasInventory) {
        m_header->setText(
            tr("Open an account's get-account-authorization-details export to list its third parties (Help ▸ Open "
               "Sample Account Export shows one)"));
        return;
    }
    const Inventory& inventory = m_model->inventory();
    QStringList counts;
    for (int s = static_cast<int>(Severity::Critical); s >= static_cast<int>(Severity::Info); --s)
        if (const int n = inventory.rolesAt(static_cast<Severity>(s)); n > 0)
            counts << tr("%1 %2").arg(severityName(static_cast<Severity>(s)).toLower()).arg(n);
    QString text
        = tr("%n third-party role(s) in account %1, %2 inactive", nullptr, static_cast<int>(inventory.roles.size()))
              .arg(toQString(inventory.account))
              .arg(inventory.inactiveRoles());
    if (!counts.isEmpty())
        text += tr(", by worst finding: %1").arg(counts.join(QStringLiteral(", ")));
    m_header->setText(text);
}

void InventoryView::fitColumns()
{
    // The header's own size hint keeps room for the sort arrow in every column: only the sorted one needs it.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
    const int arrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
    for (int column = 0; column < InventoryModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int width = std::max(static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(column),
            metrics.horizontalAdvance(title) + margin);
        if (column == header->sortIndicatorSection())
            width += arrow;
        m_table->setColumnWidth(column, width);
    }
}

void InventoryView::nameThirdParty(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const ThirdPartyRole& role = m_model->inventory().roles.at(static_cast<size_t>(m_proxy->mapToSource(index).row()));
    QStringList accounts;
    for (const std::string& account : role.trustedAccounts)
        if (account != "anyone")
            accounts << toQString(account);
    if (accounts.isEmpty())
        return;
    QString account = accounts.front();
    bool ok = true;
    if (accounts.size() > 1) {
        account = QInputDialog::getItem(this, tr("Name a Third Party"), tr("Account:"), accounts, 0, false, &ok);
        if (!ok)
            return;
    }
    const auto at = std::find(role.trustedAccounts.begin(), role.trustedAccounts.end(), account.toStdString());
    const QString current = toQString(role.trustedVendors.at(static_cast<size_t>(at - role.trustedAccounts.begin())));
    const QString name = QInputDialog::getText(this, tr("Name a Third Party"),
        tr("Name for account %1 (empty: no name):").arg(account), QLineEdit::Normal, current, &ok);
    if (ok)
        m_document->setVendorName(account.toStdString(), name);
}

void InventoryView::onActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    Q_EMIT roleActivated(
        index.data(InventoryModel::RoleNameRole).toString(), index.data(InventoryModel::FirstFindingRole).toInt());
}

} // namespace grantscope::ui
