// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli boundary: compose a permissions boundary from the command line, the same edits the
// boundary composer makes, compacted to fit AWS's managed-policy limit.
#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryDraft.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/BoundarySnippets.h"
#include "boundary/Mitigations.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"

#include <QCoreApplication>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString boundaryUsage()
{
    return Tr::tr(
        "Usage: grantscope-cli boundary [--deny-action P]... [--deny-on ACTION=ARN]... [--allow-service S]...\n"
        "         [--allow-level L]... [--base allow-all|vendor] [--from-findings] [--kms-key ARN]...\n"
        "         [--name NAME] [--format json|cloudformation|terraform] [-o FILE] [PATH...]\n");
}

struct Options {
    std::vector<BoundaryEdit> edits; // in command-line order
    std::vector<std::string> services;
    AccessLevels levels = 0;
    bool vendorBase = false;
    bool fromFindings = false;
    MitigationOptions mitigation;
    QString output;
    std::optional<BoundaryFormat> format; // unset: from the output file's name
    std::string name = "GrantScopeBoundary";
    LoadOptions load;
    QStringList paths;
};

// Reads the options; false (with a message) on a malformed one.
bool parseOptions(const QStringList& args, Options& o, std::FILE* err)
{
    bool ok = true;
    for (qsizetype i = 0; i < args.size() && ok; ++i) {
        const QString& a = args[i];
        auto value = [&](const char* name) -> std::optional<QString> {
            const QString option = QLatin1String(name);
            if (a.startsWith(option + QLatin1Char('=')))
                return a.mid(option.size() + 1);
            if (a == option && i + 1 < args.size())
                return args[++i];
            if (a == option) {
                write(err, Tr::tr("grantscope-cli boundary: %1 needs a value\n").arg(option));
                ok = false;
                return QString();
            }
            return std::nullopt;
        };
        if (const auto v = value("--deny-action")) {
            if (ok)
                o.edits.push_back(BoundaryEdit::denyActions({ v->toStdString() }));
        } else if (const auto on = value("--deny-on")) {
            const qsizetype eq = on->indexOf(QLatin1Char('='));
            if (ok && (eq <= 0 || eq + 1 == on->size())) {
                write(err, Tr::tr("grantscope-cli boundary: --deny-on takes ACTION=ARN, not \"%1\"\n").arg(*on));
                ok = false;
            } else if (ok) {
                o.edits.push_back(
                    BoundaryEdit::denyOnResources({ { on->left(eq).toStdString(), on->mid(eq + 1).toStdString() } }));
            }
        } else if (const auto s = value("--allow-service")) {
            if (ok)
                o.services.push_back(s->toLower().toStdString());
        } else if (const auto l = value("--allow-level")) {
            const std::optional<AccessLevel> level = parseAccessLevel(l->toStdString());
            if (ok && !level) {
                write(err,
                    Tr::tr("grantscope-cli boundary: --allow-level takes List, Read, Write, Permissions management "
                           "or Tagging, not \"%1\"\n")
                        .arg(*l));
                ok = false;
            } else if (ok) {
                o.levels |= static_cast<AccessLevels>(*level);
            }
        } else if (const auto b = value("--base")) {
            if (ok && *b != QStringLiteral("allow-all") && *b != QStringLiteral("vendor")) {
                write(err, Tr::tr("grantscope-cli boundary: --base takes allow-all or vendor, not \"%1\"\n").arg(*b));
                ok = false;
            }
            o.vendorBase = *b == QStringLiteral("vendor");
        } else if (const auto k = value("--kms-key")) {
            if (ok)
                o.mitigation.kmsKeyArns.push_back(k->toStdString());
        } else if (const auto f = value("--format")) {
            o.format = parseBoundaryFormat(f->toStdString());
            if (ok && !o.format) {
                write(err,
                    Tr::tr("grantscope-cli boundary: --format takes json, cloudformation or terraform, not \"%1\"\n")
                        .arg(*f));
                ok = false;
            }
        } else if (const auto n = value("--name")) {
            if (ok && n->isEmpty()) {
                write(err, Tr::tr("grantscope-cli boundary: --name needs a policy name\n"));
                ok = false;
            }
            o.name = n->toStdString();
        } else if (const auto out = value("--output")) {
            o.output = *out;
        } else if (a == QStringLiteral("-o")) {
            if (i + 1 >= args.size()) {
                write(err, Tr::tr("grantscope-cli boundary: -o needs a file\n"));
                return false;
            }
            o.output = args[++i];
        } else if (a == QStringLiteral("--from-findings")) {
            o.fromFindings = true;
        } else if (!parseCommonOption(args, i, o.load, o.paths, err, ok)) {
            write(err, Tr::tr("grantscope-cli boundary: unknown option %1\n").arg(a));
            return false;
        }
    }
    return ok;
}

} // namespace

