// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/Inventory.h"

#include "analysis/ExternalIdCheck.h"
#include "analysis/PrincipalText.h"
#include "analysis/RequestEvaluator.h"
#include "common/AwsIds.h"
#include "common/ResourceData.h"
#include "common/Text.h"
#include "package/AuthorizationDetails.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <sstream>

namespace grantscope {

namespace {

bool negated(const ConditionClause& c)
{
    return c.op == ConditionOperator::StringNotEquals || c.op == ConditionOperator::StringNotLike
        || c.op == ConditionOperator::StringNotEqualsIgnoreCase || c.op == ConditionOperator::ArnNotEquals
        || c.op == ConditionOperator::ArnNotLike || c.op == ConditionOperator::Null;
}

const ConditionClause* condition(const Statement& st, std::initializer_list<const char*> keys)
{
    for (const ConditionClause& c : st.conditions)
        if (!negated(c) && !c.values.empty())
            for (const char* k : keys)
                if (equalsIgnoreCaseAscii(c.key, k))
                    return &c;
    return nullptr;
}

bool assumes(const Statement& st)
{
    if (st.notAction)
        return true;
    return std::any_of(st.actions.begin(), st.actions.end(), [](const LocatedString& a) {
        return actionMatches(a.value, "sts:AssumeRole") || actionMatches(a.value, "sts:AssumeRoleWithWebIdentity")
            || actionMatches(a.value, "sts:AssumeRoleWithSAML");
    });
}

bool inOrganization(const Statement& st)
{
    return condition(st, { "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:SourceOrgID" }) != nullptr;
}

// How a statement that lets a third party in ties the role to this customer.
ExternalIdStrength externalIdOf(const Statement& st, const ReviewSubject& package, const ExternalIdContext& context)
{
    const ConditionClause* c = condition(st, { "sts:ExternalId" });
    if (!c)
        return ExternalIdStrength::None;
    if (c->ifExists)
        return ExternalIdStrength::Weak;
    for (const std::string& v : c->values) {
        if (c->op == ConditionOperator::StringLike && v.find_first_of("*?") != std::string::npos)
            return ExternalIdStrength::Weak;
        if (judgeExternalId(v, package, context).kind == ExternalIdVerdict::Kind::Weak)
            return ExternalIdStrength::Weak;
    }
    return ExternalIdStrength::Present;
}

std::optional<QDateTime> parseTime(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(QString::fromStdString(text), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

// Which third parties a role's trust policy lets in; false when none.
bool classify(const RoleRecord& role, const std::string& account, const std::vector<std::string>& org,
    const ReviewSubject& package, ThirdPartyRole& out)
{
    std::set<std::string> accounts;
    std::set<std::string> principals;
    bool third = false;
    ExternalIdStrength weakest = ExternalIdStrength::Present;
    const ExternalIdContext context { account, org, false };
    for (const Statement& st : role.trustPolicy.statements) {
        if (st.effect != Effect::Allow || !assumes(st))
            continue;
        const bool orgCondition = inOrganization(st);
        bool statementThird = false;
        if (st.notPrincipal && !orgCondition) {
            accounts.insert("anyone"); // everyone but the listed principals
            statementThird = true;
        }
        for (const PrincipalEntry& p : st.principals) {
            if (st.notPrincipal)
                break;
            if (p.type != "*" && p.type != "AWS")
                continue; // services act in the customer's account; federated identities are the customer's IdP
            if (p.type == "*" || p.value == "*" || p.value == "arn:aws:iam::*:root") {
                if (!orgCondition) {
                    accounts.insert("anyone");
                    statementThird = true;
                }
                continue;
            }
            const std::string owner = principalAccount(p.value);
            if (owner.empty() || owner == account || orgCondition
                || std::find(org.begin(), org.end(), owner) != org.end())
                continue;
            accounts.insert(owner);
            if (!isAwsAccountId(p.value) && !p.value.ends_with(":root"))
                principals.insert(p.value);
            statementThird = true;
        }
        if (!statementThird)
            continue;
        third = true;
        weakest = std::min(weakest, externalIdOf(st, package, context));
    }
    if (!third)
        return false;
    out.trustedAccounts.assign(accounts.begin(), accounts.end());
    out.trustedPrincipals.assign(principals.begin(), principals.end());
    out.externalId = weakest;
    return true;
}

} // namespace

const std::map<std::string, std::string>& knownVendorAccounts()
{
    static const std::map<std::string, std::string> accounts = [] {
        std::map<std::string, std::string> out;
        std::istringstream in(bundledResourceText(QStringLiteral(":/vendors/accounts.tsv")));
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line.front() == '#')
                continue;
            const size_t tab = line.find('\t');
            if (tab == std::string::npos)
                continue;
            const std::string id = line.substr(0, tab);
            std::string name = line.substr(tab + 1);
            while (!name.empty() && (name.back() == '\r' || name.back() == ' '))
                name.pop_back();
            if (isAwsAccountId(id) && !name.empty())
                out.emplace(id, name);
        }
        return out;
    }();
    return accounts;
}

bool addVendorName(const QString& text, std::map<std::string, std::string>& names, QString* error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const std::string id = text.left(eq).trimmed().toStdString();
    const QString name = eq < 0 ? QString() : text.mid(eq + 1).trimmed();
    if (eq < 0 || !isAwsAccountId(id) || name.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "Inventory", "a vendor is named as ID=Name with a 12-digit AWS account id, not \"%1\"")
                         .arg(text);
        return false;
    }
    names[id] = name.toStdString();
    return true;
}

