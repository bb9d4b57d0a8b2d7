// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"

#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "common/BundledVersions.h"

#include <QCoreApplication>
#include <QLatin1String>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

using CommandFunction = int (*)(const QStringList&, std::FILE*, std::FILE*);

struct Command {
    const char* name;
    CommandFunction run;
    const char* summary; // translated in usage()
};

// Every command the CLI dispatches, in the order the help lists them.
constexpr Command kCommands[] = {
    { "analyze", runAnalyze, QT_TRANSLATE_NOOP("cli", "dangerous grants and trust problems of a vendor package") },
    { "expand", runExpand, QT_TRANSLATE_NOOP("cli", "actions each policy's Allow statements grant") },
    { "boundary", runBoundary, QT_TRANSLATE_NOOP("cli", "compose a permissions boundary that fits AWS's size limit") },
    { "diff", runDiff, QT_TRANSLATE_NOOP("cli", "what a boundary removes from what the package grants") },
    { "report", runReport, QT_TRANSLATE_NOOP("cli", "the review report: summary, findings, decisions, boundary") },
    { "evaluate", runEvaluate, QT_TRANSLATE_NOOP("cli", "decide requests against identity policies and a boundary") },
    { "explain", runExplain, QT_TRANSLATE_NOOP("cli", "can a subject of the package do this? the decision and why") },
    { "compare", runCompare, QT_TRANSLATE_NOOP("cli", "what a new release asks for that the old one did not") },
    { "activity", runActivity, QT_TRANSLATE_NOOP("cli", "what the vendor's roles did in CloudTrail, unused grants") },
    { "inventory", runInventory,
        QT_TRANSLATE_NOOP("cli", "every third party that can assume a role of an account, from its IAM export") },
    { "bench", runBench, QT_TRANSLATE_NOOP("cli", "time parsing, expansion and evaluation") },
};

QString usage()
{
    QString text = Tr::tr("Usage: grantscope-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
                          "\n"
                          "Review the AWS IAM access a vendor asks for, offline.\n"
                          "\n"
                          "Commands:\n");
    for (const Command& c : kCommands)
        text += QStringLiteral("  %1").arg(QLatin1String(c.name), -12) + Tr::tr(c.summary) + QLatin1Char('\n');
    text += Tr::tr("\n"
                   "Options:\n"
                   "  --version   program and bundled data versions\n"
                   "  -h, --help  this text\n"
                   "\n"
                   "Run \"grantscope-cli COMMAND --help\" for the options and arguments of a command.\n"
                   "A file argument \"-\" reads standard input and \"-o -\" writes to standard output.\n"
                   "Exit status: 0 success, 1 a finding reached --fail-on, 2 bad input or usage.\n");
    return text;
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

} // namespace

int run(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        write(err, usage());
        return BadInput;
    }
    const QString& command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QStringLiteral("--version") || command == QStringLiteral("version")) {
        // Known at build time: printing them loads neither the catalogue nor the managed policies.
        write(out,
            QStringLiteral("grantscope-cli %1\n%2 %3\n%4 %5\n")
                .arg(QLatin1String(bundled::kAppVersion), QLatin1String(bundled::kCatalogSource),
                    QLatin1String(bundled::kCatalogVersion), QLatin1String(bundled::kManagedPoliciesSource),
                    QLatin1String(bundled::kManagedPoliciesVersion)));
        return Success;
    }
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        // "help COMMAND" is the command's own help.
        if (command == QStringLiteral("help") && !rest.isEmpty()) {
            if (const Command* c = findCommand(rest.first()))
                return c->run({ QStringLiteral("--help") }, out, err);
            write(err, Tr::tr("grantscope-cli: unknown command \"%1\"\n\n").arg(rest.first()) + usage());
            return BadInput;
        }
        write(out, usage());
        return Success;
    }
    if (const Command* c = findCommand(command))
        return c->run(rest, out, err);
    write(err, Tr::tr("grantscope-cli: unknown command \"%1\"\n\n").arg(command) + usage());
    return BadInput;
}

} // namespace grantscope::cli
