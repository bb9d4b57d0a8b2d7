// SPDX-License-Identifier: GPL-3.0-or-later
// The "Third parties" view of an account export: its rows against takeInventory() of the same review, sorting,
// filtering, the line of counts, the hint without an export, the way to a role's findings, and the account the
// window takes from the export.
#include "app/MainWindow.h"
#include "app/Prompts.h"
#include "common/QtText.h"
#include "document/ReviewDocument.h"
#include "models/FindingsFilterModel.h"
#include "models/InventoryModel.h"
#include "review/Inventory.h"
#include "review/Review.h"
#include "views/FindingsView.h"
#include "views/InventoryView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

const QString kExport = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/account-authorization-details.json");
const QString kTemplate = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");

// An export of 111122223333 in which a break-glass role trusts the account's own root and a vendor role trusts
// another account with an External ID: only the vendor is a third party.
const char kOwnRootExport[] = R"({
    "UserDetailList": [],
    "GroupDetailList": [],
    "RoleDetailList": [
        {
            "Path": "/",
            "RoleName": "BreakGlassAdmin",
            "RoleId": "AROAEXAMPLEBREAKGLASS",
            "Arn": "arn:aws:iam::111122223333:role/BreakGlassAdmin",
            "CreateDate": "2024-06-02T09:15:00+00:00",
            "AssumeRolePolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
                        "Action": "sts:AssumeRole"
                    }
                ]
            },
            "RolePolicyList": [],
            "AttachedManagedPolicies": [
                { "PolicyName": "ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess" }
            ],
            "Tags": [],
            "RoleLastUsed": {}
        },
        {
            "Path": "/vendors/",
            "RoleName": "ContosoBackupRole",
            "RoleId": "AROAEXAMPLECONTOSO01",
            "Arn": "arn:aws:iam::111122223333:role/vendors/ContosoBackupRole",
            "CreateDate": "2025-09-14T11:40:00+00:00",
            "AssumeRolePolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": { "AWS": "arn:aws:iam::555566667777:role/contoso-backup-agent" },
                        "Action": "sts:AssumeRole",
                        "Condition": { "StringEquals": { "sts:ExternalId": "5e0c2f7a-91d4-4b3e-a8c6-7f21d9b04e13" } }
                    }
                ]
            },
            "RolePolicyList": [],
            "AttachedManagedPolicies": [
                { "PolicyName": "ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess" }
            ],
            "Tags": [],
            "RoleLastUsed": { "LastUsedDate": "2026-11-30T08:00:00+00:00", "Region": "us-east-1" }
        }
    ],
    "Policies": []
})";

class NoPrompts : public Prompts {
public:
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return {}; }
    QString openFolder(QWidget*, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    void error(QWidget*, const QString&, const QString&) override { }
    bool confirm(QWidget*, const QString&, const QString&) override { return true; }
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override { return SaveChoice::Discard; }
};

Inventory expectedInventory(const Review& review)
{
    InventoryOptions options;
    options.account = review.options.accountId;
    options.orgAccounts = review.options.orgAccounts;
    return takeInventory(review.package, review.analysis, options);
}

QStringList names(const QAbstractItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, InventoryModel::RoleColumn).data().toString();
    return out;
}

} // namespace

class TestInventoryView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsAreTheInventory();
    void worstFirstPutsOpenTrustFirst();
    void filterNarrowsRows();
    void headerCounts();
    void withoutAnExportTheViewIsDisabled();
    void windowTakesTheAccountOfTheExport();
    void accountGivenInSettingsIsKept();
    void activatingARoleShowsItsFindings();
    void namedVendorsAreRemembered();

private:
    std::shared_ptr<const Review> m_export;
    std::unique_ptr<ReviewDocument> m_document;
    std::unique_ptr<InventoryView> m_view;
};

void TestInventoryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_inventoryview"));
    QSettings().clear();
    m_export = loadSharedReview({ kExport }, {});
    QVERIFY(!m_export->package.empty());
}

void TestInventoryView::init()
{
    m_document = std::make_unique<ReviewDocument>();
    m_view = std::make_unique<InventoryView>(m_document.get());
    m_view->resize(1000, 500);
}

void TestInventoryView::cleanup()
{
    m_view.reset();
    m_document.reset();
}

