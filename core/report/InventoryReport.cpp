// SPDX-License-Identifier: GPL-3.0-or-later
// inventoryToHtml / inventoryToMarkdown: every third party of an account, one printed page per role, with the
// review report's stylesheet, escaping, severity colours and finding parts.
#include "report/InventoryReport.h"

#include "report/FindingPlace.h"
#include "report/NotReviewed.h"
#include "report/ReportCharts.h"
#include "report/ReviewReportHtmlParts.h"
#include "report/SubjectLabels.h"

#include <QCoreApplication>

namespace grantscope {

namespace {

using namespace reporthtml;

// Translated under the context "ReviewReport", as the report's shared labels (row(), t()) are. Calls name the
// context in full: lupdate files the texts of functions returning std::string under the wrong context otherwise.

int findingCount(const ThirdPartyRole& r)
{
    return static_cast<int>(r.findings.size());
}

// Each role starts a printed page; its heading, facts and finding cards are blocks of their own within it.
const char* const kInventoryStyle = R"css(
article.role { break-before: page; page-break-before: always; }
table.facts { width: auto; }
table.facts td { border: none; padding: 2px 14px 2px 0; }
.inactive { color: #b91c1c; font-weight: bold; }
.weak { color: #b45309; font-weight: bold; }
@media print { h1, h4 { break-after: avoid; page-break-after: avoid; } thead { display: table-header-group; } }
)css";

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString title(const Inventory& inventory)
{
    return QCoreApplication::translate("ReviewReport", "Third parties with access to AWS account %1")
        .arg(q(inventory.account));
}

QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString thresholdText(const Inventory& inventory)
{
    return QCoreApplication::translate(
        "ReviewReport", "a role unused for more than %n day(s) is inactive", "", inventory.idleDays);
}

QString overviewText(const Inventory& inventory)
{
    if (inventory.roles.empty())
        return QCoreApplication::translate(
            "ReviewReport", "No role of this account can be assumed by a principal of another account.");
    // Counts as plain ints: lupdate does not read a translate() call whose argument holds a template's <...>.
    const int roles = static_cast<int>(inventory.roles.size());
    const int parties = static_cast<int>(inventory.thirdParties.size());
    return QCoreApplication::translate("ReviewReport", "%n third-party role(s)", "", roles) + QStringLiteral(", ")
        + QCoreApplication::translate("ReviewReport", "%n third party(ies)", "", parties) + QStringLiteral("; ")
        + QCoreApplication::translate("ReviewReport", "%n inactive", "", inventory.inactiveRoles())
        + QStringLiteral("; ")
        + QCoreApplication::translate(
            "ReviewReport", "%n without a strong External ID.", "", inventory.rolesWithoutExternalId());
}

QString notReviewedIntro()
{
    return QCoreApplication::translate("ReviewReport",
        "These parts of the export were not read or not modelled; the inventory does not speak for them, and "
        "third parties that only they let in are missing from it.");
}

QString externalIdName(ExternalIdStrength s)
{
    switch (s) {
    case ExternalIdStrength::None:
        return QCoreApplication::translate("ReviewReport", "None");
    case ExternalIdStrength::Weak:
        return QCoreApplication::translate("ReviewReport", "Weak");
    case ExternalIdStrength::Present:
        break;
    }
    return QCoreApplication::translate("ReviewReport", "Present");
}

// The confused deputy in one sentence: whether another customer of the vendor can have it act on this account.
QString externalIdMeaning(ExternalIdStrength s)
{
    switch (s) {
    case ExternalIdStrength::None:
        return QCoreApplication::translate("ReviewReport",
            "Nothing ties this role to this customer: any other customer of the trusted vendor can give it "
            "this role's ARN and have it act here (the confused deputy).");
    case ExternalIdStrength::Weak:
        return QCoreApplication::translate("ReviewReport",
            "An External ID is asked for, but one that can be guessed or is not required on every path, so "
            "it does not reliably stop another customer of the vendor from using it here (the confused "
            "deputy).");
    case ExternalIdStrength::Present:
        break;
    }
    return QCoreApplication::translate("ReviewReport",
        "The vendor must present this customer's External ID, so another of its customers cannot have it "
        "assume this role (the confused deputy is prevented).");
}

QString lastUsedText(const ThirdPartyRole& r)
{
    if (r.lastUsed)
        return timeText(*r.lastUsed);
    return r.neverUsed ? QCoreApplication::translate("ReviewReport", "never")
                       : QCoreApplication::translate("ReviewReport", "unknown (the export has no date)");
}

QString idleText(const ThirdPartyRole& r)
{
    if (!r.idleDays)
        return QCoreApplication::translate("ReviewReport", "unknown");
    const int days = static_cast<int>(*r.idleDays);
    return r.neverUsed
        ? QCoreApplication::translate("ReviewReport", "%n day(s) since it was created, never used", "", days)
        : QCoreApplication::translate("ReviewReport", "%n day(s) since it was last used", "", days);
}

QString statusText(const ThirdPartyRole& r, int idleDays)
{
    return r.inactive
        ? QCoreApplication::translate("ReviewReport", "Inactive: idle past the %n-day threshold", "", idleDays)
        : QCoreApplication::translate("ReviewReport", "Active");
}

QString trustedLabel(const ThirdPartyRole& r, size_t i)
{
    return r.trustedAccounts[i] == "anyone" ? QCoreApplication::translate("ReviewReport", "anyone (any AWS principal)")
                                            : thirdPartyLabel(r.trustedAccounts[i], r.trustedVendors[i]);
}

std::vector<std::string> trustedLabels(const ThirdPartyRole& r)
{
    std::vector<std::string> out;
    for (size_t i = 0; i < r.trustedAccounts.size(); ++i)
        out.push_back(trustedLabel(r, i).toStdString());
    return out;
}

QString severityWhy(const Finding& f)
{
    return f.severityReason.isEmpty()
        ? QCoreApplication::translate("ReviewReport", "the rule's own severity for this grant")
        : f.severityReason;
}

QString roleHeading(size_t i, const ThirdPartyRole& r)
{
    return QString::number(i + 1) + QStringLiteral(". ") + q(r.name);
}

// --- HTML ---

std::string worstBadge(const std::optional<Severity>& s)
{
    return s ? badge(*s) : esc(QCoreApplication::translate("ReviewReport", "none"));
}

void htmlHeader(const Inventory& inventory, const QDateTime& generated, std::string& h)
{
    h += kBlockOpen;
    h += "<h1>" + esc(title(inventory)) + "</h1><table class=\"facts\">";
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "As of"), esc(inventory.asOf.toString(Qt::ISODate)));
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Idle threshold"), esc(thresholdText(inventory)));
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Generated"), esc(timeText(generated)));
    h += "</table><p>" + esc(overviewText(inventory)) + "</p>";
    h += kBlockClose;
}

void htmlNotReviewed(const std::vector<NotReviewedPart>& parts, std::string& h)
{
    if (parts.empty())
        return;
    h += kBlockOpen;
    h += "<div class=\"unreviewed\" id=\"not-reviewed\"><h2>" + t(QT_TRANSLATE_NOOP("ReviewReport", "Not reviewed"))
        + "</h2><p>" + esc(notReviewedIntro()) + "</p><ul>";
    for (const NotReviewedPart& p : parts)
        h += "<li><code>" + place(p.file, p.location) + "</code> — " + esc(p.reason) + "</li>";
    h += "</ul></div>";
    h += kBlockClose;
}

void htmlThirdParties(const Inventory& inventory, std::string& h)
{
    if (inventory.thirdParties.empty())
        return;
    h += kBlockOpen;
    h += "<h2>" + esc(QCoreApplication::translate("ReviewReport", "Third parties"))
        + "</h2><table id=\"third-parties\"><thead><tr><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Third party and its roles")) + "</th><th class=\"num\">"
        + esc(QCoreApplication::translate("ReviewReport", "Roles")) + "</th><th>"
        + esc(QCoreApplication::translate("ReviewReport", "Worst finding")) + "</th><th class=\"num\">"
        + esc(QCoreApplication::translate("ReviewReport", "Inactive")) + "</th><th class=\"num\">"
        + esc(QCoreApplication::translate("ReviewReport", "Weak or no External ID")) + "</th></tr></thead><tbody>";
    for (const ThirdParty& p : inventory.thirdParties) {
        std::vector<std::string> roles;
        for (size_t i : p.roles)
            roles.push_back(inventory.roles[i].name);
        h += "<tr><td><b>" + breakable(thirdPartyLabel(p.account, p.name).toStdString())
            + "</b><br><span class=\"meta\">" + list(roles, 8) + "</span></td><td class=\"num\">"
            + std::to_string(p.roles.size()) + "</td><td>" + worstBadge(p.worstSeverity) + "</td><td class=\"num\">"
            + std::to_string(p.inactiveRoles) + "</td><td class=\"num\">" + std::to_string(p.rolesWithoutExternalId)
            + "</td></tr>";
    }
    h += "</tbody></table>";
    h += kBlockClose;
}

