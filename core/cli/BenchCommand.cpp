// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Expansion.h"
#include "analysis/RequestEvaluator.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "doc/SourceFile.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace grantscope::cli {

namespace {

struct Document {
    QString name;
    std::string text;
};

double millis(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

/**
 * Measures the engine on a corpus (the bundled AWS managed policies unless PATHs are given): catalogue
 * load, JSON parse + policy parse, expansion against the catalogue, and request evaluation. Prints the
 * best of N repetitions of each phase, so the figures are comparable between runs.
 */
int runBench(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(QStringLiteral("bench"),
        QCoreApplication::translate(
            "cli", "Time catalogue load, parsing, expansion and request evaluation (best of N repetitions)."));
    cl.addOption({ QStringLiteral("repeat") }, QCoreApplication::translate("cli", "N"),
        QCoreApplication::translate("cli", "repetitions of each phase (default 5)"));
    cl.addArgument(QCoreApplication::translate("cli", "[PATH...]"),
        QCoreApplication::translate("cli", "policy files or folders; default the bundled AWS managed policies"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    int repeat = 5;
    if (cl.isSet(QStringLiteral("repeat"))) {
        bool number = false;
        repeat = cl.value(QStringLiteral("repeat")).toInt(&number);
        if (!number || repeat < 1)
            return cl.usageError(err, QCoreApplication::translate("cli", "--repeat takes a positive number"));
    }
    const QStringList paths = cl.positionalArguments();
    std::vector<Document> corpus;
    Diagnostics diagnostics;
    if (paths.isEmpty()) {
        for (const ManagedPolicyEntry& e : ManagedPolicyStore::bundled().policies())
            corpus.push_back(
                { QString::fromUtf8(e.name.data(), static_cast<qsizetype>(e.name.size())), std::string(e.document) });
    } else {
        for (const InputFile& f : collectPolicyFiles(paths, diagnostics))
            if (std::optional<SourceText> t = readInput(f, diagnostics))
                corpus.push_back({ f.display, std::move(t->bytes) });
    }
    if (hasErrors(diagnostics)) {
        printDiagnostics(err, diagnostics, false);
        return BadInput;
    }
    size_t bytes = 0;
    for (const Document& d : corpus)
        bytes += d.text.size();

    double bestLoad = 1e18, bestParse = 1e18, bestExpand = 1e18, bestEval = 1e18;
    size_t actionsGranted = 0, decisions = 0, allowed = 0;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        // Loaded as the program loads it: the image compiled in, read in place.
        std::unique_ptr<Catalog> catalog = Catalog::fromImage(Catalog::bundledImage(), nullptr);
        bestLoad = std::min(bestLoad, millis(t));

        t.restart();
        std::vector<Policy> policies;
        policies.reserve(corpus.size());
        Diagnostics ignored;
        for (const Document& d : corpus)
            policies.push_back(PolicyParser::parseJson(d.text, PolicyKind::Identity, d.name, {}, ignored).policy);
        bestParse = std::min(bestParse, millis(t));

        t.restart();
        actionsGranted = 0;
        std::vector<ActionSet> allowedSets;
        allowedSets.reserve(policies.size());
        for (const Policy& p : policies) {
            allowedSets.push_back(expandPolicy(*catalog, p, nullptr).allowed);
            actionsGranted += static_cast<size_t>(allowedSets.back().count());
        }
        bestExpand = std::min(bestExpand, millis(t));

        // One request per policy and per tenth of the catalogue: a fixed, varied workload.
        t.restart();
        decisions = allowed = 0;
        for (const Policy& p : policies) {
            const std::vector<const Policy*> identity { &p };
            for (int i = 0; i < catalog->actionCount(); i += 10) {
                Request req { catalog->actionName(i), "arn:aws:s3:::example-bucket/key", {} };
                allowed += evaluateRequest(identity, nullptr, req).decision == Decision::Allowed;
                ++decisions;
            }
        }
        bestEval = std::min(bestEval, millis(t));
    }
    const QString report = QStringLiteral("corpus: %1 policies, %2 KiB\n"
                                          "catalogue load: %3 ms (%4 actions)\n"
                                          "parse: %5 ms\n"
                                          "expand: %6 ms (%7 granted actions in all)\n"
                                          "evaluate: %8 ms for %9 requests (%10 allowed), %11 us per request\n")
                               .arg(corpus.size())
                               .arg(bytes / 1024)
                               .arg(bestLoad, 0, 'f', 2)
                               .arg(Catalog::bundled().actionCount())
                               .arg(bestParse, 0, 'f', 2)
                               .arg(bestExpand, 0, 'f', 2)
                               .arg(actionsGranted)
                               .arg(bestEval, 0, 'f', 2)
                               .arg(decisions)
                               .arg(allowed)
                               .arg(decisions ? bestEval * 1000.0 / static_cast<double>(decisions) : 0.0, 0, 'f', 3);
    write(out, report);
    return Success;
}

} // namespace grantscope::cli