void TestInventoryView::rowsAreTheInventory()
{
    m_document->setReview(m_export);
    QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Inventory expected = expectedInventory(*m_export);
    QVERIFY(!expected.roles.empty());
    const InventoryModel* model = m_view->model();
    QCOMPARE(model->rowCount(), static_cast<int>(expected.roles.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const ThirdPartyRole& r = expected.roles[static_cast<size_t>(row)];
        auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(InventoryModel::RoleColumn), toQString(r.name));
        QCOMPARE(cell(InventoryModel::ExternalIdColumn), InventoryModel::externalIdText(r.externalId));
        QCOMPARE(cell(InventoryModel::LastUsedColumn),
            r.lastUsed ? r.lastUsed->toUTC().date().toString(Qt::ISODate) : QStringLiteral("never"));
        QCOMPARE(cell(InventoryModel::IdleDaysColumn), r.idleDays ? QString::number(*r.idleDays) : QString());
        QCOMPARE(cell(InventoryModel::InactiveColumn).isEmpty(), !r.inactive);
        QCOMPARE(cell(InventoryModel::WorstColumn), r.worstSeverity ? severityName(*r.worstSeverity) : QString());
        QCOMPARE(model->index(row, InventoryModel::FindingsColumn).data().toInt(), static_cast<int>(r.findings.size()));
        for (const std::string& account : r.trustedAccounts)
            QVERIFY(cell(InventoryModel::TrustedColumn)
                        .contains(account == "anyone" ? QStringLiteral("anyone") : toQString(account)));
        // The first finding is the role's own, found in the review's findings.
        const int first = model->index(row, 0).data(InventoryModel::FirstFindingRole).toInt();
        if (r.findings.empty()) {
            QCOMPARE(first, -1);
        } else {
            QVERIFY(first >= 0);
            QCOMPARE(m_export->analysis.findings[static_cast<size_t>(first)], r.findings.front());
        }
    }
    // "none" and "weak" stand out in a severity colour; "present" does not.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant colour = model->index(row, InventoryModel::ExternalIdColumn).data(Qt::ForegroundRole);
        QCOMPARE(colour.isValid(), expected.roles[static_cast<size_t>(row)].externalId != ExternalIdStrength::Present);
    }
}

void TestInventoryView::worstFirstPutsOpenTrustFirst()
{
    m_document->setReview(m_export);
    QSortFilterProxyModel* proxy = m_view->proxy();
    proxy->sort(InventoryModel::WorstColumn, Qt::AscendingOrder);
    proxy->sort(InventoryModel::WorstColumn, Qt::DescendingOrder);
    const Inventory expected = expectedInventory(*m_export);
    auto worst = [&](int row) {
        return proxy->index(row, InventoryModel::WorstColumn).data(InventoryModel::SortRole).toInt();
    };
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(worst(row - 1) >= worst(row));
    // The roles anyone may assume and those without an External ID: at the top, before every role with one.
    int lastOpen = -1;
    int firstGuarded = proxy->rowCount();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString external = proxy->index(row, InventoryModel::ExternalIdColumn).data().toString();
        const QString trusted = proxy->index(row, InventoryModel::TrustedColumn).data().toString();
        if (trusted == QStringLiteral("anyone") || external == QStringLiteral("none"))
            lastOpen = row;
        else
            firstGuarded = std::min(firstGuarded, row);
    }
    QVERIFY(lastOpen >= 0);
    QVERIFY(lastOpen < firstGuarded);
    const QStringList top = names(proxy).mid(0, 2);
    QVERIFY2(top.contains(QStringLiteral("DataExchangeRole")), qPrintable(top.join(QLatin1Char(','))));
    QCOMPARE(proxy->index(0, InventoryModel::WorstColumn).data().toString(), severityName(Severity::Critical));
}

void TestInventoryView::filterNarrowsRows()
{
    m_document->setReview(m_export);
    const int all = m_view->proxy()->rowCount();
    auto* filter = m_view->findChild<QLineEdit*>(QStringLiteral("inventoryFilter"));
    QVERIFY(filter && filter->isEnabled() && !filter->isHidden());
    QVERIFY(!m_view->findChild<QTableView*>(QStringLiteral("inventoryTable"))->isHidden());
    QTest::keyClicks(filter, QStringLiteral("222233334444"));
    QCOMPARE(names(m_view->proxy()), QStringList { QStringLiteral("PartnerSupportRole") });
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("WEAK"));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    filter->clear();
    QCOMPARE(m_view->proxy()->rowCount(), all);
}

