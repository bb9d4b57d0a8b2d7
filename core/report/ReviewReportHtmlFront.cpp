// SPDX-License-Identifier: GPL-3.0-or-later
// reportToHtml, the parts a signer reads first: the recommendation, who reviewed when, the residual risk, the
// package's files and what the boundary changes; and, last, the boundary policy itself.
#include "report/Palette.h"
#include "report/ReviewReport.h"
#include "report/ReviewReportHtmlParts.h"

#include <QLocale>

namespace grantscope::reporthtml {

namespace {

// Translated under the context "ReviewReport" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)
};

std::string color(const PaletteEntry& e)
{
    return hexColor(e.light);
}

std::string scorePill(const RiskScore& score)
{
    return "<span class=\"score\">" + std::to_string(score.score) + "</span><span class=\"meta\"> / 100</span> "
        + "<span class=\"grade\" style=\"background-color:" + color(gradePalette(score.grade)) + "\">"
        + esc(QString(score.grade)) + "</span>";
}

QString day(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void recommendation(const ReviewReport& r, std::string& h)
{
    const ReviewRecommendation& rec = r.recommendation;
    const std::string c = color(recommendationPalette(rec.value));
    // A one-cell table, not a div: the PDF's text layout draws a table's border but no div's.
    h += "<table class=\"verdict\" id=\"recommendation\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" "
         "border=\"2\" style=\"border-style: solid; border-color: "
        + c + "\">" + "<tr><td><span class=\"label\">" + esc(Tr::tr("Recommendation"))
        + "</span><br><span class=\"what\" style=\"color:" + c + "\">" + esc(recommendationName(rec.value)) + "</span>"
        + (rec.overridden ? " <span class=\"meta\">" + esc(Tr::tr("(the reviewer's choice)")) + "</span>"
                          : std::string())
        + "<p>" + esc(rec.reason) + "</p></td></tr></table>";
    h += "<table class=\"facts\"><tr><td class=\"label\">" + esc(Tr::tr("Reviewer")) + "</td><td><b>"
        + (r.reviewer.isEmpty() ? esc(Tr::tr("(not named)")) : esc(r.reviewer)) + "</b></td><td class=\"label\">"
        + esc(Tr::tr("Date")) + "</td><td>" + esc(day(r.reviewed.isValid() ? r.reviewed : r.generated))
        + "</td></tr></table>";
}

void residual(const ReviewReport& r, std::string& h)
{
    h += kBlockOpen;
    h += "<h2>" + esc(Tr::tr("Residual risk")) + "</h2><table><tr><td style=\"border:none;width:50%\">"
        + "<span class=\"label\">" + esc(Tr::tr("As the vendor asks")) + "</span><br>" + scorePill(r.residual.before)
        + "<p class=\"meta\">" + esc(r.residual.before.explanation()) + "</p></td>";
    if (r.residual.hasBoundary)
        h += "<td style=\"border:none\"><span class=\"label\">"
            + esc(Tr::tr("With the boundary “%1”").arg(r.boundaryName)) + "</span><br>" + scorePill(r.residual.after)
            + "<p class=\"meta\">"
            + esc(Tr::tr("Findings the boundary removes entirely: %1.").arg(r.residual.removed) + QLatin1Char(' ')
                + r.residual.after.explanation())
            + "</p></td>";
    else
        h += "<td style=\"border:none\"><p class=\"meta\">"
            + esc(Tr::tr("No boundary is part of this review: the risk stays as the vendor asks.")) + "</p></td>";
    h += "</tr></table>";
    h += kBlockClose;
}

void packageChanged(const ReviewReport& r, std::string& h)
{
    if (r.packageChanges.empty())
        return;
    h += kBlockOpen;
    h += "<div class=\"changed\" id=\"package-changed\"><h2>" + esc(Tr::tr("The package changed since the review"))
        + "</h2><p>"
        + esc(Tr::tr("The decisions were made on files that are not the ones read for this report. Review the "
                     "changes before signing."))
        + "</p><ul>";
    for (const QString& line : packageChangeLines(r.packageChanges))
        h += "<li>" + breakable(line.toStdString()) + "</li>";
    h += "</ul></div>";
    h += kBlockClose;
}

// What changed since the version reviewed before: first the subjects that can now do more, then the findings
// this release raises and those it resolves.
void releaseChanges(const ReviewReport& r, std::string& h)
{
    if (r.since)
        releaseChangesHtml(*r.since, h);
}

} // namespace

void releaseChangesHtml(const ReportReleaseChanges& c, std::string& h)
{
    h += kBlockOpen;
    h += "<h2>" + esc(Tr::tr("What changed since the reviewed version")) + "</h2><p>"
        + breakable(releaseChangesSummary(c).toStdString()) + "</p>";
    if (!c.subjects.empty()) {
        h += "<table id=\"release-changes\"><thead><tr><th>" + esc(Tr::tr("Subject")) + "</th><th>"
            + esc(Tr::tr("Changes")) + "</th></tr></thead>";
        for (const ReportSubjectChange& s : c.subjects) {
            h += "<tr><td>" + esc(s.kind) + " <b>" + breakable(s.name) + "</b>";
            if (s.widens)
                h += "<br><span class=\"badge\" style=\"background:#b45309\">" + esc(Tr::tr("more access")) + "</span>";
            h += "</td><td><ul>";
            for (const QString& line : s.changes)
                h += "<li>" + breakable(line.toStdString()) + "</li>";
            h += "</ul></td></tr>";
        }
        h += "</table>";
    }
    h += kBlockClose;
    if (!c.newFindings.empty()) {
        h += kBlockOpen;
        h += "<h3>" + esc(Tr::tr("New findings")) + "</h3><ul id=\"release-new-findings\">";
        for (const Finding& f : c.newFindings)
            h += "<li>" + badge(f.severity) + " " + esc(f.title) + " <span class=\"meta\">" + place(f.file, f.location)
                + "</span></li>";
        h += "</ul>";
        h += kBlockClose;
    }
    if (!c.resolvedFindings.empty()) {
        h += kBlockOpen;
        h += "<h3>" + esc(Tr::tr("Resolved findings")) + "</h3><ul id=\"release-resolved-findings\">";
        for (const Finding& f : c.resolvedFindings)
            h += "<li>" + badge(f.severity) + " " + esc(f.title) + "</li>";
        h += "</ul>";
        h += kBlockClose;
    }
}

namespace {

void files(const ReviewReport& r, std::string& h)
{
    if (r.files.empty())
        return;
    const QLocale locale(QLocale::English);
    h += kBlockOpen;
    h += "<h2>" + esc(Tr::tr("Package files")) + "</h2>";
    if (!r.packageRoot.isEmpty())
        h += "<p class=\"meta\" id=\"package-root\">" + esc(Tr::tr("Paths relative to %1.").arg(r.packageRoot))
            + "</p>";
    h += "<table id=\"package-files\"><thead><tr><th>" + esc(Tr::tr("File")) + "</th><th class=\"num\">"
        + esc(Tr::tr("Bytes")) + "</th><th>SHA-256</th></tr></thead>";
    for (const PackageFile& f : r.files)
        h += "<tr><td>" + breakable(f.path.toStdString()) + "</td><td class=\"num\">" + esc(locale.toString(f.bytes))
            + "</td><td class=\"hash\">" + (f.sha256.empty() ? esc(Tr::tr("(unreadable)")) : esc(f.sha256))
            + "</td></tr>";
    h += "</table>";
    h += kBlockClose;
}

void signOff(std::string& h)
{
    h += kBlockOpen;
    h += "<p class=\"signoff\">" + esc(Tr::tr("Signed")) + ": ________________________________ &nbsp; &nbsp; "
        + esc(Tr::tr("Date")) + ": ________________</p>";
    h += kBlockClose;
}

} // namespace

void frontMatter(const ReviewReport& r, std::string& h)
{
    h += kBlockOpen;
    h += "<h1>" + esc(r.title) + "</h1><p class=\"meta\">"
        + esc(Tr::tr("Generated %1 by GrantScope %2").arg(day(r.generated), QStringLiteral(GRANTSCOPE_VERSION)))
        + "</p>";
    recommendation(r, h);
    h += kBlockClose;
    packageChanged(r, h);
    releaseChanges(r, h);
    residual(r, h);
    files(r, h);
    signOff(h);
}

void boundaryChanges(const ReviewReport& r, std::string& h)
{
    if (!r.hasBoundary)
        return;
    h += kBlockOpen;
    h += "<h2>" + esc(Tr::tr("What the boundary changes")) + "</h2><p>"
        + esc(Tr::tr("For a request without condition keys: %1 actions requested, %2 allowed before the boundary, %3 "
                     "after. Findings mitigated: %4, partly mitigated: %5, remaining: %6.")
                  .arg(r.requested)
                  .arg(r.before)
                  .arg(r.after)
                  .arg(r.byMitigation[0])
                  .arg(r.byMitigation[1])
                  .arg(r.byMitigation[2]))
        + "</p>";
    if (r.changedServices.empty()) {
        h += "<p><b>" + esc(Tr::tr("The boundary removes nothing the package asks for.")) + "</b></p>";
        h += kBlockClose;
        return;
    }
    h += "<table id=\"boundary-changes\"><thead><tr><th>" + esc(Tr::tr("Service")) + "</th><th class=\"num\">"
        + esc(Tr::tr("Removed")) + "</th><th class=\"num\">" + esc(Tr::tr("Kept")) + "</th><th>"
        + esc(Tr::tr("Actions removed")) + "</th><th>" + esc(Tr::tr("Actions kept")) + "</th></tr></thead>";
    for (const ReportServiceRow& s : r.changedServices)
        h += "<tr><td><b>" + esc(s.service) + "</b></td><td class=\"num removed\">"
            + std::to_string(s.totalBefore() - s.totalAfter()) + "</td><td class=\"num kept\">"
            + std::to_string(s.totalAfter()) + "</td><td class=\"actions\">" + list(s.removed, 12)
            + "</td><td class=\"actions\">" + (s.kept.empty() ? esc(Tr::tr("none")) : list(s.kept, 8)) + "</td></tr>";
    h += "</table>";
    h += kBlockClose;
}

void boundaryPolicy(const ReviewReport& r, std::string& h)
{
    if (!r.hasBoundary)
        return;
    h += kBlockOpen;
    h += "<h2>" + esc(Tr::tr("Boundary policy")) + "</h2><p class=\"meta\">" + esc(r.conditionChoice) + "</p>";
    if (!r.conditionalDenies.empty()) {
        h += "<h3>" + esc(Tr::tr("Conditional denies")) + "</h3><table><thead><tr><th>" + esc(Tr::tr("Statement"))
            + "</th><th>" + esc(Tr::tr("Actions")) + "</th><th>" + esc(Tr::tr("Conditions")) + "</th><th>"
            + esc(Tr::tr("Counted")) + "</th></tr></thead>";
        for (const ConditionalDenyNote& d : r.conditionalDenies)
            h += "<tr><td>" + (d.sid.empty() ? "#" + std::to_string(d.statement + 1) : esc(d.sid))
                + "</td><td class=\"actions\">" + list(d.actions, 15) + "</td><td class=\"actions\">"
                + list(d.conditions, 10) + "</td><td>" + esc(d.counted ? Tr::tr("counted") : Tr::tr("not counted"))
                + "</td></tr>";
        h += "</table>";
    }
    h += kBlockClose;
    h += kBlockOpen;
    h += "<h3>" + esc(r.boundaryName) + "</h3><p class=\"meta\">"
        + esc(Tr::tr("%1 of 6,144 characters").arg(r.boundarySize)) + "</p><pre>" + esc(r.boundaryJson) + "</pre>";
    h += kBlockClose;
}

} // namespace grantscope::reporthtml

namespace grantscope {

std::string releaseChangesToHtml(const ReportReleaseChanges& changes)
{
    std::string h;
    reporthtml::releaseChangesHtml(changes, h);
    return h;
}

} // namespace grantscope
