// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>
#include <utility>
#include <vector>

using namespace grantscope;

// Terraform and archives through loadPackage(), mixed with the other kinds of vendor files.
class TestPackageLoaderTerraform : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mixedFolder();
    void zipWithCloudFormationAndTerraform();
    void folderHoldingAZip();
    void planOutputFile();
    void brokenZipBesideGoodFiles();
    void variableFiles();

private:
    QTemporaryDir m_dir;
};

namespace {

QString fixture(const char* relative)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/terraform/") + QLatin1String(relative);
}
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeZip(const QString& path, const std::vector<std::pair<QByteArray, QByteArray>>& entries)
{
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto& [name, data] : entries) {
        if (!ok)
            break;
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data.size());
        ok = archive_write_header(a, e) == ARCHIVE_OK
            && archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

QStringList roleNames(const ReviewSubject& s)
{
    QStringList out;
    for (const RoleRecord& r : s.roles)
        out << qs(r.name);
    return out;
}

QStringList policyNames(const RoleRecord& role)
{
    QStringList out;
    for (const PolicyRecord& p : role.policies)
        out << QLatin1String(policyOriginKey(p.origin)) + QLatin1Char(':') + qs(p.name);
    return out;
}

QStringList notes(const ReviewSubject& s)
{
    QStringList out;
    for (const PackageNote& n : s.notes)
        out << qs(n.kind) + QLatin1Char('|') + qs(n.subject);
    return out;
}

QString errors(const Diagnostics& diagnostics)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        if (d.severity == DiagnosticSeverity::Error)
            out << d.toString();
    return out.join(QLatin1Char('\n'));
}

const RoleRecord* role(const ReviewSubject& s, const char* name)
{
    for (const RoleRecord& r : s.roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

std::vector<std::pair<QByteArray, QByteArray>> packageEntries()
{
    return { { "acme-backup/cloudformation/role.yaml", readAll(fixture("mixed/cloudformation/role.yaml")) },
        { "acme-backup/main.tf.json", readAll(fixture("mixed/main.tf.json")) },
        { "acme-backup/docs/notes.txt", "Not a package file.\n" },
        { "acme-backup/../escape.json", R"({"Version": "2012-10-17", "Statement": []})" } };
}

} // namespace

void TestPackageLoaderTerraform::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPackageLoaderTerraform::mixedFolder()
{
    const QString folder = fixture("mixed");
    const ReviewSubject s = loadPackage({ folder });
    QVERIFY2(errors(s.diagnostics).isEmpty(), qPrintable(errors(s.diagnostics)));
    QCOMPARE(s.files,
        (std::vector<QString> { folder + QStringLiteral("/cloudformation/role.yaml"),
            folder + QStringLiteral("/main.tf.json"), folder + QStringLiteral("/policies/extra-read.json"),
            folder + QStringLiteral("/variables.tf.json") }));
    QCOMPARE(roleNames(s),
        (QStringList { QStringLiteral("AcmeBackupCloudFormation"), QStringLiteral("AcmeBackupTerraform") }));

    const RoleRecord* terraform = role(s, "AcmeBackupTerraform");
    QVERIFY(terraform);
    QCOMPARE(terraform->logicalId, std::string("aws_iam_role.backup"));
    QCOMPARE(terraform->file, folder + QStringLiteral("/main.tf.json"));
    QCOMPARE(terraform->location.line, 4);
    QCOMPARE(policyNames(*terraform),
        (QStringList { QStringLiteral("inline:acme-snapshots"), QStringLiteral("aws-managed:ReadOnlyAccess") }));
    QCOMPARE(terraform->policies[0].policy.statements.size(), size_t(1));
    QCOMPARE(terraform->policies[0].location.line, 10);
    QCOMPARE(
        terraform->trustPolicy.statements[0].conditions[0].values, std::vector<std::string> { "${var.external_id}" });

    const RoleRecord* cloudFormation = role(s, "AcmeBackupCloudFormation");
    QVERIFY(cloudFormation);
    QCOMPARE(cloudFormation->trustPolicy.statements.size(), size_t(1));

    QCOMPARE(s.standalonePolicies.size(), size_t(1));
    QCOMPARE(s.standalonePolicies[0].name, std::string("extra-read"));
    QVERIFY(notes(s).contains(QStringLiteral("unresolved-parameter|var.external_id")));
    // variables.tf.json is read after main.tf.json: its default is recorded, not substituted.
    QVERIFY(s.parameters.at("external_id").fromDefault);
    QCOMPARE(s.parameters.at("external_id").value, std::string());
    QCOMPARE(s.parameters.at("external_id").file, folder + QStringLiteral("/variables.tf.json"));
}

void TestPackageLoaderTerraform::zipWithCloudFormationAndTerraform()
{
    const QString zip = m_dir.filePath(QStringLiteral("acme-backup.zip"));
    QVERIFY(writeZip(zip, packageEntries()));
    const ReviewSubject s = loadPackage({ zip });
    QVERIFY2(errors(s.diagnostics).isEmpty(), qPrintable(errors(s.diagnostics)));
    QCOMPARE(s.files,
        (std::vector<QString> { zip, zip + QStringLiteral("!acme-backup/cloudformation/role.yaml"),
            zip + QStringLiteral("!acme-backup/main.tf.json") }));
    QCOMPARE(roleNames(s),
        (QStringList { QStringLiteral("AcmeBackupCloudFormation"), QStringLiteral("AcmeBackupTerraform") }));
    const RoleRecord* terraform = role(s, "AcmeBackupTerraform");
    QVERIFY(terraform);
    QCOMPARE(terraform->file, zip + QStringLiteral("!acme-backup/main.tf.json"));
    QCOMPARE(terraform->location.line, 4);
    QCOMPARE(policyNames(*terraform),
        (QStringList { QStringLiteral("inline:acme-snapshots"), QStringLiteral("aws-managed:ReadOnlyAccess") }));
    QCOMPARE(role(s, "AcmeBackupCloudFormation")->file, zip + QStringLiteral("!acme-backup/cloudformation/role.yaml"));

    bool unsafeWarned = false;
    for (const Diagnostic& d : s.diagnostics)
        if (d.code == "archive-unsafe-entry") {
            unsafeWarned = true;
            QCOMPARE(d.severity, DiagnosticSeverity::Warning);
            QCOMPARE(d.file, zip + QStringLiteral("!acme-backup/../escape.json"));
        }
    QVERIFY(unsafeWarned);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("escape.json"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("acme-backup"))));
}