void TestInventoryView::headerCounts()
{
    m_document->setReview(m_export);
    const Inventory expected = expectedInventory(*m_export);
    const auto inactive = std::count_if(
        expected.roles.begin(), expected.roles.end(), [](const ThirdPartyRole& r) { return r.inactive; });
    QString text = QStringLiteral("%1 third-party role(s) in account 111122223333, %2 inactive")
                       .arg(expected.roles.size())
                       .arg(inactive);
    QStringList counts;
    for (const Severity s : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info }) {
        const auto n = std::count_if(expected.roles.begin(), expected.roles.end(),
            [s](const ThirdPartyRole& r) { return r.worstSeverity == s; });
        if (n > 0)
            counts << QStringLiteral("%1 %2").arg(severityName(s).toLower()).arg(n);
    }
    QVERIFY(!counts.isEmpty());
    text += QStringLiteral(", by worst finding: ") + counts.join(QStringLiteral(", "));
    QCOMPARE(m_view->headerText(), text);
    QCOMPARE(m_view->findChild<QLabel*>(QStringLiteral("inventoryHeader"))->text(), text);
}

void TestInventoryView::withoutAnExportTheViewIsDisabled()
{
    QVERIFY(!m_view->hasInventory());
    const QString hint
        = QStringLiteral("Open an account's get-account-authorization-details export to list its third parties "
                         "(Help ▸ Open Sample Account Export shows one)");
    QCOMPARE(m_view->headerText(), hint);
    m_document->setReview(loadSharedReview({ kTemplate }, {}));
    QVERIFY(!m_view->hasInventory());
    QCOMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(m_view->headerText(), hint);
    QVERIFY(!m_view->findChild<QTableView*>(QStringLiteral("inventoryTable"))->isEnabled());
    QVERIFY(!m_view->findChild<QLineEdit*>(QStringLiteral("inventoryFilter"))->isEnabled());
    // Only the hint shows, not an empty table that would read as an account without third parties.
    QVERIFY(m_view->findChild<QTableView*>(QStringLiteral("inventoryTable"))->isHidden());
    QVERIFY(m_view->findChild<QLineEdit*>(QStringLiteral("inventoryFilter"))->isHidden());

    // In the window the tab is disabled and says why; an export enables it.
    MainWindow window;
    window.setPrompts(std::make_unique<NoPrompts>());
    window.openPathsNow({ kTemplate });
    auto* tabs = window.findChild<QTabWidget*>();
    QVERIFY(tabs);
    const int tab = tabs->indexOf(window.inventoryView());
    QVERIFY(tab >= 0);
    QVERIFY(!tabs->isTabEnabled(tab));
    QCOMPARE(tabs->tabToolTip(tab), hint);
    window.openPathsNow({ kExport });
    QVERIFY(tabs->isTabEnabled(tab));
    QCOMPARE(MainWindow::viewFromKey(QStringLiteral("inventory")), MainWindow::View::Inventory);

    // Help > Open Sample Account Export: the export is there to try, and opens with its third parties.
    QVERIFY(!MainWindow::sampleDirectory().isEmpty());
    auto* sample = window.findChild<QAction*>(QStringLiteral("actionOpenSampleExport"));
    QVERIFY(sample && sample->isEnabled());
    window.openPathsNow({ kTemplate });
    QVERIFY(!tabs->isTabEnabled(tab));
    sample->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && tabs->isTabEnabled(tab), 20000);
    QVERIFY(window.inventoryView()->hasInventory());
}

void TestInventoryView::windowTakesTheAccountOfTheExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("prod-account-details.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kOwnRootExport);
    }
    // The window's load path, with the settings the reviewer has not touched.
    const std::shared_ptr<const Review> review = loadSharedReview({ path }, LoadOptions {});
    QCOMPARE(review->options.accountId, std::string("111122223333"));
    m_document->setReview(review);
    QCOMPARE(names(m_view->model()), QStringList { QStringLiteral("ContosoBackupRole") });
    QVERIFY(m_view->headerText().startsWith(QStringLiteral("1 third-party role(s) in account 111122223333")));
}