QString thirdPartyLabel(const std::string& account, const std::string& name)
{
    if (account == "anyone")
        return QCoreApplication::translate("Inventory", "anyone");
    if (name.empty())
        return QString::fromStdString(account);
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(name), QString::fromStdString(account));
}

int Inventory::rolesAt(std::optional<Severity> severity) const
{
    return static_cast<int>(std::count_if(
        roles.begin(), roles.end(), [&](const ThirdPartyRole& r) { return r.worstSeverity == severity; }));
}

int Inventory::inactiveRoles() const
{
    return static_cast<int>(
        std::count_if(roles.begin(), roles.end(), [](const ThirdPartyRole& r) { return r.inactive; }));
}

int Inventory::rolesWithoutExternalId() const
{
    return static_cast<int>(std::count_if(roles.begin(), roles.end(),
        [](const ThirdPartyRole& r) { return r.externalId != ExternalIdStrength::Present; }));
}

const char* externalIdKey(ExternalIdStrength strength)
{
    switch (strength) {
    case ExternalIdStrength::None:
        return "none";
    case ExternalIdStrength::Weak:
        return "weak";
    case ExternalIdStrength::Present:
        return "present";
    }
    return "none";
}

Inventory takeInventory(const ReviewSubject& package, const PackageAnalysis& analysis, const InventoryOptions& options)
{
    Inventory inventory;
    inventory.account = options.account.empty() ? exportAccount(package) : options.account;
    inventory.asOf = options.asOf.isValid() ? options.asOf : QDateTime::currentDateTimeUtc().date();
    for (const RoleRecord& role : package.roles) {
        if (role.kind != "role" || !role.hasTrustPolicy || (role.account && role.account->serviceLinked()))
            continue;
        ThirdPartyRole r;
        if (!classify(role, inventory.account, options.orgAccounts, package, r))
            continue;
        r.name = role.name;
        r.arn = role.account ? role.account->arn : std::string();
        r.file = role.file;
        r.location = role.location;
        if (role.account) {
            r.lastUsed = parseTime(role.account->lastUsedDate);
            const std::optional<QDateTime> since = r.lastUsed ? r.lastUsed : parseTime(role.account->createDate);
            r.neverUsed = !r.lastUsed && since.has_value();
            if (since)
                r.idleDays = std::max<qint64>(0, since->date().daysTo(inventory.asOf));
        }
        r.inactive = r.idleDays.has_value() && *r.idleDays > options.idleDays;
        for (const Finding& f : analysis.findings)
            if (f.subject == role.name) {
                r.findings.push_back(f);
                if (!r.worstSeverity || f.severity > *r.worstSeverity)
                    r.worstSeverity = f.severity;
            }
        inventory.roles.push_back(std::move(r));
    }
    std::stable_sort(
        inventory.roles.begin(), inventory.roles.end(), [](const ThirdPartyRole& a, const ThirdPartyRole& b) {
            const int sa = a.worstSeverity ? static_cast<int>(*a.worstSeverity) : -1;
            const int sb = b.worstSeverity ? static_cast<int>(*b.worstSeverity) : -1;
            if (sa != sb)
                return sa > sb;
            const qint64 ia = a.idleDays.value_or(-1);
            const qint64 ib = b.idleDays.value_or(-1);
            if (ia != ib)
                return ia > ib;
            return a.name < b.name;
        });

    // Names, then one entry per trusted account over the ranked roles.
    const std::map<std::string, std::string>& known = knownVendorAccounts();
    auto nameOf = [&](const std::string& account) -> std::string {
        if (auto it = options.vendorNames.find(account); it != options.vendorNames.end())
            return it->second;
        if (auto it = known.find(account); it != known.end())
            return it->second;
        return {};
    };
    inventory.idleDays = options.idleDays;
    std::map<std::string, size_t> partyOf;
    for (size_t i = 0; i < inventory.roles.size(); ++i) {
        ThirdPartyRole& r = inventory.roles[i];
        r.trustedVendors.clear();
        for (const std::string& account : r.trustedAccounts) {
            r.trustedVendors.push_back(nameOf(account));
            auto [it, added] = partyOf.emplace(account, inventory.thirdParties.size());
            if (added)
                inventory.thirdParties.push_back({ account, r.trustedVendors.back(), {}, std::nullopt, 0, 0 });
            ThirdParty& party = inventory.thirdParties[it->second];
            party.roles.push_back(i);
            if (r.worstSeverity && (!party.worstSeverity || *r.worstSeverity > *party.worstSeverity))
                party.worstSeverity = r.worstSeverity;
            party.inactiveRoles += r.inactive ? 1 : 0;
            party.rolesWithoutExternalId += r.externalId != ExternalIdStrength::Present ? 1 : 0;
        }
    }
    std::stable_sort(
        inventory.thirdParties.begin(), inventory.thirdParties.end(), [](const ThirdParty& a, const ThirdParty& b) {
            const int sa = a.worstSeverity ? static_cast<int>(*a.worstSeverity) : -1;
            const int sb = b.worstSeverity ? static_cast<int>(*b.worstSeverity) : -1;
            if (sa != sb)
                return sa > sb;
            if (a.roles.size() != b.roles.size())
                return a.roles.size() > b.roles.size();
            const std::string& la = a.name.empty() ? a.account : a.name;
            const std::string& lb = b.name.empty() ? b.account : b.name;
            return la < lb;
        });
    return inventory;
}

} // namespace grantscope
