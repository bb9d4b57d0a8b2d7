// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli report: the review report (HTML, Markdown or PDF) for a saved session or a package.
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "common/Text.h"
#include "doc/SourceFile.h"
#include "policy/PolicyParser.h"
#include "report/ReviewReport.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

PdfRenderer g_pdfRenderer = nullptr;

QString reportUsage()
{
    return Tr::tr("Usage: grantscope-cli report --format html|pdf|md -o FILE [--session S.grantscope | PATH...]\n"
                  "         [--boundary B.json] [--param N=V]...\n");
}

struct Options {
    QString format;
    QString output;
    QString session;
    QString boundary;
    LoadOptions load;
    QStringList paths;
};

bool parseOptions(const QStringList& args, Options& o, std::FILE* err)
{
    bool ok = true;
    for (qsizetype i = 0; i < args.size() && ok; ++i) {
        const QString& a = args[i];
        auto value = [&](const char* name, QString& into) {
            const QString option = QLatin1String(name);
            if (a.startsWith(option + QLatin1Char('='))) {
                into = a.mid(option.size() + 1);
                return true;
            }
            if (a != option)
                return false;
            if (i + 1 < args.size())
                into = args[++i];
            if (into.isEmpty()) {
                write(err, Tr::tr("grantscope-cli report: %1 needs a value\n").arg(option));
                ok = false;
            }
            return true;
        };
        if (value("--format", o.format) || value("--output", o.output) || value("-o", o.output)
            || value("--session", o.session) || value("--boundary", o.boundary))
            continue;
        if (!parseCommonOption(args, i, o.load, o.paths, err, ok)) {
            write(err, Tr::tr("grantscope-cli report: unknown option %1\n").arg(a));
            return false;
        }
    }
    return ok;
}

std::optional<Policy> readBoundary(const QString& path, std::FILE* err)
{
    Diagnostics diagnostics;
    const std::optional<SourceText> text = readSourceFile(path, diagnostics);
    std::optional<PolicyParser::Result> parsed;
    if (text)
        parsed = PolicyParser::parseJson(
            text->bytes, PolicyKind::Boundary, path, QFileInfo(path).completeBaseName().toStdString(), diagnostics);
    printDiagnostics(err, diagnostics, false);
    if (!parsed || !parsed->ok || hasErrors(diagnostics))
        return std::nullopt;
    return parsed->policy;
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
    Options o;
    if (!parseOptions(args, o, err)) {
        write(err, reportUsage());
        return BadInput;
    }
    const QString format = o.format.toLower();
    if (format != QStringLiteral("html") && format != QStringLiteral("pdf") && format != QStringLiteral("md")
        && format != QStringLiteral("markdown")) {
        write(err,
            o.format.isEmpty() ? Tr::tr("grantscope-cli report: --format is required\n")
                               : Tr::tr("grantscope-cli report: unknown format \"%1\"\n").arg(o.format));
        write(err, reportUsage());
        return BadInput;
    }
    if (o.output.isEmpty() || (format == QStringLiteral("pdf") && o.output == QStringLiteral("-"))) {
        write(err, Tr::tr("grantscope-cli report: -o FILE is required\n") + reportUsage());
        return BadInput;
    }
    if (o.session.isEmpty() == o.paths.isEmpty()) {
        write(err, Tr::tr("grantscope-cli report: give either --session or the package PATHs\n") + reportUsage());
        return BadInput;
    }
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
    if (refuseOutputOverInput(o.output, inputs, err))
        return BadInput;
    const Review review = loadReview(o.paths, o.load);
    printDiagnostics(err, review.package.diagnostics, false);
    if (hasErrors(review.package.diagnostics))
        return BadInput;
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
    const ReviewReport report
        = buildReviewReport(review, session ? &*session : nullptr, boundary ? &*boundary : nullptr);
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
