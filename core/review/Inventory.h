// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"
#include "package/ReviewSubject.h"

#include <QDate>
#include <QDateTime>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace grantscope {

/** Whose account it is, which accounts belong to the organization, and when "idle" is measured. */
struct InventoryOptions {
    std::string account; // the customer's account; empty: exportAccount()
    std::vector<std::string> orgAccounts;
    int idleDays = 90; // idle longer than this: inactive
    QDate asOf; // invalid: today (UTC)
    // Names of third parties' accounts ("464622532012" -> "Datadog"): the reviewer's (`--vendor ID=Name`, the
    // window's settings) over knownVendorAccounts().
    std::map<std::string, std::string> vendorNames;
};

/**
 * Accounts that vendors publish in their onboarding instructions as the principal their customers trust
 * (resources/vendors/accounts.tsv, read once): id -> vendor name.
 */
const std::map<std::string, std::string>& knownVendorAccounts();

/**
 * Reads "ID=Name" (a `--vendor` value or a saved setting) into `names`; false, with `error` set, when ID is not
 * a 12-digit account id or the name is empty.
 */
bool addVendorName(const QString& text, std::map<std::string, std::string>& names, QString* error);

/** How the trust of a third-party role ties it to this customer. */
enum class ExternalIdStrength { None, Weak, Present };
const char* externalIdKey(ExternalIdStrength strength); // "none", "weak", "present"

/** A role of the account that a principal outside the customer's account and organization can assume. */
struct ThirdPartyRole {
    std::string name;
    std::string arn;
    QString file;
    SourceLocation location;
    std::vector<std::string> trustedAccounts; // 12-digit ids, sorted; "anyone" for `*`
    std::vector<std::string> trustedVendors; // parallel to trustedAccounts: the account's vendor name, or empty
    std::vector<std::string> trustedPrincipals; // role and user ARNs of those accounts, as written
    ExternalIdStrength externalId = ExternalIdStrength::None;
    std::optional<QDateTime> lastUsed;
    std::optional<qint64> idleDays; // since lastUsed, or since creation when never used; none: no date known
    bool neverUsed = false; // idleDays counts from CreateDate
    bool inactive = false;
    std::optional<Severity> worstSeverity;
    std::vector<Finding> findings; // the role's findings, exactly as analyzePackage() gives them
};

/**
 * One third party: an account outside the customer's (or "anyone") and every role it can assume. How the
 * list reads "Datadog, 3 roles" rather than twelve digits per role.
 */
struct ThirdParty {
    std::string account; // 12-digit id, or "anyone"
    std::string name; // vendor name, or empty when unknown
    std::vector<size_t> roles; // indices into Inventory::roles, in its order
    std::optional<Severity> worstSeverity;
    int inactiveRoles = 0;
    int rolesWithoutExternalId = 0; // External ID none or weak
};

/** Every third party with access to the account. */
struct Inventory {
    std::string account;
    QDate asOf;
    int idleDays = 90;
    std::vector<ThirdPartyRole> roles; // worst severity first, then most idle, then name
    std::vector<ThirdParty> thirdParties; // as roles: worst severity first, then most roles, then name or id

    /** Roles whose worst finding is `severity` (std::nullopt: roles without findings). */
    int rolesAt(std::optional<Severity> severity) const;
    int inactiveRoles() const;
    /** Roles whose trust ties them to the customer by no External ID, or a weak one. */
    int rolesWithoutExternalId() const;
};

/** "Datadog (464622532012)", "464622532012" when the name is unknown, "anyone" for any principal. */
QString thirdPartyLabel(const std::string& account, const std::string& name);

/**
 * The third parties among the roles of `package` (an account export, or any package): a role whose trust
 * policy lets a principal of another AWS account in, one outside the customer's organization (`orgAccounts`,
 * or a statement conditioned on aws:PrincipalOrgID, aws:PrincipalOrgPaths or aws:SourceOrgID), or any
 * principal at all. Service and federated principals are not third parties; nor are service-linked roles.
 * Findings come from `analysis` (analyzePackage() of the same package), filtered to each role.
 */
Inventory takeInventory(const ReviewSubject& package, const PackageAnalysis& analysis, const InventoryOptions& options);

} // namespace grantscope
