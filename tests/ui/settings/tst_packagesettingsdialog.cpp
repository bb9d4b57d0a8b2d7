// SPDX-License-Identifier: GPL-3.0-or-later
// The package settings dialog: what it accepts, what it refuses, and the options it gives back.
#include "settings/PackageSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

std::map<std::string, ParameterRecord> declared()
{
    std::map<std::string, ParameterRecord> out;
    ParameterRecord externalId;
    externalId.name = "ExternalId";
    externalId.description = "The External ID shown on the vendor's integration page";
    externalId.value = "acme-1234";
    externalId.resolved = true;
    externalId.fromDefault = true;
    out[externalId.name] = externalId;
    ParameterRecord vendor;
    vendor.name = "VendorAccountId";
    out[vendor.name] = vendor;
    return out;
}

int rowOf(QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == name)
            return row;
    return -1;
}

} // namespace

class TestPackageSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseAccounts_data();
    void parseAccounts();
    void malformedValuesDisableOk();
    void optionsAsEdited();
};

void TestPackageSettingsDialog::parseAccounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("accounts");
    QTest::newRow("empty") << QString() << true << QStringList();
    QTest::newRow("commas and spaces, duplicate dropped")
        << QStringLiteral("111122223333, 444455556666 111122223333") << true
        << QStringList { QStringLiteral("111122223333"), QStringLiteral("444455556666") };
    QTest::newRow("one per line") << QStringLiteral("111122223333\n444455556666\n") << true
                                  << QStringList { QStringLiteral("111122223333"), QStringLiteral("444455556666") };
    QTest::newRow("eleven digits") << QStringLiteral("11112222333") << false << QStringList();
    QTest::newRow("an ARN is not an id") << QStringLiteral("arn:aws:iam::111122223333:root") << false << QStringList();
}

void TestPackageSettingsDialog::parseAccounts()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QStringList, accounts);
    QString error;
    const std::optional<std::vector<std::string>> parsed = PackageSettingsDialog::parseAccounts(text, &error);
    QCOMPARE(parsed.has_value(), ok);
    if (!ok) {
        QVERIFY(error.contains(QStringLiteral("12-digit")));
        return;
    }
    QStringList got;
    for (const std::string& a : *parsed)
        got << QString::fromStdString(a);
    QCOMPARE(got, accounts);
}

void TestPackageSettingsDialog::malformedValuesDisableOk()
{
    PackageSettingsDialog dialog(LoadOptions {}, declared());
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.problem().isEmpty());
    auto* account = dialog.findChild<QLineEdit*>(QStringLiteral("accountEdit"));
    account->setText(QStringLiteral("12345"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().startsWith(QStringLiteral("Account:")));
    account->setText(QStringLiteral("123456789012"));
    QVERIFY(ok->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("orgAccountsEdit"))->setText(QStringLiteral("210987654321, oops"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("\"oops\"")));
    dialog.findChild<QLineEdit*>(QStringLiteral("orgAccountsEdit"))->setText(QStringLiteral("210987654321"));
    dialog.findChild<QLineEdit*>(QStringLiteral("regionEdit"))->setText(QStringLiteral("Frankfurt"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().startsWith(QStringLiteral("Region:")));
}

void TestPackageSettingsDialog::optionsAsEdited()
{
    LoadOptions given;
    given.parameters["ExternalId"] = "from-the-vendor-console-7Qx2";
    given.parameters["Unused"] = "kept";
    PackageSettingsDialog dialog(given, declared());
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("parametersTable"));
    // Every declared parameter and every value given is a row; the template's default is shown, not typed.
    QCOMPARE(table->rowCount(), 3);
    const int externalId = rowOf(table, QStringLiteral("ExternalId"));
    const int vendor = rowOf(table, QStringLiteral("VendorAccountId"));
    const int unused = rowOf(table, QStringLiteral("Unused"));
    QVERIFY(externalId >= 0 && vendor >= 0 && unused >= 0);
    QCOMPARE(table->item(externalId, 1)->text(), QStringLiteral("from-the-vendor-console-7Qx2"));
    QVERIFY(table->item(externalId, 2)->text().contains(QStringLiteral("acme-1234")));
    QVERIFY(table->item(vendor, 2)->text().contains(QStringLiteral("no default")));
    QVERIFY(table->item(unused, 2)->text().contains(QStringLiteral("not a parameter")));

    table->item(vendor, 1)->setText(QStringLiteral("210987654321"));
    table->item(externalId, 1)->setText(QString()); // back to the template's default
    dialog.findChild<QLineEdit*>(QStringLiteral("orgAccountsEdit"))->setText(QStringLiteral("444455556666"));
    auto* partition = dialog.findChild<QComboBox*>(QStringLiteral("partitionCombo"));
    partition->setCurrentIndex(partition->findData(QStringLiteral("aws-us-gov")));
    const LoadOptions out = dialog.options();
    QCOMPARE(out.parameters.size(), size_t(2));
    QCOMPARE(out.parameters.at("VendorAccountId"), std::string("210987654321"));
    QCOMPARE(out.parameters.at("Unused"), std::string("kept"));
    QVERIFY(!out.parameters.contains("ExternalId"));
    QCOMPARE(out.orgAccounts, std::vector<std::string> { "444455556666" });
    QVERIFY(out.partitionGiven);
    QCOMPARE(out.partition, std::string("aws-us-gov"));
    QCOMPARE(out.accountId, given.accountId);
}

QTEST_MAIN(TestPackageSettingsDialog)
#include "tst_packagesettingsdialog.moc"