void TestPackageLoaderTerraform::folderHoldingAZip()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeZip(folder.filePath(QStringLiteral("cloudformation.zip")),
        { { "role.yaml", readAll(fixture("mixed/cloudformation/role.yaml")) } }));
    QVERIFY(QFile::copy(fixture("vendor-module.tf.json"), folder.filePath(QStringLiteral("vendor.tf.json"))));
    const ReviewSubject s = loadPackage({ folder.path() });
    QVERIFY2(errors(s.diagnostics).isEmpty(), qPrintable(errors(s.diagnostics)));
    QCOMPARE(roleNames(s),
        (QStringList { QStringLiteral("AcmeBackupCloudFormation"), QStringLiteral("AcmeObserveIntegration") }));
    QCOMPARE(role(s, "AcmeObserveIntegration")->policies.size(), size_t(4));
}

void TestPackageLoaderTerraform::planOutputFile()
{
    const ReviewSubject s = loadPackage({ fixture("vendor-plan.json") });
    QVERIFY2(s.diagnostics.empty(), qPrintable(errors(s.diagnostics)));
    QCOMPARE(roleNames(s), QStringList { QStringLiteral("AcmeObserveIntegration") });
    QCOMPARE(s.roles[0].logicalId, std::string("module.acme.aws_iam_role.acme"));
    QCOMPARE(policyNames(s.roles[0]),
        (QStringList { QStringLiteral("inline:acme-metrics"), QStringLiteral("customer-managed:AcmeObserveCollector"),
            QStringLiteral("aws-managed:SecurityAudit") }));
}

void TestPackageLoaderTerraform::brokenZipBesideGoodFiles()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.zip"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a zip archive\n");
    }
    const ReviewSubject s = loadPackage({ broken, fixture("mixed/main.tf.json") });
    QCOMPARE(roleNames(s), QStringList { QStringLiteral("AcmeBackupTerraform") });
    QCOMPARE(s.diagnostics.size(), size_t(1));
    QCOMPARE(s.diagnostics[0].code, std::string("archive"));
    QCOMPARE(s.diagnostics[0].file, broken);
}