void htmlFinding(const Finding& f, const std::string& number, std::string& h)
{
    h += std::string("<div class=\"finding\" style=\"border-left-color:")
        + ReportCharts::severityColor(static_cast<int>(f.severity)) + "\"><h3>" + number + " " + badge(f.severity) + " "
        + esc(f.title) + (f.condition.empty() ? std::string() : " " + conditionalBadge(f.condition)) + "</h3><table>";
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Rule"), "<code>" + esc(f.rule) + "</code> (" + esc(f.category) + ")");
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Where"), "<code>" + place(f.file, f.location) + "</code>");
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Severity"), esc(severityWhy(f)));
    h += scopeRows(f);
    h += "</table><p>" + esc(f.rationale) + "</p><p><b>"
        + esc(QCoreApplication::translate("ReviewReport", "Mitigation:")) + "</b> " + esc(f.mitigation) + "</p>";
    if (!f.references.empty()) {
        h += "<p class=\"meta\">" + esc(QCoreApplication::translate("ReviewReport", "References:"));
        for (const std::string& ref : f.references)
            h += " " + reference(ref);
        h += "</p>";
    }
    h += "</div>";
}

void htmlRole(const Inventory& inventory, size_t i, std::string& h)
{
    const ThirdPartyRole& r = inventory.roles[i];
    h += "<article class=\"role\" id=\"role-" + std::to_string(i + 1) + "\">";
    h += kBlockOpen;
    h += "<h2>" + breakable(roleHeading(i, r).toStdString()) + "</h2><table class=\"facts\">";
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "ARN"), "<code>" + breakable(r.arn) + "</code>");
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "In the export"), "<code>" + place(r.file, r.location) + "</code>");
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Trusted accounts"), list(trustedLabels(r), 20));
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Trusted principals"),
        r.trustedPrincipals.empty() ? esc(QCoreApplication::translate("ReviewReport", "the accounts as a whole"))
                                    : "<span class=\"actions\">" + list(r.trustedPrincipals, 20) + "</span>");
    const char* idClass = r.externalId == ExternalIdStrength::None ? "inactive"
        : r.externalId == ExternalIdStrength::Weak                 ? "weak"
                                                                   : "kept";
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "External ID"),
        std::string("<span class=\"") + idClass + "\">" + esc(externalIdName(r.externalId)) + "</span> — "
            + esc(externalIdMeaning(r.externalId)));
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Last used"), esc(lastUsedText(r)));
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Idle"), esc(idleText(r)));
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Status"),
        r.inactive ? "<span class=\"inactive\">" + esc(statusText(r, inventory.idleDays)) + "</span>"
                   : esc(statusText(r, inventory.idleDays)));
    h += row(QT_TRANSLATE_NOOP("ReviewReport", "Findings"),
        esc(QCoreApplication::translate("ReviewReport", "%n finding(s)", "", findingCount(r)))
            + (r.worstSeverity
                    ? ", " + esc(QCoreApplication::translate("ReviewReport", "worst")) + " " + badge(*r.worstSeverity)
                    : std::string()));
    h += "</table>";
    h += kBlockClose;
    for (size_t k = 0; k < r.findings.size(); ++k) {
        h += kBlockOpen;
        htmlFinding(r.findings[k], std::to_string(i + 1) + "." + std::to_string(k + 1), h);
        h += kBlockClose;
    }
    h += "</article>\n";
}

