// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli report: the review report (HTML, Markdown or PDF) for a saved session or a package.
#include "boundary/BoundaryFile.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "common/Text.h"
#include "report/ReviewReport.h"
#include "review/BoundaryEvaluation.h"
#include "review/PackageFiles.h"
#include "review/Recommendation.h"
#include "review/ReleaseComparison.h"
#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QCoreApplication>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

PdfRenderer g_pdfRenderer = nullptr;

struct Options {
    QString format;
    QString output;
    QString session;
    QString boundary;
    QString reviewer;
    std::optional<Recommendation> recommendation;
    LoadOptions load;
    QStringList paths;
    QStringList since; // the release reviewed before
};

void declare(CommandLine& cl)
{
    cl.addOption({ QStringLiteral("format") }, Tr::tr("FORMAT"),
        Tr::tr("html, pdf or md; by default from the output's extension (.html, .htm, .pdf, .md, .markdown)"));
    cl.addOutputOption(Tr::tr("the report file (required; \"-\": standard output, not for pdf)"));
    cl.addOption({ QStringLiteral("session") }, Tr::tr("FILE"), Tr::tr("a saved review session (.grantscope)"));
    cl.addOption({ QStringLiteral("boundary") }, Tr::tr("FILE"),
        Tr::tr("a permissions boundary (policy JSON, CloudFormation or Terraform) to show the effect of"));
    cl.addOption({ QStringLiteral("reviewer") }, Tr::tr("NAME"),
        Tr::tr("who reviewed the package, as the report names them (instead of the session's)"));
    cl.addOption({ QStringLiteral("recommendation") }, Tr::tr("CHOICE"),
        Tr::tr("approve, boundary (approve with the boundary) or reject, instead of the one the decisions give"));
    cl.addOption({ QStringLiteral("since") }, Tr::tr("PATH"),
        Tr::tr("the release of the package reviewed before (repeatable): the report says what changed since, and "
               "the session's decisions carry over to the findings that remain"));
    cl.addPackageOptions();
    cl.addArgument(Tr::tr("[PATH...]"), Tr::tr("the vendor package, when no --session is given"));
}

std::optional<Policy> readBoundary(const QString& path, std::FILE* err)
{
    Diagnostics diagnostics;
    std::optional<Policy> boundary = readBoundaryFile(path, diagnostics);
    printDiagnostics(err, diagnostics, false);
    if (hasErrors(diagnostics))
        return std::nullopt;
    return boundary;
}

} // namespace

void setPdfRenderer(PdfRenderer renderer)
{
    g_pdfRenderer = renderer;
}
PdfRenderer pdfRenderer()
{
    return g_pdfRenderer;
}

