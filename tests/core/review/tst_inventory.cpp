// SPDX-License-Identifier: GPL-3.0-or-later
// The third parties of an account: who each trust policy lets in, how an External ID ties them to the
// customer, how long each role has been idle, and the findings analyze gives for it.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/AuthorizationDetails.h"
#include "package/PackageLoader.h"
#include "review/Inventory.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

Q_DECLARE_METATYPE(std::vector<std::string>)

class TestInventory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sampleThirdParties();
    void principalsClassified_data();
    void principalsClassified();
    void externalId_data();
    void externalId();
    void idleDaysAndInactive();
    void neverUsedCountsFromCreation();
    void sortedBySeverityThenIdleThenName();
    void findingsAreAnalyzes();
    void accountFromTheExport();
    void thirdPartiesGroupedAndNamed();
    void vendorNamesParsed();
};

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/account-authorization-details.json");
const QDate kAsOf(2026, 12, 1);

struct Run {
    ReviewSubject package;
    PackageAnalysis analysis;
    Inventory inventory;
};

Run inventoryOf(ReviewSubject package, InventoryOptions options)
{
    Run r;
    r.package = std::move(package);
    LoadOptions load;
    load.accountId = options.account.empty() ? exportAccount(r.package) : options.account;
    load.orgAccounts = options.orgAccounts;
    r.analysis = analyzePackage(r.package, Catalog::bundled(), RuleSet::bundled(), load);
    r.inventory = takeInventory(r.package, r.analysis, options);
    return r;
}

Run sample(std::vector<std::string> org = { "999988887777" }, int idleDays = 90)
{
    InventoryOptions options;
    options.orgAccounts = std::move(org);
    options.asOf = kAsOf;
    options.idleDays = idleDays;
    return inventoryOf(loadPackage({ kSample }), options);
}

// An export holding one role with `trust` as its trust policy's only statement.
Run oneRole(const std::string& statement, std::vector<std::string> org = {})
{
    const std::string text = R"({"RoleDetailList": [{"RoleName": "Probe", "Path": "/",
        "Arn": "arn:aws:iam::111122223333:role/Probe", "CreateDate": "2026-01-01T00:00:00Z",
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [)"
        + statement + R"(]}}], "IsTruncated": false})";
    ReviewSubject s;
    loadDocument(QStringLiteral("probe.json"), text, {}, s);
    finishAuthorizationDetails(s);
    InventoryOptions options;
    options.orgAccounts = std::move(org);
    options.asOf = kAsOf;
    return inventoryOf(std::move(s), options);
}