// --- Markdown ---

std::string u8(const QString& s)
{
    return s.toStdString();
}

std::string mdWorst(const std::optional<Severity>& s)
{
    return s ? u8(severityName(*s)) : u8(QCoreApplication::translate("ReviewReport", "none"));
}

std::string mdList(const std::vector<std::string>& items)
{
    std::string s;
    for (const std::string& item : items)
        s += (s.empty() ? "" : ", ") + mdEscape(item);
    return s;
}

std::string mdItem(const char* label, const std::string& value)
{
    return "- " + u8(QCoreApplication::translate("ReviewReport", label)) + ": " + value + "\n";
}

void mdFinding(const Finding& f, const std::string& number, std::string& md)
{
    md += "\n### " + number + " " + u8(severityName(f.severity)) + ": " + mdEscape(f.title)
        + (f.condition.empty() ? "" : " (" + mdEscape(conditionalText(f.condition)) + ")") + "\n\n";
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Rule"), mdEscape(f.rule) + " (" + mdEscape(f.category) + ")");
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Where"), mdEscape(placeText(f.file, f.location)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Severity"), mdEscape(severityWhy(f)));
    if (!f.actions.empty())
        md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Actions"), mdList(f.actions));
    if (!f.resources.empty())
        md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Resources"), mdList(f.resources));
    md += "\n" + mdEscape(f.rationale) + "\n\n**" + u8(QCoreApplication::translate("ReviewReport", "Mitigation:"))
        + "** " + mdEscape(f.mitigation) + "\n";
}

