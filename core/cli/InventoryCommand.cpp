// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "common/AwsIds.h"
#include "common/JsonStreamWriter.h"
#include "common/Text.h"
#include "package/AuthorizationDetails.h"
#include "package/PackageLoader.h"
#include "report/FindingsReport.h"
#include "report/InventoryReport.h"
#include "report/NotReviewed.h"
#include "review/Inventory.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string u8(const QString& s)
{
    return s.toStdString();
}

// The findings of one role as analyze --json writes them: the same writer, so the objects cannot differ.
nlohmann::ordered_json findingObjects(const std::vector<Finding>& findings)
{
    PackageAnalysis only;
    only.findings = findings;
    return nlohmann::ordered_json::parse(findingsToJson(only), nullptr, false)
        .value("findings", nlohmann::ordered_json::array());
}

std::string inventoryJson(const Inventory& inventory, const PackageAnalysis& analysis, const ReviewSubject& package)
{
    std::string text;
    JsonStreamWriter w([&text](std::string_view chunk) {
        text += chunk;
        return true;
    });
    w.beginObject();
    w.key("account").string(inventory.account);
    w.key("asOf").string(u8(inventory.asOf.toString(Qt::ISODate)));
    w.key("thirdPartyRoles").beginArray();
    for (const ThirdPartyRole& r : inventory.roles) {
        w.beginObject();
        w.key("name").string(r.name);
        w.key("arn").string(r.arn);
        w.key("trustedAccounts").strings(r.trustedAccounts);
        w.key("trustedVendors").beginArray();
        for (const std::string& v : r.trustedVendors)
            if (v.empty())
                w.null();
            else
                w.string(v);
        w.endArray();
        w.key("trustedPrincipals").strings(r.trustedPrincipals);
        w.key("externalId").string(externalIdKey(r.externalId));
        if (r.lastUsed)
            w.key("lastUsed").string(u8(r.lastUsed->toString(Qt::ISODate)));
        else
            w.key("lastUsed").null();
        if (r.idleDays)
            w.key("idleDays").number(*r.idleDays);
        else
            w.key("idleDays").null();
        w.key("idleSince").string(r.lastUsed ? "lastUsed" : r.neverUsed ? "created" : "unknown");
        w.key("inactive").boolean(r.inactive);
        if (r.worstSeverity)
            w.key("worstSeverity").string(severityKey(*r.worstSeverity));
        else
            w.key("worstSeverity").null();
        w.key("findings").json(findingObjects(r.findings));
        w.endObject();
    }
    w.endArray();
    w.key("thirdParties").beginArray();
    for (const ThirdParty& p : inventory.thirdParties) {
        w.beginObject();
        w.key("account").string(p.account);
        if (p.name.empty())
            w.key("name").null();
        else
            w.key("name").string(p.name);
        w.key("roles").beginArray();
        for (size_t i : p.roles)
            w.string(inventory.roles[i].name);
        w.endArray();
        w.key("inactiveRoles").number(p.inactiveRoles);
        w.key("rolesWithoutExternalId").number(p.rolesWithoutExternalId);
        if (p.worstSeverity)
            w.key("worstSeverity").string(severityKey(*p.worstSeverity));
        else
            w.key("worstSeverity").null();
        w.endObject();
    }
    w.endArray();
    w.key("notReviewed").beginArray();
    for (const NotReviewedPart& part : notReviewedParts(analysis, &package)) {
        w.beginObject();
        w.key("file").string(u8(part.file));
        if (part.location.isValid()) {
            w.key("line").number(part.location.line);
            w.key("column").number(part.location.column);
        }
        w.key("reason").string(u8(part.reason));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.finish();
    return text;
}

QString idleText(const ThirdPartyRole& r)
{
    if (!r.idleDays)
        return Tr::tr("unknown");
    return r.neverUsed ? Tr::tr("%1 d (never used)").arg(*r.idleDays) : Tr::tr("%1 d").arg(*r.idleDays);
}

QString inventoryText(const Inventory& inventory)
{
    QString out = Tr::tr("Third parties with access to account %1 (as of %2): %n role(s)\n", "",
        static_cast<int>(inventory.roles.size()))
                      .arg(q(inventory.account), inventory.asOf.toString(Qt::ISODate));
    if (inventory.roles.empty())
        return out;
    out += QLatin1Char('\n');
    for (const ThirdParty& p : inventory.thirdParties) {
        out += Tr::tr("%1: %n role(s)", "", static_cast<int>(p.roles.size())).arg(thirdPartyLabel(p.account, p.name));
        if (p.worstSeverity)
            out += Tr::tr(", worst finding %1").arg(QString::fromLatin1(severityKey(*p.worstSeverity)));
        if (p.inactiveRoles > 0)
            out += Tr::tr(", %1 inactive").arg(p.inactiveRoles);
        if (p.rolesWithoutExternalId > 0)
            out += Tr::tr(", %1 without a strong External ID").arg(p.rolesWithoutExternalId);
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    const QString header = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                               .arg(Tr::tr("SEVERITY"), -8)
                               .arg(Tr::tr("ROLE"), -28)
                               .arg(Tr::tr("TRUSTED"), -28)
                               .arg(Tr::tr("EXTERNAL ID"), -11)
                               .arg(Tr::tr("IDLE"), -20)
                               .arg(Tr::tr("STATUS"));
    out += header;
    for (const ThirdPartyRole& r : inventory.roles) {
        QStringList trusted;
        for (size_t i = 0; i < r.trustedAccounts.size(); ++i)
            trusted << (r.trustedVendors[i].empty() ? thirdPartyLabel(r.trustedAccounts[i], {})
                                                    : q(r.trustedVendors[i]));
        out += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(r.worstSeverity ? QString::fromLatin1(severityKey(*r.worstSeverity)) : QStringLiteral("-"), -8)
                   .arg(q(r.name), -28)
                   .arg(trusted.join(QLatin1Char(',')), -28)
                   .arg(QString::fromLatin1(externalIdKey(r.externalId)), -11)
                   .arg(idleText(r), -20)
                   .arg(r.inactive ? Tr::tr("inactive") : Tr::tr("active"));
    }
    for (const ThirdPartyRole& r : inventory.roles) {
        out += QLatin1Char('\n') + q(r.name);
        if (!r.arn.empty())
            out += QStringLiteral(" (%1)").arg(q(r.arn));
        out += QLatin1Char('\n');
        out += Tr::tr("  last used: %1\n")
                   .arg(r.lastUsed ? r.lastUsed->toString(Qt::ISODate)
                                   : (r.neverUsed ? Tr::tr("never (idle since it was created)") : Tr::tr("unknown")));
        for (const std::string& p : r.trustedPrincipals)
            out += Tr::tr("  trusts %1\n").arg(q(p));
        for (const Finding& f : r.findings)
            out += QStringLiteral("  %1 %2 [%3] %4:%5:%6\n")
                       .arg(QString::fromLatin1(severityKey(f.severity)), -8)
                       .arg(f.title, q(f.rule), f.file)
                       .arg(f.location.line)
                       .arg(f.location.column);
    }
    return out;
}

// The whole inventory as a report file (HTML, Markdown, or PDF through the renderer `report` uses), written
// atomically; false, with the reason on `err`, when it cannot be.
bool writeReport(const QString& path, const QString& format, const Inventory& inventory,
    const PackageAnalysis& analysis, const ReviewSubject& package, const QStringList& inputs, std::FILE* err)
{
    const QDateTime generated = QDateTime::currentDateTimeUtc();
    if (format == QStringLiteral("pdf")) {
        QString error;
        if (!pdfRenderer()(visibleControls(inventoryToHtml(inventory, analysis, package, generated)), path, &error)) {
            write(err, Tr::tr("grantscope-cli inventory: cannot write %1: %2\n").arg(path, error));
            return false;
        }
        return true;
    }
    const std::string text = format == QStringLiteral("html")
        ? inventoryToHtml(inventory, analysis, package, generated)
        : inventoryToMarkdown(inventory, analysis, package, generated);
    return writeOutput(path, text, nullptr, err, inputs);
}

} // namespace

int runInventory(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("inventory"),
        Tr::tr("List every third party that can assume a role of an AWS account, from the output of "
               "\"aws iam get-account-authorization-details\": who, with which External ID, when last used, "
               "and the role's findings as analyze gives them."));
    cl.addFlag({ QStringLiteral("json") }, Tr::tr("write the inventory as JSON"));
    cl.addOption({ QStringLiteral("account") }, Tr::tr("ID"),
        Tr::tr("the customer's 12-digit AWS account id (default: the account of the export's ARNs)"));
    cl.addOption({ QStringLiteral("org-account") }, Tr::tr("ID"),
        Tr::tr("another account of the customer's organization, not a third party (repeatable)"));
    cl.addOption({ QStringLiteral("vendor") }, Tr::tr("ID=NAME"),
        Tr::tr("name a third party's account, e.g. 464622532012=Datadog (repeatable; over the bundled names of "
               "vendors' published accounts)"));
    cl.addOption({ QStringLiteral("idle-days") }, Tr::tr("N"),
        Tr::tr("a role idle for more than N days is inactive (default 90)"));
    cl.addOption({ QStringLiteral("as-of") }, Tr::tr("DATE"),
        Tr::tr("count idle days up to DATE (YYYY-MM-DD; default today, UTC)"));
    cl.addOption({ QStringLiteral("fail-on") }, Tr::tr("SEVERITY"),
        Tr::tr("exit 1 when a third-party role's finding is at least critical, high, medium, low or info"));
    cl.addOption({ QStringLiteral("report") }, Tr::tr("FILE"),
        Tr::tr("also write the report of the whole inventory to FILE: the third parties, then a page per role"));
    cl.addOption({ QStringLiteral("report-format") }, Tr::tr("FORMAT"),
        Tr::tr("html, pdf or md; by default from the report file's extension (.html, .htm, .pdf, .md, .markdown)"));
    cl.addArgument(Tr::tr("EXPORT.json..."),
        Tr::tr("the output of \"aws iam get-account-authorization-details --output json\"; several pages merge"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;

    InventoryOptions inventoryOptions;
    LoadOptions options;
    if (cl.isSet(QStringLiteral("account"))) {
        const QString account = cl.value(QStringLiteral("account"));
        if (!isAwsAccountId(account.toStdString()))
            return cl.usageError(err, Tr::tr("--account takes a 12-digit AWS account id, not \"%1\"").arg(account));
        inventoryOptions.account = account.toStdString();
    }
    for (const QString& account : cl.values(QStringLiteral("org-account"))) {
        if (!isAwsAccountId(account.toStdString()))
            return cl.usageError(err, Tr::tr("--org-account takes a 12-digit AWS account id, not \"%1\"").arg(account));
        inventoryOptions.orgAccounts.push_back(account.toStdString());
    }
    for (const QString& vendor : cl.values(QStringLiteral("vendor"))) {
        QString problem;
        if (!addVendorName(vendor, inventoryOptions.vendorNames, &problem))
            return cl.usageError(err, QStringLiteral("--vendor: ") + problem);
    }
    if (cl.isSet(QStringLiteral("idle-days"))) {
        bool ok = false;
        inventoryOptions.idleDays = cl.value(QStringLiteral("idle-days")).toInt(&ok);
        if (!ok || inventoryOptions.idleDays < 0)
            return cl.usageError(err,
                Tr::tr("--idle-days takes a number of days, not \"%1\"").arg(cl.value(QStringLiteral("idle-days"))));
    }
    if (cl.isSet(QStringLiteral("as-of"))) {
        inventoryOptions.asOf = QDate::fromString(cl.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!inventoryOptions.asOf.isValid())
            return cl.usageError(
                err, Tr::tr("--as-of takes a date as YYYY-MM-DD, not \"%1\"").arg(cl.value(QStringLiteral("as-of"))));
    }
    std::optional<Severity> failOn;
    if (cl.isSet(QStringLiteral("fail-on"))) {
        failOn = parseSeverity(cl.value(QStringLiteral("fail-on")).toStdString());
        if (!failOn)
            return cl.usageError(err, Tr::tr("--fail-on takes critical, high, medium, low or info"));
    }
    const QStringList paths = cl.positionalArguments();
    if (paths.isEmpty())
        return cl.usageError(err, Tr::tr("no EXPORT.json given"));
    if (const std::optional<int> refused = cl.refuseStandardInput(paths, err))
        return *refused;
    const QString reportPath = cl.value(QStringLiteral("report"));
    const QString givenFormat = cl.value(QStringLiteral("report-format"));
    QString format;
    if (cl.isSet(QStringLiteral("report-format")) && !cl.isSet(QStringLiteral("report")))
        return cl.usageError(err, Tr::tr("--report-format needs --report FILE"));
    if (cl.isSet(QStringLiteral("report"))) {
        // Standard output carries the inventory itself; the report goes to a file of its own.
        if (reportPath.isEmpty() || reportPath == QStringLiteral("-"))
            return cl.usageError(err, Tr::tr("--report takes a file name, not standard output"));
        format = reportFormat(givenFormat, reportPath);
        if (format.isEmpty())
            return cl.usageError(err,
                Tr::tr("cannot tell the report format from \"%1\": name the file .html, .htm, .pdf, .md or "
                       ".markdown, or give --report-format html|pdf|md")
                    .arg(reportPath));
        if (format == QStringLiteral("markdown"))
            format = QStringLiteral("md");
        if (format != QStringLiteral("html") && format != QStringLiteral("pdf") && format != QStringLiteral("md"))
            return cl.usageError(
                err, Tr::tr("unknown format \"%1\": --report-format takes html, pdf or md").arg(givenFormat));
        if (format == QStringLiteral("pdf") && !pdfRenderer()) {
            write(err,
                Tr::tr("grantscope-cli inventory: PDF output needs a build with the GUI (GRANTSCOPE_GUI=ON) and the "
                       "report file named *.pdf; use --report-format html and print it to PDF\n"));
            return BadInput;
        }
        if (refuseOutputOverInput(reportPath, paths, err))
            return BadInput;
    }

    options.orgAccounts = inventoryOptions.orgAccounts;
    ReviewSubject package = loadPackage(paths, options);
    // Every file read must be a page of an export (also those found in a folder): a vendor template here would
    // be taken for the account's own roles.
    if (!hasErrors(package.diagnostics)) {
        const std::vector<QString> pages
            = package.accountExport ? package.accountExport->pages : std::vector<QString> {};
        for (const QString& file : package.files)
            if (std::find(pages.begin(), pages.end(), file) == pages.end())
                package.diagnostics.push_back({ DiagnosticSeverity::Error, "export-unknown-document", file, { 1, 1 },
                    Tr::tr("not an account export: expected the output of \"aws iam get-account-authorization-details "
                           "--output json\" (RoleDetailList, UserDetailList, GroupDetailList, Policies)") });
    }
    printDiagnostics(err, package.diagnostics, false);
    if (hasErrors(package.diagnostics))
        return BadInput;
    if (inventoryOptions.account.empty())
        inventoryOptions.account = exportAccount(package);
    options.accountId = inventoryOptions.account.empty() ? options.accountId : inventoryOptions.account;
    const PackageAnalysis analysis = analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), options);
    const Inventory inventory = takeInventory(package, analysis, inventoryOptions);

    // The report first: a reader of standard output that stops early (| head) must not cost the file.
    if (!format.isEmpty() && !writeReport(reportPath, format, inventory, analysis, package, paths, err))
        return BadInput;
    const bool written = cl.isSet(QStringLiteral("json"))
        ? writeOutput({}, inventoryJson(inventory, analysis, package), out, err)
        : writeOutput({}, u8(inventoryText(inventory)), out, err);
    if (!written)
        return BadInput;
    if (!failOn)
        return Success;
    for (const ThirdPartyRole& r : inventory.roles)
        if (r.worstSeverity && *r.worstSeverity >= *failOn) {
            write(err,
                Tr::tr("grantscope-cli inventory: the third-party role %1 has a %2 finding (--fail-on %3)\n")
                    .arg(q(r.name), QString::fromLatin1(severityKey(*r.worstSeverity)),
                        QString::fromLatin1(severityKey(*failOn))));
            return FindingsAtThreshold;
        }
    return Success;
}

} // namespace grantscope::cli