const ThirdPartyRole* roleNamed(const Inventory& inv, std::string_view name)
{
    for (const ThirdPartyRole& r : inv.roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

std::vector<std::string> names(const Inventory& inv)
{
    std::vector<std::string> out;
    for (const ThirdPartyRole& r : inv.roles)
        out.push_back(r.name);
    return out;
}

} // namespace

void TestInventory::sampleThirdParties()
{
    const Run r = sample();
    QVERIFY(!hasErrors(r.package.diagnostics));
    std::vector<std::string> found = names(r.inventory);
    std::sort(found.begin(), found.end());
    // Not the org's auditor, the org-wide role, the Lambda role, the SAML role or the service-linked role.
    QCOMPARE(found,
        (std::vector<std::string> {
            "DataExchangeRole", "NorthwindMonitoringRole", "PartnerSupportRole", "TrialVendorAccess" }));
    QCOMPARE(r.inventory.account, std::string("111122223333"));
    QCOMPARE(roleNamed(r.inventory, "NorthwindMonitoringRole")->trustedAccounts,
        std::vector<std::string> { "444455556666" });
    QCOMPARE(roleNamed(r.inventory, "NorthwindMonitoringRole")->trustedPrincipals,
        std::vector<std::string> { "arn:aws:iam::444455556666:role/northwind-collector" });
    QCOMPARE(roleNamed(r.inventory, "DataExchangeRole")->trustedAccounts, std::vector<std::string> { "anyone" });
    QCOMPARE(roleNamed(r.inventory, "NorthwindMonitoringRole")->arn,
        std::string("arn:aws:iam::111122223333:role/vendors/NorthwindMonitoringRole"));
    // Without --org-account, the organization's auditor is a third party like any other.
    const Run noOrg = sample({});
    QVERIFY(roleNamed(noOrg.inventory, "OrgAuditRole"));
    QVERIFY(!roleNamed(noOrg.inventory, "OrgWideReadRole"));
}

void TestInventory::principalsClassified_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<std::vector<std::string>>("accounts");
    auto row = [](const char* name, const char* principal, std::vector<std::string> accounts,
                   const char* condition = nullptr, const char* action = "sts:AssumeRole") {
        QString st = QStringLiteral(R"({"Effect": "Allow", "Principal": %1, "Action": "%2")")
                         .arg(QLatin1String(principal), QLatin1String(action));
        if (condition)
            st += QStringLiteral(R"(, "Condition": %1)").arg(QLatin1String(condition));
        st += QLatin1Char('}');
        QTest::newRow(name) << st << accounts;
    };
    row("another account's root", R"({"AWS": "arn:aws:iam::444455556666:root"})", { "444455556666" });
    row("a role of another account", R"({"AWS": "arn:aws:iam::444455556666:role/collector"})", { "444455556666" });
    row("a bare 12-digit account", R"({"AWS": "222233334444"})", { "222233334444" });
    row("Principal *", R"("*")", { "anyone" });
    row("AWS *", R"({"AWS": "*"})", { "anyone" });
    row("the customer's own account", R"({"AWS": "arn:aws:iam::111122223333:root"})", {});
    row("an org account by --org-account", R"({"AWS": "arn:aws:iam::999988887777:root"})", {});
    row("anyone in the org by aws:PrincipalOrgID", R"({"AWS": "*"})", {},
        R"({"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}})");
    row("an account in the org by aws:PrincipalOrgPaths", R"({"AWS": "arn:aws:iam::444455556666:root"})", {},
        R"({"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/*"}})");
    row("anyone in the org by aws:SourceOrgID", R"({"AWS": "*"})", {},
        R"({"StringEquals": {"aws:SourceOrgID": "o-a1b2c3d4e5"}})");
    row("a negated org condition does not count", R"({"AWS": "*"})", { "anyone" },
        R"({"StringNotEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}})");
    row("a service", R"({"Service": "lambda.amazonaws.com"})", {});
    row("a web identity provider",
        R"({"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"})", {}, nullptr,
        "sts:AssumeRoleWithWebIdentity");
    row("a SAML provider", R"({"Federated": "arn:aws:iam::111122223333:saml-provider/CorpIdP"})", {}, nullptr,
        "sts:AssumeRoleWithSAML");
    row("two outside accounts", R"({"AWS": ["arn:aws:iam::444455556666:root", "777788889999"]})",
        { "444455556666", "777788889999" });
}

void TestInventory::principalsClassified()
{
    QFETCH(QString, statement);
    QFETCH(std::vector<std::string>, accounts);
    const Run r = oneRole(statement.toStdString(), { "999988887777" });
    QVERIFY(!hasErrors(r.package.diagnostics));
    if (accounts.empty()) {
        QVERIFY(r.inventory.roles.empty());
        return;
    }
    QCOMPARE(r.inventory.roles.size(), size_t(1));
    QCOMPARE(r.inventory.roles[0].trustedAccounts, accounts);
}

void TestInventory::externalId_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no condition") << QString() << "none";
    QTest::newRow("another condition only") << R"({"Bool": {"aws:SecureTransport": "true"}})"
                                            << "none";
    QTest::newRow("a UUID") << R"({"StringEquals": {"sts:ExternalId": "c7f3a9e2-5b1d-4e8a-9f60-2d4b8a1e7c35"}})"
                            << "present";
    QTest::newRow("a short word") << R"({"StringEquals": {"sts:ExternalId": "partner"}})"
                                  << "weak";
    QTest::newRow("the account id") << R"({"StringEquals": {"sts:ExternalId": "111122223333"}})"
                                    << "weak";
    QTest::newRow("a wildcard") << R"({"StringLike": {"sts:ExternalId": "*"}})"
                                << "weak";
    QTest::newRow("IfExists")
        << R"({"StringEqualsIfExists": {"sts:ExternalId": "c7f3a9e2-5b1d-4e8a-9f60-2d4b8a1e7c35"}})"
        << "weak";
}

void TestInventory::externalId()
{
    QFETCH(QString, condition);
    QFETCH(QString, expected);
    std::string st = R"({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
        "Action": "sts:AssumeRole")";
    if (!condition.isEmpty())
        st += ", \"Condition\": " + condition.toStdString();
    st += "}";
    const Run r = oneRole(st);
    QCOMPARE(r.inventory.roles.size(), size_t(1));
    QCOMPARE(QString::fromLatin1(externalIdKey(r.inventory.roles[0].externalId)), expected);
    const Run s = sample();
    QCOMPARE(roleNamed(s.inventory, "NorthwindMonitoringRole")->externalId, ExternalIdStrength::Present);
    QCOMPARE(roleNamed(s.inventory, "PartnerSupportRole")->externalId, ExternalIdStrength::Weak);
    QCOMPARE(roleNamed(s.inventory, "TrialVendorAccess")->externalId, ExternalIdStrength::None);
}

void TestInventory::idleDaysAndInactive()
{
    const Run r = sample();
    const ThirdPartyRole* vendor = roleNamed(r.inventory, "NorthwindMonitoringRole");
    QVERIFY(vendor->lastUsed);
    QCOMPARE(vendor->lastUsed->date(), QDate(2026, 11, 28));
    QCOMPARE(vendor->idleDays, std::optional<qint64>(3));
    QVERIFY(!vendor->inactive);
    QVERIFY(!vendor->neverUsed);
    const ThirdPartyRole* partner = roleNamed(r.inventory, "PartnerSupportRole");
    QCOMPARE(partner->idleDays, std::optional<qint64>(169)); // 2026-06-15 to 2026-12-01
    QVERIFY(partner->inactive);
    // A longer threshold: no longer inactive.
    const Run lenient = sample({ "999988887777" }, 200);
    QVERIFY(!roleNamed(lenient.inventory, "PartnerSupportRole")->inactive);
    // The idle days count to --as-of.
    InventoryOptions later;
    later.orgAccounts = { "999988887777" };
    later.asOf = QDate(2026, 12, 31);
    const Run l = inventoryOf(loadPackage({ kSample }), later);
    QCOMPARE(roleNamed(l.inventory, "NorthwindMonitoringRole")->idleDays, std::optional<qint64>(33));
}

void TestInventory::neverUsedCountsFromCreation()
{
    const Run r = sample();
    const ThirdPartyRole* trial = roleNamed(r.inventory, "TrialVendorAccess");
    QVERIFY(!trial->lastUsed);
    QVERIFY(trial->neverUsed);
    QCOMPARE(trial->idleDays, std::optional<qint64>(QDate(2025, 3, 10).daysTo(kAsOf)));
    QVERIFY(trial->inactive);
}

void TestInventory::sortedBySeverityThenIdleThenName()
{
    const Run r = sample();
    const std::vector<ThirdPartyRole>& roles = r.inventory.roles;
    QVERIFY(roles.size() >= 2);
    for (size_t i = 1; i < roles.size(); ++i) {
        const int a = roles[i - 1].worstSeverity ? static_cast<int>(*roles[i - 1].worstSeverity) : -1;
        const int b = roles[i].worstSeverity ? static_cast<int>(*roles[i].worstSeverity) : -1;
        QVERIFY(a >= b);
        if (a == b) {
            QVERIFY(roles[i - 1].idleDays.value_or(-1) >= roles[i].idleDays.value_or(-1));
            if (roles[i - 1].idleDays == roles[i].idleDays)
                QVERIFY(roles[i - 1].name < roles[i].name);
        }
    }
    // Two roles alike but for idleness and name: the more idle first; equal idleness: by name.
    const std::string trust = R"({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
        "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "c7f3a9e2-5b1d-4e8a-9f60-2d4b8a1e7c35"}}})";
    auto role = [&](const char* name, const char* created) {
        return std::string(R"({"RoleName": ")") + name + R"(", "Path": "/", "Arn": "arn:aws:iam::111122223333:role/)"
            + name + R"(", "CreateDate": ")" + created
            + R"(", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [)" + trust + "]}}";
    };
    const std::string text = R"({"RoleDetailList": [)" + role("Bravo", "2026-11-01T00:00:00Z") + ","
        + role("Charlie", "2026-11-01T00:00:00Z") + "," + role("Alpha", "2026-11-20T00:00:00Z") + "]}";
    ReviewSubject s;
    loadDocument(QStringLiteral("three.json"), text, {}, s);
    finishAuthorizationDetails(s);
    InventoryOptions options;
    options.asOf = kAsOf;
    const Run three = inventoryOf(std::move(s), options);
    QCOMPARE(names(three.inventory), (std::vector<std::string> { "Bravo", "Charlie", "Alpha" }));
}

void TestInventory::findingsAreAnalyzes()
{
    const Run r = sample();
    LoadOptions load;
    load.accountId = "111122223333";
    load.orgAccounts = { "999988887777" };
    const PackageAnalysis analyzed
        = analyzePackage(loadPackage({ kSample }, load), Catalog::bundled(), RuleSet::bundled(), load);
    for (const ThirdPartyRole& role : r.inventory.roles) {
        std::vector<Finding> expected;
        for (const Finding& f : analyzed.findings)
            if (f.subject == role.name)
                expected.push_back(f);
        QVERIFY2(!expected.empty(), role.name.c_str());
        QCOMPARE(role.findings.size(), expected.size());
        QVERIFY(role.findings == expected);
        Severity worst = Severity::Info;
        for (const Finding& f : expected)
            worst = std::max(worst, f.severity);
        QCOMPARE(role.worstSeverity, std::optional<Severity>(worst));
    }
    const ThirdPartyRole* trial = roleNamed(r.inventory, "TrialVendorAccess");
    QVERIFY(std::any_of(trial->findings.begin(), trial->findings.end(),
        [](const Finding& f) { return f.rule == "trust-no-external-id"; }));
    const ThirdPartyRole* any = roleNamed(r.inventory, "DataExchangeRole");
    QCOMPARE(any->worstSeverity, std::optional<Severity>(Severity::Critical));
    // A strong External ID written for this account is not "written into a template".
    const ThirdPartyRole* vendor = roleNamed(r.inventory, "NorthwindMonitoringRole");
    QVERIFY(std::none_of(vendor->findings.begin(), vendor->findings.end(),
        [](const Finding& f) { return f.rule == "trust-weak-external-id" || f.rule == "trust-no-external-id"; }));
}

void TestInventory::accountFromTheExport()
{
    InventoryOptions options;
    options.asOf = kAsOf;
    const ReviewSubject s = loadPackage({ kSample });
    const Inventory inv = takeInventory(s, {}, options);
    QCOMPARE(inv.account, std::string("111122223333"));
    // Named on the command line, the account wins: the vendor's account is then "ours".
    options.account = "444455556666";
    const Inventory other = takeInventory(s, {}, options);
    QVERIFY(!roleNamed(other, "NorthwindMonitoringRole"));
}

void TestInventory::thirdPartiesGroupedAndNamed()
{
    InventoryOptions options;
    options.orgAccounts = { "999988887777" };
    options.asOf = kAsOf;
    options.vendorNames = { { "444455556666", "Northwind" } };
    const Run r = inventoryOf(loadPackage({ kSample }), options);
    const Inventory& inv = r.inventory;
    // Every (role, trusted account) pair is in exactly one third party, in the roles' ranked order.
    size_t pairs = 0;
    for (const ThirdPartyRole& role : inv.roles) {
        QCOMPARE(role.trustedVendors.size(), role.trustedAccounts.size());
        pairs += role.trustedAccounts.size();
    }
    size_t grouped = 0;
    for (const ThirdParty& party : inv.thirdParties) {
        QVERIFY(!party.roles.empty());
        QVERIFY(std::is_sorted(party.roles.begin(), party.roles.end()));
        std::optional<Severity> worst;
        int inactive = 0;
        for (size_t i : party.roles) {
            const ThirdPartyRole& role = inv.roles[i];
            const auto at = std::find(role.trustedAccounts.begin(), role.trustedAccounts.end(), party.account);
            QVERIFY(at != role.trustedAccounts.end());
            QCOMPARE(role.trustedVendors[static_cast<size_t>(at - role.trustedAccounts.begin())], party.name);
            if (role.worstSeverity && (!worst || *role.worstSeverity > *worst))
                worst = role.worstSeverity;
            inactive += role.inactive;
        }
        QCOMPARE(party.worstSeverity, worst);
        QCOMPARE(party.inactiveRoles, inactive);
        grouped += party.roles.size();
    }
    QCOMPARE(grouped, pairs);
    for (size_t i = 1; i < inv.thirdParties.size(); ++i) {
        const ThirdParty& a = inv.thirdParties[i - 1];
        const ThirdParty& b = inv.thirdParties[i];
        const int sa = a.worstSeverity ? static_cast<int>(*a.worstSeverity) : -1;
        const int sb = b.worstSeverity ? static_cast<int>(*b.worstSeverity) : -1;
        QVERIFY(sa > sb || (sa == sb && a.roles.size() >= b.roles.size()));
    }
    const auto northwind = std::find_if(inv.thirdParties.begin(), inv.thirdParties.end(),
        [](const ThirdParty& p) { return p.account == "444455556666"; });
    QVERIFY(northwind != inv.thirdParties.end());
    QCOMPARE(northwind->name, std::string("Northwind"));
    QCOMPARE(thirdPartyLabel(northwind->account, northwind->name), QStringLiteral("Northwind (444455556666)"));
    QCOMPARE(thirdPartyLabel("222233334444", {}), QStringLiteral("222233334444"));
    QCOMPARE(inv.rolesAt(std::nullopt) + inv.rolesAt(Severity::Info) + inv.rolesAt(Severity::Low)
            + inv.rolesAt(Severity::Medium) + inv.rolesAt(Severity::High) + inv.rolesAt(Severity::Critical),
        static_cast<int>(inv.roles.size()));

    // A vendor's published account is named without being told; the reviewer's name wins over it.
    const std::string datadog = R"({"RoleDetailList": [{"RoleName": "DatadogIntegrationRole", "Path": "/",
        "Arn": "arn:aws:iam::111122223333:role/DatadogIntegrationRole", "CreateDate": "2026-01-01T00:00:00Z",
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::464622532012:root"}, "Action": "sts:AssumeRole"}]}}]})";
    ReviewSubject s;
    loadDocument(QStringLiteral("datadog.json"), datadog, {}, s);
    finishAuthorizationDetails(s);
    InventoryOptions plain;
    plain.asOf = kAsOf;
    QCOMPARE(takeInventory(s, {}, plain).thirdParties.at(0).name, knownVendorAccounts().at("464622532012"));
    QVERIFY(!knownVendorAccounts().at("464622532012").empty());
    plain.vendorNames = { { "464622532012", "Datadog (production)" } };
    const Inventory named = takeInventory(s, {}, plain);
    QCOMPARE(named.thirdParties.at(0).name, std::string("Datadog (production)"));
    QCOMPARE(named.roles.at(0).trustedVendors, std::vector<std::string> { "Datadog (production)" });
}

void TestInventory::vendorNamesParsed()
{
    std::map<std::string, std::string> names;
    QString error;
    QVERIFY(addVendorName(QStringLiteral(" 464622532012 = Datadog "), names, &error));
    QCOMPARE(names.at("464622532012"), std::string("Datadog"));
    for (const char* bad : { "Datadog", "4646=Datadog", "464622532012=", "=Datadog", "46462253201x=Datadog" }) {
        error.clear();
        QVERIFY2(!addVendorName(QString::fromLatin1(bad), names, &error), bad);
        QVERIFY(error.contains(QString::fromLatin1(bad)));
    }
    QCOMPARE(names.size(), size_t(1));
    for (const auto& [id, name] : knownVendorAccounts()) {
        QCOMPARE(id.size(), size_t(12));
        QVERIFY(!name.empty());
    }
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