namespace {

// A vendor role whose account, name and External ID come from variables.
const QByteArray kVariablesMain = R"({
  "variable": {
    "vendor_account": {"type": "string"},
    "role_name": {"type": "string", "default": "vendor-default"},
    "external_id": {"type": "string"}
  },
  "resource": {"aws_iam_role": {"vendor": {
    "name": "${var.role_name}",
    "assume_role_policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::${var.vendor_account}:role/collector\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"${var.external_id}\"}}}]}"
  }}}
})";

std::string trustedPrincipal(const ReviewSubject& s)
{
    if (s.roles.size() != 1 || s.roles.front().trustPolicy.statements.empty()
        || s.roles.front().trustPolicy.statements.front().principals.empty())
        return {};
    return s.roles.front().trustPolicy.statements.front().principals.front().value;
}

std::string externalId(const ReviewSubject& s)
{
    for (const ConditionClause& c : s.roles.front().trustPolicy.statements.front().conditions)
        if (c.key == "sts:ExternalId" && !c.values.empty())
            return c.values.front();
    return {};
}

} // namespace

void TestPackageLoaderTerraform::variableFiles()
{
    // As Terraform: terraform.tfvars.json, then *.auto.tfvars.json by name (later wins); other variable
    // files only when named as a path; --param above all; defaults below all.
    const QString dir = m_dir.filePath(QStringLiteral("variables"));
    QVERIFY(QDir().mkpath(dir));
    auto write = [&](const char* name, const QByteArray& text) {
        QFile f(QDir(dir).filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write("main.tf.json", kVariablesMain);
    write("terraform.tfvars.json", R"({"vendor_account": "210987654321", "external_id": "from-terraform-tfvars"})");
    write("b.auto.tfvars.json", R"({"external_id": "from-b-auto", "tags": {"team": "x"}})");
    write("prod.tfvars.json", R"({"external_id": "from-prod", "role_name": "vendor-prod"})");

    ReviewSubject s = loadPackage({ dir });
    QVERIFY2(errors(s.diagnostics).isEmpty(), qPrintable(errors(s.diagnostics)));
    QCOMPARE(trustedPrincipal(s), std::string("arn:aws:iam::210987654321:role/collector"));
    QCOMPARE(externalId(s), std::string("from-b-auto"));
    QCOMPARE(s.roles.front().name, std::string("vendor-default"));
    QVERIFY(s.parameters.at("external_id").fromDefault); // the package sets it: the same for every customer
    // The list value is reported where it is; the unnamed variable file is reported and not applied.
    bool listReported = false;
    bool prodReported = false;
    for (const Diagnostic& d : s.diagnostics) {
        listReported = listReported
            || (d.file.endsWith(QStringLiteral("b.auto.tfvars.json")) && d.location.line == 1
                && d.message.contains(QStringLiteral("tags")));
        prodReported = prodReported
            || (d.file.endsWith(QStringLiteral("prod.tfvars.json")) && d.code == "package-variables-file");
    }
    QVERIFY(listReported);
    QVERIFY(prodReported);

    // Named as a path of its own, the variable file applies, after the automatic ones.
    s = loadPackage({ dir, QDir(dir).filePath(QStringLiteral("prod.tfvars.json")) });
    QCOMPARE(externalId(s), std::string("from-prod"));
    QCOMPARE(s.roles.front().name, std::string("vendor-prod"));

    // The reviewer's value wins over every file.
    LoadOptions options;
    options.parameters["external_id"] = "0b7f2c1e-9d3a-4e5f-8a6b-1c2d3e4f5a6b";
    s = loadPackage({ dir }, options);
    QCOMPARE(externalId(s), std::string("0b7f2c1e-9d3a-4e5f-8a6b-1c2d3e4f5a6b"));
    QVERIFY(s.parameters.at("external_id").fromReviewer);

    // The same package zipped: the automatic variable files inside the archive apply too.
    const QString zip = m_dir.filePath(QStringLiteral("variables.zip"));
    QVERIFY(writeZip(zip,
        { { "pkg/main.tf.json", kVariablesMain },
            { "pkg/terraform.tfvars.json", R"({"vendor_account": "210987654321", "external_id": "zipped"})" } }));
    s = loadPackage({ zip });
    QVERIFY2(errors(s.diagnostics).isEmpty(), qPrintable(errors(s.diagnostics)));
    QCOMPARE(trustedPrincipal(s), std::string("arn:aws:iam::210987654321:role/collector"));
    QCOMPARE(externalId(s), std::string("zipped"));
}

QTEST_GUILESS_MAIN(TestPackageLoaderTerraform)
#include "tst_packageloader_terraform.moc"