void mdRole(const Inventory& inventory, size_t i, std::string& md)
{
    const ThirdPartyRole& r = inventory.roles[i];
    md += "\n## " + mdEscape(roleHeading(i, r)) + "\n\n";
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "ARN"), mdEscape(r.arn));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "In the export"), mdEscape(placeText(r.file, r.location)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Trusted accounts"), mdList(trustedLabels(r)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Trusted principals"),
        r.trustedPrincipals.empty() ? mdEscape(QCoreApplication::translate("ReviewReport", "the accounts as a whole"))
                                    : mdList(r.trustedPrincipals));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "External ID"),
        "**" + mdEscape(externalIdName(r.externalId)) + "**: " + mdEscape(externalIdMeaning(r.externalId)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Last used"), mdEscape(lastUsedText(r)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Idle"), mdEscape(idleText(r)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Status"), mdEscape(statusText(r, inventory.idleDays)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Findings"),
        mdEscape(QCoreApplication::translate("ReviewReport", "%n finding(s)", "", findingCount(r)))
            + (r.worstSeverity
                    ? ", " + u8(QCoreApplication::translate("ReviewReport", "worst")) + " " + mdWorst(r.worstSeverity)
                    : std::string()));
    for (size_t k = 0; k < r.findings.size(); ++k)
        mdFinding(r.findings[k], std::to_string(i + 1) + "." + std::to_string(k + 1), md);
}

// The inventory and the not-reviewed parts with file paths relative to the export's folder (`root`).
Inventory relativeInventory(const Inventory& inventory, const QString& root)
{
    Inventory shown = inventory;
    for (ThirdPartyRole& r : shown.roles) {
        r.file = relativeTo(root, r.file);
        for (Finding& f : r.findings) {
            f.file = relativeTo(root, f.file);
            for (Evidence& e : f.evidence)
                e.file = relativeTo(root, e.file);
        }
    }
    return shown;
}

