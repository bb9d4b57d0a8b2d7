// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewDocument: the third parties of an account export, and the names the reviewer gives their accounts.
#include "document/ReviewDocument.h"

#include "package/AuthorizationDetails.h"

#include <QSettings>

#include <algorithm>

namespace grantscope::ui {

namespace {

const QString kVendorNamesKey = QStringLiteral("inventory/vendorNames"); // list of "ID=Name"

bool holdsAccountExport(const Review& review)
{
    if (review.package.accountExport || !exportAccount(review.package).empty())
        return true;
    return std::any_of(review.package.roles.begin(), review.package.roles.end(),
        [](const RoleRecord& role) { return role.account.has_value(); });
}

} // namespace

std::map<std::string, std::string> ReviewDocument::vendorNames()
{
    std::map<std::string, std::string> names;
    for (const QString& entry : QSettings().value(kVendorNamesKey).toStringList())
        addVendorName(entry, names, nullptr); // an entry edited by hand into nonsense is skipped
    return names;
}

void ReviewDocument::setVendorName(const std::string& account, const QString& name)
{
    std::map<std::string, std::string> names = vendorNames();
    const std::string trimmed = name.trimmed().toStdString();
    if (trimmed.empty())
        names.erase(account);
    else if (!addVendorName(QString::fromStdString(account) + QLatin1Char('=') + name, names, nullptr))
        return;
    QStringList entries;
    for (const auto& [id, vendor] : names)
        entries << QString::fromStdString(id) + QLatin1Char('=') + QString::fromStdString(vendor);
    QSettings().setValue(kVendorNamesKey, entries);
    takeInventory();
}

void ReviewDocument::takeInventory()
{
    m_hasInventory = m_review && holdsAccountExport(*m_review);
    if (m_hasInventory) {
        // The analysis is done: the inventory only sorts its findings out by role.
        InventoryOptions options;
        options.account = m_review->options.accountId;
        options.orgAccounts = m_review->options.orgAccounts;
        options.vendorNames = vendorNames();
        m_inventory = grantscope::takeInventory(m_review->package, m_review->analysis, options);
    } else {
        m_inventory = Inventory {};
    }
    Q_EMIT inventoryChanged();
}

} // namespace grantscope::ui