int runReport(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("report"),
        Tr::tr("Write the review report (summary, findings, decisions, boundary) for a session or a package."));
    declare(cl);
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    Options o;
    o.format = cl.value(QStringLiteral("format"));
    o.output = cl.value(QStringLiteral("output"));
    o.session = cl.value(QStringLiteral("session"));
    o.boundary = cl.value(QStringLiteral("boundary"));
    o.reviewer = cl.value(QStringLiteral("reviewer")).trimmed();
    o.paths = cl.positionalArguments();
    o.since = cl.values(QStringLiteral("since"));
    if (cl.isSet(QStringLiteral("recommendation"))) {
        const QString choice = cl.value(QStringLiteral("recommendation"));
        o.recommendation = parseRecommendation(choice.toLower().toStdString());
        if (!o.recommendation)
            return cl.usageError(err,
                Tr::tr("unknown recommendation \"%1\": --recommendation takes approve, boundary or reject")
                    .arg(choice));
    }
    if (const std::optional<int> refused
        = cl.refuseStandardInput(o.paths + o.since + QStringList { o.session, o.boundary }, err))
        return *refused;
    if (!cl.readPackageOptions(o.load, err))
        return BadInput;
    if (o.output.isEmpty())
        return cl.usageError(err, Tr::tr("-o FILE is required"));
    const QString format = reportFormat(o.format, o.output);
    if (format.isEmpty())
        return cl.usageError(err,
            Tr::tr("cannot tell the report format from \"%1\": name the file .html, .htm, .pdf, .md or .markdown, "
                   "or give --format html|pdf|md")
                .arg(o.output));
    if (format != QStringLiteral("html") && format != QStringLiteral("pdf") && format != QStringLiteral("md")
        && format != QStringLiteral("markdown"))
        return cl.usageError(err, Tr::tr("unknown format \"%1\": --format takes html, pdf or md").arg(o.format));
    if (format == QStringLiteral("pdf") && o.output == QStringLiteral("-"))
        return cl.usageError(err, Tr::tr("a PDF report needs -o FILE, not standard output"));
    if (o.session.isEmpty() == o.paths.isEmpty())
        return cl.usageError(err, Tr::tr("give either --session or the package PATHs"));
    if (format == QStringLiteral("pdf") && !g_pdfRenderer) {
        write(err,
            Tr::tr("grantscope-cli report: PDF output needs a build with the GUI (GRANTSCOPE_GUI=ON); "
                   "use --format html and print it to PDF\n"));
        return BadInput;
    }

    std::optional<ReviewSession> session;
    if (!o.session.isEmpty()) {
        Diagnostics diagnostics;
        session = ReviewSession::load(o.session, diagnostics);
        printDiagnostics(err, diagnostics, false);
        if (!session)
            return BadInput;
        for (const auto& [name, value] : o.load.parameters)
            session->parameters[name] = value;
        o.paths = session->packagePaths;
        o.load = session->loadOptions();
        if (o.paths.isEmpty()) {
            write(err, Tr::tr("grantscope-cli report: %1: the session names no package\n").arg(o.session));
            return BadInput;
        }
    }

    std::optional<Policy> boundaryFile;
    if (!o.boundary.isEmpty()) {
        boundaryFile = readBoundary(o.boundary, err);
        if (!boundaryFile)
            return BadInput;
    }

    // The package, the session and the boundary file are the reviewer's inputs: never overwritten.
    QStringList inputs = o.paths;
    if (!o.session.isEmpty())
        inputs << o.session;
    if (!o.boundary.isEmpty())
        inputs << o.boundary;
    inputs << o.since;
    if (refuseOutputOverInput(o.output, inputs, err))
        return BadInput;
    const Review review = loadReview(o.paths, o.load);
    printDiagnostics(err, review.package.diagnostics, false);
    if (hasErrors(review.package.diagnostics))
        return BadInput;
    // The release reviewed before, read with the same options: what changed since, and the decisions carried.
    std::optional<ReleaseComparison> sinceComparison;
    if (!o.since.isEmpty()) {
        const Review old = loadReview(o.since, o.load, ReviewBaseline::Skip);
        printDiagnostics(err, old.package.diagnostics, false);
        if (hasErrors(old.package.diagnostics))
            return BadInput;
        sinceComparison = compareReleases(old, review);
        if (session)
            session = carryReview(*session, old, review, *sinceComparison).session;
    }
    std::optional<BoundaryEvaluation> boundary;
    if (boundaryFile) {
        boundary = evaluateBoundary(review, *boundaryFile, ConditionChoice::NoContextKeys);
    } else if (session && session->hasBoundary) {
        boundary = evaluateBoundary(review, session->boundary, ConditionChoice::NoContextKeys);
        if (hasErrors(boundary->problems)) {
            for (const Diagnostic& d : boundary->problems)
                write(err, Tr::tr("grantscope-cli report: %1: boundary: %2\n").arg(o.session, d.message));
            return BadInput;
        }
    }
    // The reviewer and the recommendation given here stand for this report; the session file is not changed.
    if (!o.reviewer.isEmpty() || o.recommendation) {
        if (!session)
            session.emplace();
        if (!o.reviewer.isEmpty())
            session->reviewer = o.reviewer;
        if (o.recommendation)
            session->recommendation = o.recommendation;
    }
    if (session && !o.session.isEmpty())
        for (const QString& line : packageChangeLines(comparePackageFiles(session->packageFiles, review.files)))
            write(err, Tr::tr("grantscope-cli report: warning: %1: package file %2\n").arg(o.session, line));
    ReviewReport report = buildReviewReport(review, session ? &*session : nullptr, boundary ? &*boundary : nullptr);
    if (sinceComparison)
        report.since = reportReleaseChanges(Catalog::bundled(), *sinceComparison, o.since);
    if (format == QStringLiteral("pdf")) {
        QString error;
        if (!g_pdfRenderer(visibleControls(reportToHtml(report)), o.output, &error)) {
            write(err, Tr::tr("grantscope-cli report: cannot write %1: %2\n").arg(o.output, error));
            return BadInput;
        }
        return Success;
    }
    const std::string text = format == QStringLiteral("html") ? reportToHtml(report) : reportToMarkdown(report);
    return writeOutput(o.output, text, out, err, inputs) ? Success : BadInput;
}

} // namespace grantscope::cli
