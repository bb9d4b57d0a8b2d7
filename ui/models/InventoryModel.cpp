// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InventoryModel.h"

#include "common/QtText.h"
#include "style/Palette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

namespace grantscope::ui {

InventoryModel::InventoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void InventoryModel::setInventory(Inventory inventory, std::vector<int> firstFindings)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    m_firstFindings = std::move(firstFindings);
    m_firstFindings.resize(m_inventory.roles.size(), -1);
    endResetModel();
}

void InventoryModel::clear()
{
    setInventory({}, {});
}

int InventoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_inventory.roles.size());
}

int InventoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InventoryModel::externalIdText(ExternalIdStrength strength)
{
    switch (strength) {
    case ExternalIdStrength::None:
        return tr("none");
    case ExternalIdStrength::Weak:
        return tr("weak");
    case ExternalIdStrength::Present:
        return tr("present");
    }
    return {};
}

namespace {

QString trustedText(const ThirdPartyRole& r)
{
    // "Datadog (464622532012)" once named; the filter finds a vendor by name or by number.
    QStringList accounts;
    for (size_t i = 0; i < r.trustedAccounts.size(); ++i)
        accounts << thirdPartyLabel(r.trustedAccounts[i], i < r.trustedVendors.size() ? r.trustedVendors[i] : "");
    return accounts.join(QStringLiteral(", "));
}

} // namespace

QVariant InventoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ThirdPartyRole& r = m_inventory.roles[static_cast<size_t>(index.row())];
    const bool dark = style::isDark(QGuiApplication::palette());
    if (role == RoleNameRole)
        return toQString(r.name);
    if (role == FirstFindingRole)
        return m_firstFindings[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (static_cast<Column>(index.column())) {
        case RoleColumn:
            return toQString(r.name);
        case TrustedColumn:
            return trustedText(r);
        case ExternalIdColumn:
            return sort ? QVariant(static_cast<int>(r.externalId)) : QVariant(externalIdText(r.externalId));
        case LastUsedColumn:
            if (sort)
                return r.lastUsed ? r.lastUsed->toSecsSinceEpoch() : qint64(-1);
            return r.lastUsed ? r.lastUsed->toUTC().date().toString(Qt::ISODate) : tr("never");
        case IdleDaysColumn:
            if (sort)
                return r.idleDays ? *r.idleDays : qint64(-1);
            return r.idleDays ? QVariant(*r.idleDays) : QVariant(QString());
        case InactiveColumn:
            return sort ? QVariant(r.inactive ? 1 : 0) : QVariant(r.inactive ? tr("inactive") : QString());
        case WorstColumn:
            if (sort)
                return r.worstSeverity ? static_cast<int>(*r.worstSeverity) : -1;
            return r.worstSeverity ? severityName(*r.worstSeverity) : QString();
        case FindingsColumn:
            return static_cast<int>(r.findings.size());
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == ExternalIdColumn && r.externalId != ExternalIdStrength::Present)
            return style::severityColor(
                r.externalId == ExternalIdStrength::None ? Severity::High : Severity::Medium, dark);
        if (index.column() == WorstColumn && r.worstSeverity)
            return style::severityColor(*r.worstSeverity, dark);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == RoleColumn)
            return toQString(r.arn);
        if (index.column() == TrustedColumn && !r.trustedPrincipals.empty()) {
            QStringList principals;
            for (const std::string& p : r.trustedPrincipals)
                principals << toQString(p);
            return principals.join(QLatin1Char('\n'));
        }
        if (index.column() == IdleDaysColumn && r.neverUsed)
            return tr("Never used: counted from the role's creation");
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == IdleDaysColumn || index.column() == FindingsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case TrustedColumn:
            return tr("The accounts outside the customer's whose principals may assume the role");
        case IdleDaysColumn:
            return tr("Days since the role was last used, or since it was created when it never was");
        case WorstColumn:
            return tr("The most severe finding on the role");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case RoleColumn:
        return tr("Role");
    case TrustedColumn:
        return tr("Trusted accounts");
    case ExternalIdColumn:
        return tr("External ID");
    case LastUsedColumn:
        return tr("Last used");
    case IdleDaysColumn:
        return tr("Idle days");
    case InactiveColumn:
        return tr("Inactive");
    case WorstColumn:
        return tr("Worst finding");
    case FindingsColumn:
        return tr("Findings");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace grantscope::ui
