// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli boundary: compose a permissions boundary from the command line, the same edits the
// boundary composer makes, compacted to fit AWS's managed-policy limit.
#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryDraft.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/BoundaryParts.h"
#include "boundary/BoundarySnippets.h"
#include "boundary/Mitigations.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QStringList>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

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

void declare(CommandLine& cl)
{
    cl.addOption({ QStringLiteral("deny-action") }, Tr::tr("PATTERN"),
        Tr::tr("deny the actions matching PATTERN, such as kms:Decrypt or iam:* (repeatable)"));
    cl.addOption({ QStringLiteral("deny-on") }, Tr::tr("ACTION=ARN"),
        Tr::tr("deny ACTION on the resource ARN only (repeatable)"));
    cl.addOption({ QStringLiteral("allow-service") }, Tr::tr("SERVICE"),
        Tr::tr("allow only these services, by prefix such as s3 (repeatable)"));
    cl.addOption({ QStringLiteral("allow-level") }, Tr::tr("LEVEL"),
        Tr::tr("allow only these access levels: List, Read, Write, Permissions management, Tagging (repeatable)"));
    cl.addOption({ QStringLiteral("base") }, Tr::tr("BASE"),
        Tr::tr("start from allow-all (default) or from what the vendor package asks for (vendor)"));
    cl.addFlag(
        { QStringLiteral("from-findings") }, Tr::tr("add the mitigations of the package's high and critical findings"));
    cl.addOption({ QStringLiteral("kms-key") }, Tr::tr("ARN"),
        Tr::tr("a KMS key the vendor may still use when decryption is denied (repeatable)"));
    cl.addOption({ QStringLiteral("name") }, Tr::tr("NAME"), Tr::tr("the policy name (default GrantScopeBoundary)"));
    cl.addOption({ QStringLiteral("format") }, Tr::tr("FORMAT"),
        Tr::tr("json, cloudformation or terraform; by default cloudformation for a .yaml, .yml or .template "
               "output, terraform for .tf, json otherwise"));
    cl.addOutputOption(Tr::tr("write to FILE instead of standard output (\"-\": standard output)"));
    cl.addPackageOptions();
    cl.addArgument(Tr::tr("[PATH...]"), Tr::tr("the vendor package the boundary is for"));
}

// Reads the options; false (with a message) on a malformed one.
bool readOptions(const CommandLine& cl, Options& o, std::FILE* err)
{
    const auto fail = [&](const QString& message) {
        write(err, message);
        return false;
    };
    for (const auto& [name, v] : cl.orderedOptions()) {
        if (name == QStringLiteral("deny-action")) {
            o.edits.push_back(BoundaryEdit::denyActions({ v.toStdString() }));
        } else if (name == QStringLiteral("deny-on")) {
            const qsizetype eq = v.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq + 1 == v.size())
                return fail(Tr::tr("grantscope-cli boundary: --deny-on takes ACTION=ARN, not \"%1\"\n").arg(v));
            o.edits.push_back(
                BoundaryEdit::denyOnResources({ { v.left(eq).toStdString(), v.mid(eq + 1).toStdString() } }));
        } else if (name == QStringLiteral("allow-service")) {
            o.services.push_back(v.toLower().toStdString());
        } else if (name == QStringLiteral("allow-level")) {
            const std::optional<AccessLevel> level = parseAccessLevel(v.toStdString());
            if (!level)
                return fail(Tr::tr("grantscope-cli boundary: --allow-level takes List, Read, Write, Permissions "
                                   "management or Tagging, not \"%1\"\n")
                                .arg(v));
            o.levels |= static_cast<AccessLevels>(*level);
        } else if (name == QStringLiteral("base")) {
            if (v != QStringLiteral("allow-all") && v != QStringLiteral("vendor"))
                return fail(Tr::tr("grantscope-cli boundary: --base takes allow-all or vendor, not \"%1\"\n").arg(v));
            o.vendorBase = v == QStringLiteral("vendor");
        } else if (name == QStringLiteral("kms-key")) {
            o.mitigation.kmsKeyArns.push_back(v.toStdString());
        } else if (name == QStringLiteral("format")) {
            o.format = parseBoundaryFormat(v.toStdString());
            if (!o.format)
                return fail(
                    Tr::tr("grantscope-cli boundary: --format takes json, cloudformation or terraform, not \"%1\"\n")
                        .arg(v));
        } else if (name == QStringLiteral("name")) {
            if (v.isEmpty())
                return fail(Tr::tr("grantscope-cli boundary: --name needs a policy name\n"));
            o.name = v.toStdString();
        } else if (name == QStringLiteral("o")) {
            o.output = v;
        } else if (name == QStringLiteral("from-findings")) {
            o.fromFindings = true;
        }
    }
    o.paths = cl.positionalArguments();
    return cl.readPackageOptions(o.load, err);
}

} // namespace

int runBoundary(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("boundary"),
        Tr::tr("Compose a permissions boundary that fits AWS's managed-policy size limit."));
    declare(cl);
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    Options o;
    if (!readOptions(cl, o, err))
        return BadInput;
    if (const std::optional<int> refused = cl.refuseStandardInput(o.paths, err))
        return *refused;
    if ((o.fromFindings || o.vendorBase) && o.paths.isEmpty())
        return cl.usageError(err, Tr::tr("--from-findings and --base vendor need the vendor package (PATH)"));
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
    // Too large for one managed policy: the denies go on in further policies attached to the role.
    const BoundaryParts parts = BoundaryParts::split(catalog, eval.policy, eval.compacted, draft.name);
    for (const Diagnostic& d : parts.diagnostics)
        write(err,
            Tr::tr("grantscope-cli boundary: %1: %2\n")
                .arg(d.severity == DiagnosticSeverity::Error ? Tr::tr("error") : Tr::tr("warning"), d.message));
    if (!parts.fits)
        return BadInput;
    const BoundaryFormat format = o.format.value_or(
        o.output.isEmpty() || o.output == QStringLiteral("-") ? BoundaryFormat::Json : boundaryFormatForFile(o.output));
    if (!writeOutput(
            o.output, writeBoundary(parts, format, draft.name, boundaryTargets(review.package)), out, err, o.paths))
        return BadInput;
    if (!o.output.isEmpty() && o.output != QStringLiteral("-")) {
        if (parts.parts.size() == 1) {
            write(err,
                Tr::tr("grantscope-cli boundary: wrote %1 (%2 of %3 characters, %4 edits)\n")
                    .arg(o.output)
                    .arg(parts.parts.front().size)
                    .arg(BoundaryCompactor::kManagedPolicyLimit)
                    .arg(edits.size()));
        } else {
            QStringList sizes;
            for (const CompactedBoundary& part : parts.parts)
                sizes << QString::number(part.size);
            write(err,
                Tr::tr("grantscope-cli boundary: wrote %1 (%2 managed policies of %3 characters, each at most %4; "
                       "%5 edits)\n")
                    .arg(o.output)
                    .arg(parts.parts.size())
                    .arg(sizes.join(QStringLiteral(", ")))
                    .arg(BoundaryCompactor::kManagedPolicyLimit)
                    .arg(edits.size()));
        }
    }
    return Success;
}

} // namespace grantscope::cli