int runBoundary(const QStringList& args, std::FILE* out, std::FILE* err)
{
    Options o;
    if (!parseOptions(args, o, err)) {
        write(err, boundaryUsage());
        return BadInput;
    }
    if ((o.fromFindings || o.vendorBase) && o.paths.isEmpty()) {
        write(
            err, Tr::tr("grantscope-cli boundary: --from-findings and --base vendor need the vendor package (PATH)\n"));
        write(err, boundaryUsage());
        return BadInput;
    }
    const Catalog& catalog = Catalog::bundled();
    Review review;
    if (!o.paths.isEmpty()) {
        review = loadReview(o.paths, o.load);
        printDiagnostics(err, review.package.diagnostics, false);
        if (hasErrors(review.package.diagnostics))
            return BadInput;
    }

    BoundaryDraft draft;
    draft.name = iamPolicyName(o.name);
    std::vector<BoundaryEdit> edits;
    if (o.vendorBase)
        edits.push_back(BoundaryEdit::setBase(BoundaryBase::VendorGrants, review.vendorActions));
    if (!o.services.empty())
        edits.push_back(BoundaryEdit::allowOnlyServices(o.services));
    if (o.levels)
        edits.push_back(BoundaryEdit::allowOnlyLevels(o.levels));
    edits.insert(edits.end(), o.edits.begin(), o.edits.end());
    if (o.fromFindings) {
        const std::vector<BoundaryEdit> proposed
            = Mitigations::forFindings(review.analysis.findings, catalog, Severity::High, o.mitigation);
        edits.insert(edits.end(), proposed.begin(), proposed.end());
    }
    for (BoundaryEdit& e : edits)
        e.apply(draft);

    const BoundaryEvaluation eval = evaluateBoundary(review, draft, ConditionChoice::NoContextKeys);
    if (hasErrors(eval.problems)) {
        for (const Diagnostic& d : eval.problems)
            write(err, Tr::tr("grantscope-cli boundary: %1\n").arg(d.message));
        return BadInput;
    }
    const CompactedBoundary& compacted = eval.compacted;
    for (const Diagnostic& d : compacted.diagnostics)
        write(err,
            Tr::tr("grantscope-cli boundary: %1: %2\n")
                .arg(d.severity == DiagnosticSeverity::Error ? Tr::tr("error") : Tr::tr("warning"), d.message));
    if (!compacted.fits)
        return BadInput;
    const BoundaryFormat format = o.format.value_or(
        o.output.isEmpty() || o.output == QStringLiteral("-") ? BoundaryFormat::Json : boundaryFormatForFile(o.output));
    if (!writeOutput(
            o.output, writeBoundary(compacted, format, draft.name, boundaryTargets(review.package)), out, err, o.paths))
        return BadInput;
    if (!o.output.isEmpty() && o.output != QStringLiteral("-"))
        write(err,
            Tr::tr("grantscope-cli boundary: wrote %1 (%2 of %3 characters, %4 edits)\n")
                .arg(o.output)
                .arg(compacted.size)
                .arg(BoundaryCompactor::kManagedPolicyLimit)
                .arg(edits.size()));
    return Success;
}

} // namespace grantscope::cli
