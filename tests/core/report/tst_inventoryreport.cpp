// SPDX-License-Identifier: GPL-3.0-or-later
// The whole inventory as a report: the third parties in their order, then a page per third-party role in the
// inventory's order with every finding of the role, the not-reviewed box exactly when a part was not read, and
// names from the export escaped, in HTML and in Markdown.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/AuthorizationDetails.h"
#include "package/PackageLoader.h"
#include "report/InventoryReport.h"
#include "report/Palette.h"
#include "review/Inventory.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace grantscope;

class TestInventoryReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headerAndSummary();
    void everyRoleOnItsOwnPageInOrder();
    void everyFindingOfEachRole();
    void hostileNamesEscaped();
    void notReviewedWhenAPageIsMissing();
    void markdownHasTheSameSections();
};

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/account-authorization-details.json");
const QDateTime kGenerated(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);

struct Run {
    ReviewSubject package;
    PackageAnalysis analysis;
    Inventory inventory;
    QString html;
    QString md;
};

Run inventoryOf(ReviewSubject package, std::vector<std::string> org = {})
{
    Run r;
    r.package = std::move(package);
    InventoryOptions options;
    options.orgAccounts = std::move(org);
    options.asOf = QDate(2026, 12, 1);
    LoadOptions load;
    load.accountId = exportAccount(r.package);
    load.orgAccounts = options.orgAccounts;
    r.analysis = analyzePackage(r.package, Catalog::bundled(), RuleSet::bundled(), load);
    r.inventory = takeInventory(r.package, r.analysis, options);
    r.html = QString::fromStdString(inventoryToHtml(r.inventory, r.analysis, r.package, kGenerated));
    r.md = QString::fromStdString(inventoryToMarkdown(r.inventory, r.analysis, r.package, kGenerated));
    return r;
}

Run sample()
{
    return inventoryOf(loadPackage({ kSample }), { "999988887777" });
}

// An export of one role named `name`, trusting another account; `truncated`: a first page of several.
Run oneRole(const std::string& name, bool truncated)
{
    const std::string text = R"({"RoleDetailList": [{"RoleName": ")" + name + R"(", "Path": "/",
        "Arn": "arn:aws:iam::111122223333:role/)"
        + name + R"(", "CreateDate": "2026-01-01T00:00:00Z",
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole"}]}}],
        "IsTruncated": )"
        + (truncated ? R"(true, "Marker": "next")" : "false") + "}";
    ReviewSubject s;
    loadDocument(QStringLiteral("page1.json"), text, {}, s);
    finishAuthorizationDetails(s);
    return inventoryOf(std::move(s));
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QString escaped(const std::string& s)
{
    return escaped(QString::fromStdString(s));
}

// The report's text without the line-break opportunities it adds to long names.
QString plain(QString html)
{
    return html.remove(QStringLiteral("<wbr>"));
}