std::vector<NotReviewedPart> relativeParts(
    const PackageAnalysis& analysis, const ReviewSubject& package, const QString& root)
{
    std::vector<NotReviewedPart> parts = notReviewedParts(analysis, &package);
    for (NotReviewedPart& p : parts)
        p.file = relativeTo(root, p.file);
    return parts;
}

QString exportRoot(const ReviewSubject& package)
{
    return commonFolder(QStringList(package.files.begin(), package.files.end()));
}

QString rootText(const QString& root)
{
    return QCoreApplication::translate("ReviewReport", "Paths relative to %1.").arg(root);
}

} // namespace

std::string inventoryToHtml(const Inventory& inventory, const PackageAnalysis& analysis, const ReviewSubject& package,
    const QDateTime& generated)
{
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + esc(title(inventory)) + "</title><style>" + kStyle + kInventoryStyle + "</style></head><body>\n";
    const QString root = exportRoot(package);
    const Inventory shown = relativeInventory(inventory, root);
    htmlHeader(shown, generated, h);
    if (!root.isEmpty())
        h += "<p class=\"meta\" id=\"export-root\">" + esc(rootText(root)) + "</p>\n";
    htmlNotReviewed(relativeParts(analysis, package, root), h);
    htmlThirdParties(shown, h);
    for (size_t i = 0; i < shown.roles.size(); ++i)
        htmlRole(shown, i, h);
    h += "</body></html>\n";
    return h;
}

std::string inventoryToMarkdown(const Inventory& original, const PackageAnalysis& analysis,
    const ReviewSubject& package, const QDateTime& generated)
{
    const QString root = exportRoot(package);
    const Inventory inventory = relativeInventory(original, root);
    std::string md = "# " + mdEscape(title(inventory)) + "\n\n";
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "As of"), mdEscape(inventory.asOf.toString(Qt::ISODate)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Idle threshold"), mdEscape(thresholdText(inventory)));
    md += mdItem(QT_TRANSLATE_NOOP("ReviewReport", "Generated"), mdEscape(timeText(generated)));
    if (!root.isEmpty())
        md += "\n" + mdEscape(rootText(root)) + "\n";
    md += "\n" + mdEscape(overviewText(inventory)) + "\n";
    const std::vector<NotReviewedPart> parts = relativeParts(analysis, package, root);
    if (!parts.empty()) {
        md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "Not reviewed")) + "\n\n**"
            + mdEscape(notReviewedIntro()) + "**\n\n";
        for (const NotReviewedPart& p : parts)
            md += "- " + mdEscape(placeText(p.file, p.location)) + ": " + mdEscape(p.reason) + "\n";
    }
    if (!inventory.thirdParties.empty()) {
        md += "\n## " + u8(QCoreApplication::translate("ReviewReport", "Third parties")) + "\n\n| "
            + u8(QCoreApplication::translate("ReviewReport", "Third party and its roles")) + " | "
            + u8(QCoreApplication::translate("ReviewReport", "Roles")) + " | "
            + u8(QCoreApplication::translate("ReviewReport", "Worst finding")) + " | "
            + u8(QCoreApplication::translate("ReviewReport", "Inactive")) + " | "
            + u8(QCoreApplication::translate("ReviewReport", "Weak or no External ID")) + " |\n|---|--:|---|--:|--:|\n";
        for (const ThirdParty& p : inventory.thirdParties) {
            std::vector<std::string> roles;
            for (size_t i : p.roles)
                roles.push_back(inventory.roles[i].name);
            md += "| **" + mdEscape(thirdPartyLabel(p.account, p.name)) + "**: " + mdList(roles) + " | "
                + std::to_string(p.roles.size()) + " | " + mdWorst(p.worstSeverity) + " | "
                + std::to_string(p.inactiveRoles) + " | " + std::to_string(p.rolesWithoutExternalId) + " |\n";
        }
    }
    for (size_t i = 0; i < inventory.roles.size(); ++i)
        mdRole(inventory, i, md);
    return md;
}

} // namespace grantscope
