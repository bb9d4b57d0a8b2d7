// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "cli/AnalyzeGate.h"
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "common/AtomicFile.h"
#include "common/AtomicFileWriter.h"
#include "common/JsonStreamWriter.h"
#include "common/Text.h"
#include "package/AuthorizationDetails.h"
#include "package/PackageLoader.h"
#include "package/ParameterValidation.h"
#include "report/FindingsReport.h"
#include "review/ReviewSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

enum class Format { Text, Json, Sarif, Markdown };

// What analyze reports on: the package as read and its analysis. Not a whole Review: analyze needs neither the
// expansions kept per policy nor the package's decided baseline, which would hold memory per policy read.
struct Analyzed {
    ReviewSubject package;
    PackageAnalysis analysis;
};

// "-" is one document read from standard input, recognised by its content as a file would be; the other
// paths are read as a package and the document joins it.
Analyzed analyzeWithStdin(const QStringList& paths, LoadOptions options, bool accountGiven)
{
    Analyzed out;
    if (!paths.contains(QStringLiteral("-"))) {
        out.package = loadPackage(paths, options);
    } else {
        QStringList files = paths;
        files.removeAll(QStringLiteral("-"));
        // An empty list of paths would be an empty package of its own: standard input alone is the package.
        // The --param names are checked once the document from standard input has joined the package.
        LoadOptions partial = options;
        partial.checkParameterNames = false;
        out.package = files.isEmpty() ? ReviewSubject {} : loadPackage(files, partial);
        if (const std::optional<SourceText> text = readStandardInput(out.package.diagnostics, options.maxFileBytes))
            loadDocument(text->file, text->bytes, options, out.package);
        finishAuthorizationDetails(out.package);
        std::vector<std::string> known;
        for (const auto& [name, record] : out.package.parameters)
            known.push_back(name);
        checkParameterNames(options.parameters, known, out.package.diagnostics);
    }
    // An account export says whose account it is: its own principals are not outsiders.
    if (const std::string account = exportAccount(out.package); !accountGiven && !account.empty())
        options.accountId = account;
    out.analysis = analyzePackage(out.package, Catalog::bundled(), RuleSet::bundled(), options);
    return out;
}

} // namespace

