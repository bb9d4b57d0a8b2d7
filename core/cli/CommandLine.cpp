// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/CliApp.h"
#include "cli/CliSupport.h"
#include "package/ReviewSubject.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace grantscope::cli {

namespace {

// Translated under the context "cli" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

const QString kHelp = QStringLiteral("help");

QString dashed(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

bool isAccountId(const QString& value)
{
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    return twelveDigits.match(value).hasMatch();
}

} // namespace

CommandLine::CommandLine(QString command, QString description)
    : m_command(std::move(command))
    , m_description(std::move(description))
{
    // "-abc" is three short flags, as getopt reads it; "--" ends the options, "-" is an argument.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addFlag({ QStringLiteral("h"), kHelp }, Tr::tr("show this help and exit"));
}

void CommandLine::addFlag(const QStringList& names, const QString& description)
{
    m_parser.addOption(QCommandLineOption(names, description));
    m_options.push_back({ names, {}, description });
}

void CommandLine::addOption(const QStringList& names, const QString& valueName, const QString& description)
{
    m_parser.addOption(QCommandLineOption(names, description, valueName));
    m_options.push_back({ names, valueName, description });
}

void CommandLine::addOutputOption(const QString& description)
{
    addOption({ QStringLiteral("o"), QStringLiteral("output") }, Tr::tr("FILE"), description);
}

void CommandLine::addPackageOptions()
{
    addOption({ QStringLiteral("param") }, Tr::tr("NAME=VALUE"),
        Tr::tr("a template parameter or Terraform variable value (repeatable)"));
    addOption({ QStringLiteral("account") }, Tr::tr("ID"), Tr::tr("the customer's 12-digit AWS account id"));
    addOption({ QStringLiteral("org-account") }, Tr::tr("ID"),
        Tr::tr("another account of the customer's organization (repeatable)"));
    addOption({ QStringLiteral("region") }, Tr::tr("REGION"),
        Tr::tr("the region the package is deployed in (default us-east-1)"));
    addOption({ QStringLiteral("partition") }, Tr::tr("PARTITION"),
        Tr::tr("the AWS partition (aws, aws-us-gov, aws-cn, ...); default aws"));
    addOption({ QStringLiteral("exclude") }, Tr::tr("GLOB"),
        Tr::tr("leave files out of the package: GLOB is matched against the path inside the folder or archive, "
               "each of its folders and the file name (repeatable)"));
}

void CommandLine::addArgument(const QString& syntax, const QString& description)
{
    m_parser.addPositionalArgument(syntax, description);
    m_arguments.emplace_back(syntax, description);
}

std::optional<int> CommandLine::parse(const QStringList& args, std::FILE* out, std::FILE* err)
{
    // QCommandLineParser takes the first word for the program's name.
    if (!m_parser.parse(QStringList { m_command } + args)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        return usageError(
            err, unknown.isEmpty() ? m_parser.errorText() : Tr::tr("unknown option %1").arg(dashed(unknown.first())));
    }
    if (m_parser.isSet(kHelp)) {
        write(out, helpText());
        return Success;
    }
    return std::nullopt;
}

bool CommandLine::isSet(const QString& name) const
{
    return m_parser.isSet(name);
}

QString CommandLine::value(const QString& name, const QString& fallback) const
{
    const QStringList all = m_parser.values(name);
    return all.isEmpty() ? fallback : all.last();
}

QStringList CommandLine::values(const QString& name) const
{
    return m_parser.values(name);
}

QStringList CommandLine::positionalArguments() const
{
    return m_parser.positionalArguments();
}

std::vector<std::pair<QString, QString>> CommandLine::orderedOptions() const
{
    std::vector<std::pair<QString, QString>> result;
    std::map<QString, qsizetype> taken;
    for (const QString& found : m_parser.optionNames()) {
        for (const Declared& d : m_options) {
            if (!d.names.contains(found))
                continue;
            const QString& canonical = d.names.first();
            if (d.valueName.isEmpty()) {
                result.emplace_back(canonical, QString());
            } else {
                const QStringList all = m_parser.values(canonical);
                const qsizetype index = taken[canonical]++;
                result.emplace_back(canonical, index < all.size() ? all[index] : QString());
            }
            break;
        }
    }
    return result;
}

bool CommandLine::readPackageOptions(LoadOptions& options, std::FILE* err) const
{
    const auto fail = [&](const QString& message) {
        write(err, QStringLiteral("grantscope-cli %1: %2\n").arg(m_command, message));
        return false;
    };
    for (const QString& pair : m_parser.values(QStringLiteral("param"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(Tr::tr("--param takes Name=Value, not \"%1\"").arg(pair));
        options.parameters[pair.left(eq).toStdString()] = pair.mid(eq + 1).toStdString();
    }
    for (const QString& account : m_parser.values(QStringLiteral("account"))) {
        if (!isAccountId(account))
            return fail(Tr::tr("--account takes a 12-digit AWS account id, not \"%1\"").arg(account));
        options.accountId = account.toStdString();
    }
    // Another account of the customer's organization: roles it may assume need no External ID.
    for (const QString& account : m_parser.values(QStringLiteral("org-account"))) {
        if (!isAccountId(account))
            return fail(Tr::tr("--org-account takes a 12-digit AWS account id, not \"%1\"").arg(account));
        options.orgAccounts.push_back(account.toStdString());
    }
    static const QStringList known = { QStringLiteral("aws"), QStringLiteral("aws-us-gov"), QStringLiteral("aws-cn"),
        QStringLiteral("aws-iso"), QStringLiteral("aws-iso-b"), QStringLiteral("aws-iso-e"),
        QStringLiteral("aws-iso-f"), QStringLiteral("aws-eusc") };
    for (const QString& partition : m_parser.values(QStringLiteral("partition"))) {
        if (!known.contains(partition))
            return fail(
                Tr::tr("--partition takes one of %1, not \"%2\"").arg(known.join(QStringLiteral(", ")), partition));
        options.partition = partition.toStdString();
        options.partitionGiven = true;
    }
    for (const QString& glob : m_parser.values(QStringLiteral("exclude"))) {
        if (glob.isEmpty())
            return fail(Tr::tr("--exclude takes a file name or path pattern such as docs/* or *.md"));
        options.exclude.push_back(glob.toStdString());
    }
    if (m_parser.isSet(QStringLiteral("region")))
        options.region = value(QStringLiteral("region")).toStdString();
    return true;
}

std::optional<int> CommandLine::refuseStandardInput(const QStringList& paths, std::FILE* err) const
{
    if (!paths.contains(QStringLiteral("-")))
        return std::nullopt;
    // A package is often several files that name each other: it is read from files, never from a pipe.
    return usageError(err,
        Tr::tr("standard input (\"-\") is read by analyze, expand and evaluate --cases; give %1 the files")
            .arg(m_command));
}

int CommandLine::usageError(std::FILE* err, const QString& message) const
{
    write(err, QStringLiteral("grantscope-cli %1: %2\n\n").arg(m_command, message) + helpText());
    return BadInput;
}

QString CommandLine::helpText() const
{
    constexpr qsizetype kColumn = 30;
    constexpr qsizetype kWidth = 100; // fits an 80-column terminal's wrap and a review document alike
    const auto entry = [&](const QString& left, const QString& description) -> QString {
        QString text = QStringLiteral("  ") + left;
        if (text.size() + 2 > kColumn)
            text += QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
        else
            text = text.leftJustified(kColumn);
        // Words wrap under the description column, so long descriptions stay readable.
        qsizetype column = kColumn;
        bool first = true;
        for (const QString& word : description.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!first && column + 1 + word.size() > kWidth) {
                text += QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
                column = kColumn;
                first = true;
            }
            if (!first) {
                text += QLatin1Char(' ');
                ++column;
            }
            text += word;
            column += word.size();
            first = false;
        }
        return text + QLatin1Char('\n');
    };
    QStringList syntax;
    for (const auto& [argument, description] : m_arguments)
        syntax << argument;
    QString text = Tr::tr("Usage: grantscope-cli %1 [OPTIONS]").arg(m_command);
    if (!syntax.isEmpty())
        text += QLatin1Char(' ') + syntax.join(QLatin1Char(' '));
    text += QLatin1Char('\n');
    text += QLatin1Char('\n') + m_description + QStringLiteral("\n\n") + Tr::tr("Options:\n");
    for (const Declared& d : m_options) {
        QStringList names;
        for (const QString& n : d.names)
            names << dashed(n);
        QString left = names.join(QStringLiteral(", "));
        if (!d.valueName.isEmpty())
            left += QLatin1Char(' ') + d.valueName;
        text += entry(left, d.description);
    }
    if (!m_arguments.empty()) {
        text += QLatin1Char('\n') + Tr::tr("Arguments:\n");
        for (const auto& [argument, description] : m_arguments)
            text += entry(argument, description);
    }
    return text;
}

} // namespace grantscope::cli