// The HTML of each role's section, in the report's order.
QStringList roleSections(const QString& html)
{
    static const QRegularExpression article(
        QStringLiteral("<article class=\"role\"[^>]*>(.*?)</article>"), QRegularExpression::DotMatchesEverythingOption);
    QStringList out;
    for (auto it = article.globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

// Where a finding is, as the report names it: relative to the export's folder.
QString place(const Finding& f)
{
    return QStringLiteral("%1:%2:%3").arg(QFileInfo(f.file).fileName()).arg(f.location.line).arg(f.location.column);
}

} // namespace

void TestInventoryReport::headerAndSummary()
{
    const Run r = sample();
    QVERIFY(r.inventory.thirdParties.size() >= 3);
    const QString html = plain(r.html);
    QVERIFY(html.contains(QStringLiteral("<h1>Third parties with access to AWS account 111122223333</h1>")));
    QVERIFY(html.contains(QStringLiteral("2026-12-01")));
    QVERIFY(html.contains(QStringLiteral("2026-12-05 09:30 UTC")));
    QVERIFY(html.contains(QStringLiteral("more than 90 day")));
    // The summary table lists every third party once, in the inventory's order, before the first role.
    const qsizetype table = html.indexOf(QStringLiteral("id=\"third-parties\""));
    const qsizetype tableEnd = html.indexOf(QStringLiteral("</table>"), table);
    QVERIFY(table > 0 && tableEnd > table);
    QVERIFY(tableEnd < html.indexOf(QStringLiteral("<article class=\"role\"")));
    const QString summary = html.mid(table, tableEnd - table);
    QCOMPARE(summary.count(QStringLiteral("<tr>")), static_cast<qsizetype>(r.inventory.thirdParties.size()) + 1);
    qsizetype at = 0;
    for (const ThirdParty& p : r.inventory.thirdParties) {
        const qsizetype found = summary.indexOf(escaped(thirdPartyLabel(p.account, p.name)), at);
        QVERIFY2(found > at, p.account.c_str());
        at = found;
    }
    // Paths relative to the export's folder, named once: not the layout of the reviewer's disk.
    const QString folder = QFileInfo(kSample).absolutePath();
    QCOMPARE(r.html.count(folder), 1);
    QVERIFY(r.html.contains(QStringLiteral("id=\"export-root\"")));
    QVERIFY(plain(r.html).contains(QStringLiteral("account-authorization-details.json:")));
    QCOMPARE(r.md.count(folder), 1);
    // Nothing was left unread in the sample: no box claims otherwise.
    QVERIFY(!r.html.contains(QStringLiteral("not-reviewed")));
    QVERIFY(!r.md.contains(QStringLiteral("## Not reviewed")));
}

void TestInventoryReport::everyRoleOnItsOwnPageInOrder()
{
    const Run r = sample();
    QCOMPARE(r.inventory.roles.size(), size_t(4));
    const QStringList sections = roleSections(r.html);
    QCOMPARE(sections.size(), static_cast<qsizetype>(r.inventory.roles.size()));
    QCOMPARE(r.html.count(QStringLiteral("<article class=\"role\"")), sections.size()); // none nested or left open
    for (size_t i = 0; i < r.inventory.roles.size(); ++i) {
        const ThirdPartyRole& role = r.inventory.roles[i];
        const QString section = plain(sections[static_cast<qsizetype>(i)]);
        // Its heading first, then its ARN; no other role's heading inside.
        QVERIFY2(section.startsWith(
                     QStringLiteral("<section class=\"block\"><h2>%1. %2</h2>").arg(i + 1).arg(escaped(role.name))),
            qPrintable(section.left(200)));
        QVERIFY(section.contains(escaped(role.arn)));
        QCOMPARE(section.count(QStringLiteral("<h2>")), 1);
        QCOMPARE(r.html.count(QStringLiteral("<h2>%1. ").arg(i + 1)), 1);
        for (const std::string& principal : role.trustedPrincipals)
            QVERIFY(section.contains(escaped(principal)));
    }
    // Each role's section starts a printed page; headings stay with what follows them, table rows whole.
    QVERIFY(r.html.contains(QStringLiteral("article.role { break-before: page;")));
    QVERIFY(r.html.contains(QStringLiteral("h2, h3 { break-after: avoid;")));
    QVERIFY(r.html.contains(QStringLiteral("tr, .finding, svg { break-inside: avoid;")));
}

void TestInventoryReport::everyFindingOfEachRole()
{
    const Run r = sample();
    const QStringList sections = roleSections(r.html);
    QCOMPARE(sections.size(), static_cast<qsizetype>(r.inventory.roles.size()));
    size_t total = 0;
    for (size_t i = 0; i < r.inventory.roles.size(); ++i) {
        const ThirdPartyRole& role = r.inventory.roles[i];
        const QString section = plain(sections[static_cast<qsizetype>(i)]);
        QCOMPARE(section.count(QStringLiteral("class=\"finding\"")), static_cast<qsizetype>(role.findings.size()));
        qsizetype at = 0;
        for (size_t k = 0; k < role.findings.size(); ++k) {
            const Finding& f = role.findings[k];
            // In the role's order, each with its severity's colour (the GUI's), title, place and mitigation.
            const QString card = QStringLiteral("<div class=\"finding\" style=\"border-left-color:%1\"><h3>%2.%3 ")
                                     .arg(QString::fromStdString(hexColor(severityPalette(f.severity).light)))
                                     .arg(i + 1)
                                     .arg(k + 1);
            const qsizetype found = section.indexOf(card, at);
            QVERIFY2(found >= at, qPrintable(card));
            const qsizetype end = section.indexOf(QStringLiteral("</div>"), found);
            const QString text = section.mid(found, end - found);
            QVERIFY2(text.contains(escaped(f.title)), qPrintable(f.title));
            QVERIFY(text.contains(escaped(place(f))));
            QVERIFY(text.contains(escaped(f.mitigation)));
            QVERIFY(text.contains(escaped(f.rule)));
            if (!f.severityReason.isEmpty())
                QVERIFY(text.contains(escaped(f.severityReason)));
            at = end;
        }
        total += role.findings.size();
    }
    QVERIFY(total > 4); // the sample's roles have findings to show
}

void TestInventoryReport::hostileNamesEscaped()
{
    const Run r = oneRole("Probe<script>alert(1)</script>", false);
    QCOMPARE(r.inventory.roles.size(), size_t(1));
    QVERIFY(!r.html.contains(QStringLiteral("<script")));
    QVERIFY(r.html.contains(QStringLiteral("Probe&lt;script&gt;alert(1)&lt;/script&gt;")));
    // In Markdown every '<' of the name is backslash-escaped: none is left bare to open a tag.
    QVERIFY(!r.md.contains(QRegularExpression(QStringLiteral(R"((?<!\\)</?script))"))));
    QVERIFY(r.md.contains(QStringLiteral("Probe\\<script\\>alert(1)\\</script\\>")));
}

void TestInventoryReport::notReviewedWhenAPageIsMissing()
{
    // The first page of several, and no other: the roles of the missing pages are not reviewed.
    const Run truncated = oneRole("Probe", true);
    QCOMPARE(truncated.inventory.roles.size(), size_t(1));
    const qsizetype box = truncated.html.indexOf(QStringLiteral("<div class=\"unreviewed\" id=\"not-reviewed\">"));
    QVERIFY(box > 0);
    QVERIFY(box < truncated.html.indexOf(QStringLiteral("id=\"third-parties\""))); // before anything it speaks for
    QVERIFY(truncated.html.indexOf(QStringLiteral("page1.json:"), box) > box);
    QVERIFY(truncated.html.indexOf(QStringLiteral("IsTruncated"), box) > box);
    QVERIFY(truncated.md.contains(QStringLiteral("\n## Not reviewed\n")));
    QVERIFY(truncated.md.contains(QStringLiteral("IsTruncated")));

    const Run whole = oneRole("Probe", false);
    QCOMPARE(whole.inventory.roles.size(), size_t(1));
    QVERIFY(!whole.html.contains(QStringLiteral("not-reviewed")));
    QVERIFY(!whole.md.contains(QStringLiteral("Not reviewed")));
}

void TestInventoryReport::markdownHasTheSameSections()
{
    const Run r = sample();
    QVERIFY(r.md.startsWith(QStringLiteral("# Third parties with access to AWS account 111122223333\n")));
    const qsizetype parties = r.md.indexOf(QStringLiteral("\n## Third parties\n"));
    QVERIFY(parties > 0);
    qsizetype at = parties;
    for (const ThirdParty& p : r.inventory.thirdParties) {
        const qsizetype found = r.md.indexOf(QStringLiteral("| **%1**").arg(thirdPartyLabel(p.account, p.name)), at);
        QVERIFY2(found > at, p.account.c_str());
        at = found;
    }
    QCOMPARE(r.md.count(QStringLiteral("\n## ")), static_cast<qsizetype>(r.inventory.roles.size()) + 1);
    for (size_t i = 0; i < r.inventory.roles.size(); ++i) {
        const ThirdPartyRole& role = r.inventory.roles[i];
        const QString heading = QStringLiteral("\n## %1. %2\n").arg(i + 1).arg(QString::fromStdString(role.name));
        const qsizetype found = r.md.indexOf(heading, at);
        QVERIFY2(found > at, qPrintable(heading));
        at = found;
        const qsizetype next = r.md.indexOf(QStringLiteral("\n## "), found + 1);
        const QString section = r.md.mid(found, next < 0 ? -1 : next - found);
        QCOMPARE(section.count(QStringLiteral("\n### ")), static_cast<qsizetype>(role.findings.size()));
        for (size_t k = 0; k < role.findings.size(); ++k)
            QVERIFY(section.contains(QStringLiteral("\n### %1.%2 ").arg(i + 1).arg(k + 1)));
    }
}

QTEST_GUILESS_MAIN(TestInventoryReport)
#include "tst_inventoryreport.moc"