bool streamOutput(const QString& path, std::FILE* out, std::FILE* err, const QStringList& inputs,
    const std::function<void(JsonStreamWriter&)>& produce)
{
    const bool toStdout = path.isEmpty() || path == QStringLiteral("-");
    if (!toStdout && refuseOutputOverInput(path, inputs, err))
        return false;
    AtomicFileWriter file(path);
    if (!toStdout && !file.open()) {
        write(err, Tr::tr("grantscope-cli: cannot write %1: %2\n").arg(path, file.errorString()));
        return false;
    }
    // The writer hands over whole tokens only, so each chunk can be made visible on its own.
    JsonStreamWriter writer([&](std::string_view chunk) {
        const std::string safe = visibleControls(chunk);
        if (toStdout)
            return std::fwrite(safe.data(), 1, safe.size(), out) == safe.size();
        return file.write(safe);
    });
    produce(writer);
    const bool written = writer.finish();
    if (toStdout) {
        if (!written || std::fflush(out) != 0 || std::ferror(out)) {
            write(err, Tr::tr("grantscope-cli: cannot write to standard output\n"));
            return false;
        }
        return true;
    }
    if (!written || !file.commit()) {
        write(err, Tr::tr("grantscope-cli: cannot write %1: %2\n").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool refuseOutputOverInput(const QString& output, const QStringList& inputs, std::FILE* err)
{
    if (output.isEmpty() || output == QStringLiteral("-"))
        return false;
    const QString target = QFileInfo(output).canonicalFilePath(); // empty while the file does not exist
    if (target.isEmpty())
        return false;
    for (const QString& input : inputs) {
        if (input != QStringLiteral("-") && QFileInfo(input).canonicalFilePath() == target) {
            write(err,
                Tr::tr("grantscope-cli: refusing to write %1: it is one of the inputs (%2); choose another file\n")
                    .arg(output, input));
            return true;
        }
    }
    return false;
}

bool writeOutput(
    const QString& path, const std::string& text, std::FILE* out, std::FILE* err, const QStringList& inputs)
{
    if (path.isEmpty() || path == QStringLiteral("-")) {
        write(out, text);
        if (std::fflush(out) != 0 || std::ferror(out)) {
            write(err, Tr::tr("grantscope-cli: cannot write to standard output\n"));
            return false;
        }
        return true;
    }
    if (refuseOutputOverInput(path, inputs, err))
        return false;
    QString error;
    if (!writeFileAtomically(path, visibleControls(text), &error)) {
        write(err, Tr::tr("grantscope-cli: cannot write %1: %2\n").arg(path, error));
        return false;
    }
    return true;
}

int runAnalyze(const QStringList& args, std::FILE* out, std::FILE* err)
{
    CommandLine cl(
        QStringLiteral("analyze"), Tr::tr("Report the dangerous grants and trust problems of a vendor package."));
    cl.addFlag({ QStringLiteral("json") }, Tr::tr("write the findings as JSON"));
    cl.addFlag({ QStringLiteral("sarif") }, Tr::tr("write the findings as SARIF 2.1.0"));
    cl.addFlag({ QStringLiteral("markdown"), QStringLiteral("md") }, Tr::tr("write the findings as Markdown"));
    cl.addFlag({ QStringLiteral("brief") },
        Tr::tr("with the text output, one line per finding: severity, rule, subject, title, file:line"));
    cl.addOutputOption(Tr::tr("write to FILE instead of standard output (\"-\": standard output)"));
    cl.addOption({ QStringLiteral("fail-on") }, Tr::tr("SEVERITY"),
        Tr::tr("exit 1 when a finding is at least critical, high, medium, low or info"));
    cl.addOption({ QStringLiteral("session") }, Tr::tr("FILE"),
        Tr::tr("a saved review (.grantscope): findings the reviewer accepted or marked false positive do not "
               "reach --fail-on; without PATH, its package and settings are analysed"));
    AnalyzeGate::declare(cl);
    cl.addPackageOptions();
    cl.addArgument(Tr::tr("PATH..."),
        Tr::tr("a policy, trust policy, CloudFormation template (JSON or YAML), Terraform (HCL or JSON), "
               "folder or zip; \"-\" reads one document from standard input"));
    if (const std::optional<int> done = cl.parse(args, out, err))
        return *done;
    Format format = Format::Text;
    // The last format flag given wins, as it did when each flag set the format in turn.
    for (const auto& [name, value] : cl.orderedOptions()) {
        if (name == QStringLiteral("json"))
            format = Format::Json;
        else if (name == QStringLiteral("sarif"))
            format = Format::Sarif;
        else if (name == QStringLiteral("markdown"))
            format = Format::Markdown;
    }
    const QString output = cl.value(QStringLiteral("output"));
    std::optional<Severity> failOn;
    if (cl.isSet(QStringLiteral("fail-on"))) {
        failOn = parseSeverity(cl.value(QStringLiteral("fail-on")).toStdString());
        if (!failOn) {
            write(err, Tr::tr("grantscope-cli analyze: --fail-on takes critical, high, medium, low or info\n"));
            return BadInput;
        }
    }
    AnalyzeGate gate;
    if (const std::optional<int> refused = gate.read(cl, err))
        return *refused;
    LoadOptions options;
    QStringList paths = cl.positionalArguments();
    std::optional<ReviewSession> session;
    const QString sessionFile = cl.value(QStringLiteral("session"));
    if (!sessionFile.isEmpty()) {
        if (const std::optional<int> refused = cl.refuseStandardInput({ sessionFile }, err))
            return *refused;
        Diagnostics diagnostics;
        session = ReviewSession::load(sessionFile, diagnostics);
        printDiagnostics(err, diagnostics, false);
        if (!session)
            return BadInput;
        // The review's own package and settings, unless the package is named: then the command line's.
        if (paths.isEmpty()) {
            paths = session->packagePaths;
            options = session->loadOptions();
        }
    }
    if (!cl.readPackageOptions(options, err))
        return BadInput;
    if (paths.isEmpty())
        return cl.usageError(err, Tr::tr("no PATH given"));
    if (paths.count(QStringLiteral("-")) > 1)
        return cl.usageError(err, Tr::tr("standard input (\"-\") can be read only once"));
    Analyzed review = analyzeWithStdin(paths, options, cl.isSet(QStringLiteral("account")) || session.has_value());
    printDiagnostics(err, review.package.diagnostics, false);
    PackageAnalysis& analysis = review.analysis;
    gate.settle(analysis);
    const QStringList inputs = sessionFile.isEmpty() ? paths : paths + QStringList { sessionFile };
    bool written = false;
    switch (format) {
    case Format::Json:
        written = streamOutput(output, out, err, inputs, [&](JsonStreamWriter& w) {
            writeFindingsJson(w, analysis, &review.package, gate.additions(analysis, false));
        });
        break;
    case Format::Sarif:
        written = streamOutput(output, out, err, inputs, [&](JsonStreamWriter& w) {
            writeFindingsSarif(w, analysis, &review.package, gate.additions(analysis, true));
        });
        break;
    case Format::Markdown:
        written = writeOutput(
            output, findingsToMarkdown(gate.markNew(analysis)) + gate.trailer(analysis, true), out, err, inputs);
        break;
    case Format::Text:
        written = writeOutput(output,
            findingsToText(gate.markNew(analysis), &review.package,
                cl.isSet(QStringLiteral("brief")) ? TextStyle::Brief : TextStyle::Full)
                + gate.trailer(analysis, false),
            out, err, inputs);
        break;
    }
    if (!written)
        return BadInput;
    if (hasErrors(review.package.diagnostics))
        return BadInput;
    if (!failOn)
        return Success;
    // The gate: findings at the threshold that the review has not accepted. Which ones tripped it is said.
    std::vector<const Finding*> tripping;
    int accepted = 0;
    int known = 0; // in the baseline: only what is new fails the build
    for (const Finding& f : analysis.findings) {
        if (f.severity < *failOn)
            continue;
        if (!gate.isNew(f)) {
            ++known;
            continue;
        }
        const FindingDecision decision = session ? session->verdict(f).decision : FindingDecision::Open;
        if (decision == FindingDecision::AcceptedRisk || decision == FindingDecision::FalsePositive)
            ++accepted;
        else
            tripping.push_back(&f);
    }
    const QString threshold = QString::fromLatin1(severityKey(*failOn));
    if (accepted > 0)
        write(err,
            accepted == 1 ? Tr::tr("grantscope-cli analyze: 1 finding at or above %1 accepted or marked false "
                                   "positive in %2\n")
                                .arg(threshold, sessionFile)
                          : Tr::tr("grantscope-cli analyze: %1 findings at or above %2 accepted or marked false "
                                   "positive in %3\n")
                                .arg(accepted)
                                .arg(threshold, sessionFile));
    if (known > 0)
        write(err,
            Tr::tr("grantscope-cli analyze: %1 finding(s) at or above %2 already in the baseline %3\n")
                .arg(known)
                .arg(threshold, gate.baselineFile));
    if (tripping.empty())
        return Success;
    std::stable_sort(
        tripping.begin(), tripping.end(), [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
    write(err,
        tripping.size() == 1 ? Tr::tr("grantscope-cli analyze: 1 finding at or above %1 (--fail-on):\n").arg(threshold)
                             : Tr::tr("grantscope-cli analyze: %1 findings at or above %2 (--fail-on), the worst:\n")
                                   .arg(tripping.size())
                                   .arg(threshold));
    for (size_t i = 0; i < tripping.size() && i < 3; ++i) {
        const Finding& f = *tripping[i];
        write(err,
            QStringLiteral("  %1:%2:%3: %4: %5 [%6]\n")
                .arg(f.file)
                .arg(f.location.line)
                .arg(f.location.column)
                .arg(QString::fromLatin1(severityKey(f.severity)), f.title, QString::fromStdString(f.rule)));
    }
    return FindingsAtThreshold;
}

} // namespace grantscope::cli
