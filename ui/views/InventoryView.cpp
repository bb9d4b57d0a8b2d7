// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/InventoryView.h"

#include "common/QtText.h"
#include "document/ReviewDocument.h"
#include "models/InventoryModel.h"
#include "package/AuthorizationDetails.h"
#include "review/Review.h"

#include <QFontMetrics>
#include <QHeaderView>
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

    connect(m_document, &ReviewDocument::reviewChanged, this, &InventoryView::onReviewChanged);
    onReviewChanged();
}

bool InventoryView::holdsAccountExport(const Review* review)
{
    if (!review)
        return false;
    if (review->package.accountExport || !exportAccount(review->package).empty())
        return true;
    return std::any_of(review->package.roles.begin(), review->package.roles.end(),
        [](const RoleRecord& role) { return role.account.has_value(); });
}

void InventoryView::onReviewChanged()
{
    const Review* review = m_document->review();
    const bool available = holdsAccountExport(review);
    if (available) {
        // The analysis is done: the inventory only sorts its findings out by role.
        InventoryOptions options;
        options.account = review->options.accountId;
        options.orgAccounts = review->options.orgAccounts;
        Inventory inventory = takeInventory(review->package, review->analysis, options);
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
        m_model->setInventory(std::move(inventory), std::move(first));
        m_table->sortByColumn(InventoryModel::WorstColumn, Qt::DescendingOrder);
        fitColumns();
    } else {
        m_model->clear();
    }
    m_filter->setEnabled(available);
    m_table->setEnabled(available);
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
        m_header->setText(tr("Open an account's get-account-authorization-details export to list its third parties"));
        return;
    }
    const Inventory& inventory = m_model->inventory();
    const int roles = static_cast<int>(inventory.roles.size());
    const auto inactive = std::count_if(
        inventory.roles.begin(), inventory.roles.end(), [](const ThirdPartyRole& r) { return r.inactive; });
    std::array<int, 5> bySeverity {};
    for (const ThirdPartyRole& r : inventory.roles)
        if (r.worstSeverity)
            ++bySeverity[static_cast<size_t>(*r.worstSeverity)];
    QStringList counts;
    for (int s = static_cast<int>(Severity::Critical); s >= static_cast<int>(Severity::Info); --s)
        if (const int n = bySeverity[static_cast<size_t>(s)]; n > 0)
            counts << tr("%1 %2").arg(severityName(static_cast<Severity>(s)).toLower()).arg(n);
    QString text = tr("%n third-party role(s) in account %1, %2 inactive", nullptr, roles)
                       .arg(toQString(inventory.account))
                       .arg(inactive);
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

void InventoryView::onActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    Q_EMIT roleActivated(
        index.data(InventoryModel::RoleNameRole).toString(), index.data(InventoryModel::FirstFindingRole).toInt());
}

} // namespace grantscope::ui
