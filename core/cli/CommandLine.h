// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

namespace grantscope {
struct LoadOptions;
}

namespace grantscope::cli {

/**
 * The command line of one grantscope-cli command, on QCommandLineParser: each command declares its options
 * and arguments here, and gets the same conventions as every other command. `-h`/`--help` prints the
 * command's own usage to standard output (exit 0); an unknown option, a missing value or a missing argument
 * prints the error and that usage to standard error (exit 2). The help text lists exactly what was declared,
 * so it cannot disagree with what the command accepts.
 */
class CommandLine {
public:
    /** `command` is the verb ("analyze"); `description` one translated paragraph of what it does. */
    CommandLine(QString command, QString description);

    /** An option without a value; `names` as in QCommandLineOption ("q", "quiet"). */
    void addFlag(const QStringList& names, const QString& description);
    /** An option that takes a value (repeatable: every occurrence is kept). */
    void addOption(const QStringList& names, const QString& valueName, const QString& description);
    /** `-o`/`--output FILE`; "-" is standard output. */
    void addOutputOption(const QString& description);
    /** The options every package command shares: --param, --account, --org-account, --region, --partition. */
    void addPackageOptions();
    /** A positional argument as the usage line shows it ("PATH..."). */
    void addArgument(const QString& syntax, const QString& description);

    /**
     * Parses `args` (the words after the command). Returns the exit code when the command is done already
     * (help printed, or a usage error reported), std::nullopt when it should run.
     */
    std::optional<int> parse(const QStringList& args, std::FILE* out, std::FILE* err);

    bool isSet(const QString& name) const;
    /** The last value of an option, or `fallback` when it was not given. */
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const;
    QStringList positionalArguments() const;
    /** Options as given, in command-line order: (first declared name, value; empty for a flag). */
    std::vector<std::pair<QString, QString>> orderedOptions() const;

    /**
     * Reads the shared package options into `options`; false, with a message naming the option, on a
     * malformed value (the caller exits 2).
     */
    bool readPackageOptions(LoadOptions& options, std::FILE* err) const;

    /**
     * For the commands that read a package as files: when `paths` holds "-", reports that standard input is
     * not read here and returns exit code 2; std::nullopt otherwise.
     */
    std::optional<int> refuseStandardInput(const QStringList& paths, std::FILE* err) const;

    /** Reports `message` ("grantscope-cli COMMAND: message") and the usage on `err`; returns exit code 2. */
    int usageError(std::FILE* err, const QString& message) const;
    /** The command's help: usage line, description, options and arguments. */
    QString helpText() const;

private:
    struct Declared {
        QStringList names;
        QString valueName;
        QString description;
    };
    QString m_command;
    QString m_description;
    std::vector<Declared> m_options;
    std::vector<std::pair<QString, QString>> m_arguments;
    QCommandLineParser m_parser;
};

} // namespace grantscope::cli