void TestInventoryView::accountGivenInSettingsIsKept()
{
    LoadOptions options;
    options.accountId = "999988887777";
    const std::shared_ptr<const Review> review = loadSharedReview({ kExport }, options);
    QCOMPARE(review->options.accountId, std::string("999988887777"));
}

void TestInventoryView::activatingARoleShowsItsFindings()
{
    MainWindow window;
    window.setPrompts(std::make_unique<NoPrompts>());
    window.resize(1280, 720);
    window.show();
    window.openPathsNow({ kExport });
    window.showView(MainWindow::View::Inventory);
    QCOMPARE(window.currentView(), MainWindow::View::Inventory);
    InventoryView* view = window.inventoryView();
    auto* table = view->findChild<QTableView*>(QStringLiteral("inventoryTable"));
    QVERIFY(table);
    // On a 1280x720 screen beside the package tree and the source, every column shows in full.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const QModelIndex index = view->proxy()->index(0, InventoryModel::RoleColumn);
    const QString role = index.data().toString();
    const int first = index.data(InventoryModel::FirstFindingRole).toInt();
    QVERIFY(first >= 0);
    table->setCurrentIndex(index);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window.currentView(), MainWindow::View::Findings);
    QCOMPARE(window.document()->currentFinding(), first);
    FindingsView* findings = window.findChild<FindingsView*>();
    QVERIFY(findings);
    QCOMPARE(findings->currentFinding(), first);
    QCOMPARE(findings->findChild<QLineEdit*>(QStringLiteral("findingsSearch"))->text(), role);
    // Every finding left in the table concerns that role.
    const QAbstractItemModel* shown = findings->filterModel();
    QVERIFY(shown->rowCount() > 0);
}

// A vendor named once reads by name in every row and every later export; an empty name forgets it.
void TestInventoryView::namedVendorsAreRemembered()
{
    m_document->setReview(m_export);
    const InventoryModel* model = m_view->model();
    auto trustedOf = [&](const QString& role) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, InventoryModel::RoleColumn).data().toString() == role)
                return model->index(row, InventoryModel::TrustedColumn).data().toString();
        return QString();
    };
    QCOMPARE(trustedOf(QStringLiteral("NorthwindMonitoringRole")), QStringLiteral("444455556666"));
    QSignalSpy changed(m_document.get(), &ReviewDocument::inventoryChanged);
    m_document->setVendorName("444455556666", QStringLiteral(" Northwind "));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(trustedOf(QStringLiteral("NorthwindMonitoringRole")), QStringLiteral("Northwind (444455556666)"));
    QCOMPARE(ReviewDocument::vendorNames().at("444455556666"), std::string("Northwind"));
    // The view's inventory is the document's; the third party is grouped under the name.
    const auto& parties = m_document->inventory().thirdParties;
    QVERIFY(std::any_of(parties.begin(), parties.end(),
        [](const ThirdParty& p) { return p.account == "444455556666" && p.name == "Northwind"; }));
    // The filter finds the vendor by name.
    m_view->findChild<QLineEdit*>(QStringLiteral("inventoryFilter"))->setText(QStringLiteral("northwind"));
    QCOMPARE(names(m_view->proxy()), QStringList { QStringLiteral("NorthwindMonitoringRole") });
    m_view->findChild<QLineEdit*>(QStringLiteral("inventoryFilter"))->clear();

    // Remembered: another window's document names it the same.
    ReviewDocument later;
    later.setReview(m_export);
    const std::vector<ThirdPartyRole>& roles = later.inventory().roles;
    const auto northwind = std::find_if(
        roles.begin(), roles.end(), [](const ThirdPartyRole& r) { return r.name == "NorthwindMonitoringRole"; });
    QVERIFY(northwind != roles.end());
    QCOMPARE(northwind->trustedVendors, std::vector<std::string> { "Northwind" });

    // A name that is not one (an account id that is not twelve digits) changes nothing; an empty one forgets.
    m_document->setVendorName("4444", QStringLiteral("Nobody"));
    QVERIFY(!ReviewDocument::vendorNames().contains("4444"));
    m_document->setVendorName("444455556666", QString());
    QVERIFY(!ReviewDocument::vendorNames().contains("444455556666"));
    QCOMPARE(trustedOf(QStringLiteral("NorthwindMonitoringRole")), QStringLiteral("444455556666"));
}

QTEST_MAIN(TestInventoryView)
#include "tst_inventoryview.moc"
