// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "common/AtomicFile.h"
#include "common/Text.h"
#include "report/FindingsReport.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

enum class Format { Text, Json, Sarif, Markdown };

} // namespace

bool refuseOutputOverInput(const QString& output, const QStringList& inputs, std::FILE* err)
{
    if (output.isEmpty() || output == QStringLiteral("-"))
        return false;
    const QString target = QFileInfo(output).canonicalFilePath(); // empty while the file does not exist
    if (target.isEmpty())
        return false;
    for (const QString& input : inputs) {
        if (QFileInfo(input).canonicalFilePath() == target) {
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

bool parseCommonOption(
    const QStringList& args, qsizetype& i, LoadOptions& options, QStringList& paths, std::FILE* err, bool& ok)
{
    const QString& a = args[i];
    auto value = [&](const QString& name) -> QString {
        if (a.startsWith(name + QLatin1Char('=')))
            return a.mid(name.size() + 1);
        if (i + 1 < args.size())
            return args[++i];
        write(err, Tr::tr("grantscope-cli: %1 needs a value\n").arg(name));
        ok = false;
        return {};
    };
    if (a == QStringLiteral("--param") || a.startsWith(QStringLiteral("--param="))) {
        const QString pair = value(QStringLiteral("--param"));
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            write(err, Tr::tr("grantscope-cli: --param takes Name=Value, not \"%1\"\n").arg(pair));
            ok = false;
        } else {
            options.parameters[pair.left(eq).toStdString()] = pair.mid(eq + 1).toStdString();
        }
        return true;
    }
    if (a == QStringLiteral("--account") || a.startsWith(QStringLiteral("--account="))) {
        const QString account = value(QStringLiteral("--account"));
        static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
        if (ok && !twelveDigits.match(account).hasMatch()) {
            write(err, Tr::tr("grantscope-cli: --account takes a 12-digit AWS account id, not \"%1\"\n").arg(account));
            ok = false;
        }
        options.accountId = account.toStdString();
        return true;
    }
    if (a == QStringLiteral("--org-account") || a.startsWith(QStringLiteral("--org-account="))) {
        // Another account of the customer's organization: roles it may assume need no External ID.
        const QString account = value(QStringLiteral("--org-account"));
        static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
        if (ok && !twelveDigits.match(account).hasMatch()) {
            write(err,
                Tr::tr("grantscope-cli: --org-account takes a 12-digit AWS account id, not \"%1\"\n").arg(account));
            ok = false;
        }
        options.orgAccounts.push_back(account.toStdString());
        return true;
    }
    if (a == QStringLiteral("--partition") || a.startsWith(QStringLiteral("--partition="))) {
        const QString partition = value(QStringLiteral("--partition"));
        static const QStringList known = { QStringLiteral("aws"), QStringLiteral("aws-us-gov"),
            QStringLiteral("aws-cn"), QStringLiteral("aws-iso"), QStringLiteral("aws-iso-b"),
            QStringLiteral("aws-iso-e"), QStringLiteral("aws-iso-f"), QStringLiteral("aws-eusc") };
        if (ok && !known.contains(partition)) {
            write(err,
                Tr::tr("grantscope-cli: --partition takes one of %1, not \"%2\"\n")
                    .arg(known.join(QStringLiteral(", ")), partition));
            ok = false;
        }
        options.partition = partition.toStdString();
        options.partitionGiven = true;
        return true;
    }
    if (a == QStringLiteral("--region") || a.startsWith(QStringLiteral("--region="))) {
        options.region = value(QStringLiteral("--region")).toStdString();
        return true;
    }
    if (!a.startsWith(QLatin1Char('-')) || a == QStringLiteral("-")) {
        paths << a;
        return true;
    }
    return false;
}

int runAnalyze(const QStringList& args, std::FILE* out, std::FILE* err)
{
    Format format = Format::Text;
    QString output;
    std::optional<Severity> failOn;
    LoadOptions options;
    QStringList paths;
    bool ok = true;
    for (qsizetype i = 0; i < args.size() && ok; ++i) {
        const QString& a = args[i];
        if (a == QStringLiteral("--json"))
            format = Format::Json;
        else if (a == QStringLiteral("--sarif"))
            format = Format::Sarif;
        else if (a == QStringLiteral("--markdown") || a == QStringLiteral("--md"))
            format = Format::Markdown;
        else if (a == QStringLiteral("-o") || a == QStringLiteral("--output")) {
            if (i + 1 >= args.size()) {
                write(err, Tr::tr("grantscope-cli analyze: %1 needs a file\n").arg(a));
                return BadInput;
            }
            output = args[++i];
        } else if (a == QStringLiteral("--fail-on") || a.startsWith(QStringLiteral("--fail-on="))) {
            const QString v = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1)
                                                           : (i + 1 < args.size() ? args[++i] : QString());
            failOn = parseSeverity(v.toStdString());
            if (!failOn) {
                write(err, Tr::tr("grantscope-cli analyze: --fail-on takes critical, high, medium, low or info\n"));
                return BadInput;
            }
        } else if (!parseCommonOption(args, i, options, paths, err, ok)) {
            write(err, Tr::tr("grantscope-cli analyze: unknown option %1\n").arg(a));
            return BadInput;
        }
    }
    if (!ok)
        return BadInput;
    if (paths.isEmpty()) {
        write(err,
            Tr::tr("Usage: grantscope-cli analyze [--json|--sarif|--markdown] [-o FILE] [--param N=V]... "
                   "[--account ID] [--org-account ID]... [--fail-on SEVERITY] PATH...\n"));
        return BadInput;
    }
    const Review review = loadReview(paths, options);
    printDiagnostics(err, review.package.diagnostics, false);
    const PackageAnalysis& analysis = review.analysis;
    std::string text;
    switch (format) {
    case Format::Json:
        text = findingsToJson(analysis);
        break;
    case Format::Sarif:
        text = findingsToSarif(analysis);
        break;
    case Format::Markdown:
        text = findingsToMarkdown(analysis);
        break;
    case Format::Text:
        text = findingsToText(analysis);
        break;
    }
    if (!writeOutput(output, text, out, err, paths))
        return BadInput;
    if (hasErrors(review.package.diagnostics))
        return BadInput;
    if (failOn)
        for (const Finding& f : analysis.findings)
            if (f.severity >= *failOn)
                return FindingsAtThreshold;
    return Success;
}

} // namespace grantscope::cli
