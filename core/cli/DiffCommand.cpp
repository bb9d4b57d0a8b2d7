// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli diff: what a boundary changes in what a vendor package grants, for a request that
// carries no condition keys.
#include "boundary/BoundaryFile.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "common/JsonStreamWriter.h"
#include "common/QtText.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"

#include <QCoreApplication>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Streamed token by token (the corpus's diff is megabytes): never a tree of the whole document.
void writeJson(JsonStreamWriter& w, const Catalog& catalog, const BoundaryEvaluation& eval,
    const std::vector<Finding>& findings, const QString& boundaryPath)
{
    const SemanticDiff& diff = eval.diff;
    w.beginObject();
    w.key("boundary").string(boundaryPath.toStdString());
    w.key("context").string(conditionChoiceKey(eval.choice));
    w.key("requested").number(diff.requested.count());
    w.key("before").number(diff.before.count());
    w.key("after").number(diff.after.count());
    w.key("actions").beginArray();
    for (const ActionDiff& a : diff.actions) {
        const ActionInfo& info = catalog.action(a.action);
        w.beginObject();
        w.key("action").string(catalog.lowerActionName(a.action));
        w.key("before").boolean(a.before);
        w.key("after").boolean(a.after);
        w.key("accessLevel").string(accessLevelKey(primaryAccessLevel(info.levels)));
        w.key("resourcesKept").strings(a.resourcesKept);
        w.key("resourcesDenied").strings(a.resourcesDenied);
        w.key("conditions").strings(a.conditions);
        w.endObject();
    }
    w.endArray();
    w.key("services").beginArray();
    for (const ServiceLevelDiff& r : diff.rows) {
        w.beginObject();
        w.key("service").string(catalog.service(r.service).prefix);
        w.key("accessLevel").string(accessLevelKey(r.level));
        w.key("requested").number(r.requested);
        w.key("before").number(r.before);
        w.key("after").number(r.after);
        w.endObject();
    }
    w.endArray();
    w.key("findings").beginArray();
    for (const FindingOutcome& o : diff.findings) {
        if (o.state == MitigationState::NotApplicable)
            continue;
        const Finding& f = findings[o.finding];
        w.beginObject();
        w.key("rule").string(f.rule);
        w.key("severity").string(severityKey(f.severity));
        w.key("subject").string(f.subject);
        w.key("state").string(mitigationStateKey(o.state));
        w.key("surviving").strings(o.surviving);
        w.endObject();
    }
    w.endArray();
    w.key("conditionalDenies").beginArray();
    for (const ConditionalDenyNote& d : eval.conditionalDenies) {
        w.beginObject();
        w.key("statement").number(d.statement);
        w.key("sid").string(d.sid);
        w.key("actions").strings(d.actions);
        w.key("conditions").strings(d.conditions);
        w.key("counted").boolean(d.counted);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QString toText(
    const Catalog& catalog, const SemanticDiff& diff, const std::vector<Finding>& findings, const QString& boundaryPath)
{
    QString text = Tr::tr("Boundary %1 applied to the package, for a request without condition keys:\n"
                          "%2 actions requested, %3 allowed before, %4 after.\n\n")
                       .arg(boundaryPath)
                       .arg(diff.requested.count())
                       .arg(diff.before.count())
                       .arg(diff.after.count());
    text += Tr::tr("%1 %2 %3 %4\n")
                .arg(Tr::tr("Service / access level"), -44)
                .arg(Tr::tr("requested"), 10)
                .arg(Tr::tr("before"), 7)
                .arg(Tr::tr("after"), 6);
    int lastService = -1;
    for (const ServiceLevelDiff& r : diff.rows) {
        if (r.service != lastService)
            text += toQString(catalog.service(r.service).prefix) + QLatin1Char('\n');
        lastService = r.service;
        text += QStringLiteral("  %1 %2 %3 %4\n")
                    .arg(accessLevelName(r.level), -42)
                    .arg(r.requested, 10)
                    .arg(r.before, 7)
                    .arg(r.after, 6);
    }
    const ActionSet removed = diff.removed();
    text += Tr::tr("\nRemoved by the boundary (%1):\n").arg(removed.count());
    catalog.forEachSorted(removed,
        [&](int a) { text += QStringLiteral("  ") + toQString(catalog.lowerActionName(a)) + QLatin1Char('\n'); });
    QString findingLines;
    for (const FindingOutcome& o : diff.findings) {
        if (o.state == MitigationState::NotApplicable)
            continue;
        const Finding& f = findings[o.finding];
        findingLines += QStringLiteral("  %1 %2 %3 %4\n")
                            .arg(toQString(mitigationStateKey(o.state)), -10)
                            .arg(toQString(severityKey(f.severity)), -8)
                            .arg(toQString(f.rule), toQString(f.subject));
    }
    if (!findingLines.isEmpty())
        text += Tr::tr("\nFindings under the boundary:\n") + findingLines;
    return text;
}

} // namespace

int runDiff(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("diff"),
        Tr::tr("Show what a permissions boundary removes from what the package grants, for a request without "
               "condition keys."));
    cl.addFlag({ QStringLiteral("json") }, Tr::tr("write the comparison as JSON"));
    cl.addOption({ QStringLiteral("boundary") }, Tr::tr("FILE"),
        Tr::tr("the permissions boundary: policy JSON, CloudFormation or Terraform, as boundary writes it"));
    cl.addPackageOptions();
    cl.addArgument(Tr::tr("PATH..."), Tr::tr("the vendor package"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    const bool json = cl.isSet(QStringLiteral("json"));
    const QString boundaryPath = cl.value(QStringLiteral("boundary"));
    LoadOptions options;
    if (!cl.readPackageOptions(options, err))
        return BadInput;
    const QStringList paths = cl.positionalArguments();
    if (const std::optional<int> refused = cl.refuseStandardInput(paths + QStringList { boundaryPath }, err))
        return *refused;
    if (boundaryPath.isEmpty())
        return cl.usageError(err, Tr::tr("--boundary FILE is required"));
    if (paths.isEmpty())
        return cl.usageError(err, Tr::tr("no PATH given"));

    Diagnostics diagnostics;
    const std::optional<Policy> boundary = readBoundaryFile(boundaryPath, diagnostics);
    printDiagnostics(err, diagnostics, false);
    if (!boundary || hasErrors(diagnostics))
        return BadInput;

    const Catalog& catalog = Catalog::bundled();
    // Decided under the boundary only: the package as it stands is part of that diff already.
    const Review review = loadReview(paths, options, ReviewBaseline::Skip);
    printDiagnostics(err, review.package.diagnostics, false);
    if (hasErrors(review.package.diagnostics))
        return BadInput;
    if (review.package.roles.empty() && review.package.standalonePolicies.empty()) {
        write(err,
            Tr::tr("grantscope-cli diff: %1: no role or permission policy to compare\n")
                .arg(paths.join(QStringLiteral(", "))));
        return BadInput;
    }

    const BoundaryEvaluation eval = evaluateBoundary(review, *boundary, ConditionChoice::NoContextKeys);
    if (json) {
        if (!streamOutput({}, out, err, {},
                [&](JsonStreamWriter& w) { writeJson(w, catalog, eval, review.analysis.findings, boundaryPath); }))
            return BadInput;
    } else
        write(out, toText(catalog, eval.diff, review.analysis.findings, boundaryPath));
    return Success;
}

} // namespace grantscope::cli
