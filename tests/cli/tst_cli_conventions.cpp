// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line conventions of grantscope-cli, through the real binary: each command's own help, usage
// errors with exit 2, "-" for standard input and "-o -" for standard output, the report format taken from
// the output's name, no colour codes in piped output, and a man page and completion scripts that name every
// command and every option the help lists.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

// Declared before the helpers, as in the other tests: moc reads this file too.
class TestCliConventions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandHelp_data();
    void commandHelp();
    void unknownOption_data();
    void unknownOption();
    void missingValue_data();
    void missingValue();
    void sharedPackageOptions_data();
    void sharedPackageOptions();
    void shortOptions();
    void analyzeReadsStandardInput_data();
    void analyzeReadsStandardInput();
    void analyzeLocatesErrorsInStandardInput();
    void standardInputOnlyOnce();
    void standardInputRefusedForPackageFiles_data();
    void standardInputRefusedForPackageFiles();
    void expandReadsStandardInput();
    void evaluateReadsCasesFromStandardInput();
    void evaluateLocatesErrorsInStandardInput();
    void dashOutputIsStandardOutput_data();
    void dashOutputIsStandardOutput();
    void reportFormatFromExtension_data();
    void reportFormatFromExtension();
    void reportFormatOptionWins();
    void reportUnknownExtension_data();
    void reportUnknownExtension();
    void noColourInPipedOutput();
    void manPageNamesEveryCommandAndOption();
    void completionNamesEveryCommandAndOption_data();
    void completionNamesEveryCommandAndOption();
};

namespace {

using Json = nlohmann::json;

const QString kSource = QStringLiteral(GRANTSCOPE_SOURCE_DIR);
const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI in `workingDir` (the source folder by default) with `input` on its standard input; a hang is
// reported as exit code -1 and a crash as -2.
Run cli(const QStringList& args, const QByteArray& input = {}, const QString& workingDir = kSource)
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(GRANTSCOPE_CLI), args);
    Run r;
    if (!p.waitForStarted(60000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString source(const QString& relative)
{
    return kSource + QLatin1Char('/') + relative;
}

// The commands the top-level help lists: the indented words under "Commands:".
QStringList commands()
{
    const Run r = cli({ QStringLiteral("--help") });
    QStringList names;
    bool inCommands = false;
    for (const QByteArray& line : r.out.split('\n')) {
        if (line.startsWith("Commands:")) {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        if (!line.startsWith("  "))
            break;
        names << QString::fromUtf8(line.trimmed().split(' ').first());
    }
    return names;
}

// The options a command's help lists ("-o", "--output", ...), from its "Options:" section.
QStringList optionsOf(const QString& command)
{
    const Run r = cli({ command, QStringLiteral("--help") });
    QStringList options;
    bool inOptions = false;
    static const QRegularExpression option(QStringLiteral("(?:^|, )(--?[a-z][a-z-]*)"));
    for (const QByteArray& line : r.out.split('\n')) {
        if (line.startsWith("Options:")) {
            inOptions = true;
            continue;
        }
        if (!inOptions)
            continue;
        if (line.isEmpty())
            break;
        if (!line.startsWith("  -"))
            continue;
        const QString names = QString::fromUtf8(line.trimmed()).section(QStringLiteral("  "), 0, 0);
        auto it = option.globalMatch(names);
        while (it.hasNext())
            options << it.next().captured(1);
    }
    return options;
}

Json parse(const QByteArray& bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

// Findings without their file and subject, which a policy takes from the file's name: what must not depend on where the
// input came from.
std::vector<std::string> findingKeys(const Json& analysis)
{
    std::vector<std::string> keys;
    for (const Json& f : analysis.at("findings"))
        keys.push_back(f.at("rule").get<std::string>() + '|' + f.at("severity").get<std::string>() + '|'
            + std::to_string(f.value("line", 0)) + ':' + std::to_string(f.value("column", 0)));
    return keys;
}

QSet<QString> filesOf(const Json& analysis)
{
    QSet<QString> files;
    for (const Json& f : analysis.at("findings"))
        if (f.contains("file"))
            files << QString::fromStdString(f.at("file").get<std::string>());
    return files;
}

} // namespace

void TestCliConventions::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(GRANTSCOPE_CLI)));
    QVERIFY2(commands().size() >= 8, qPrintable(commands().join(QLatin1Char(','))));
}

void TestCliConventions::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("flag");
    for (const QString& c : commands()) {
        QTest::newRow(qPrintable(c + QStringLiteral(" --help"))) << c << QStringLiteral("--help");
        QTest::newRow(qPrintable(c + QStringLiteral(" -h"))) << c << QStringLiteral("-h");
    }
}

void TestCliConventions::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, flag);
    const Run r = cli({ command, flag });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QByteArray usage = "Usage: grantscope-cli " + command.toUtf8() + ' ';
    QVERIFY2(r.out.startsWith(usage), r.out.constData());
    // Its own options, not the list of commands.
    QVERIFY(!r.out.contains("Commands:"));
    QVERIFY(optionsOf(command).contains(QStringLiteral("--help")));
    // "help COMMAND" prints the same text.
    const Run viaHelp = cli({ QStringLiteral("help"), command });
    QCOMPARE(viaHelp.exitCode, 0);
    QCOMPARE(viaHelp.out, r.out);
}

void TestCliConventions::unknownOption_data()
{
    QTest::addColumn<QString>("command");
    for (const QString& c : commands())
        QTest::newRow(qPrintable(c)) << c;
}

void TestCliConventions::unknownOption()
{
    QFETCH(QString, command);
    const Run r = cli({ command, QStringLiteral("--no-such-option"), kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("unknown option --no-such-option")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Usage: grantscope-cli ") + command + QLatin1Char(' ')), qPrintable(err));
    // A single-letter option that does not exist is named with one dash.
    const Run shortOption = cli({ command, QStringLiteral("-Z"), kSample });
    QCOMPARE(shortOption.exitCode, 2);
    QVERIFY2(shortOption.err.contains("unknown option -Z"), shortOption.err.constData());
}

void TestCliConventions::missingValue_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");
    QTest::newRow("analyze -o") << QStringList { QStringLiteral("analyze"), kSample, QStringLiteral("-o") }
                                << QStringLiteral("-o");
    QTest::newRow("analyze --fail-on") << QStringList { QStringLiteral("analyze"), kSample,
        QStringLiteral("--fail-on") } << QStringLiteral("--fail-on");
    QTest::newRow("evaluate --cases") << QStringList { QStringLiteral("evaluate"), QStringLiteral("--cases") }
                                      << QStringLiteral("--cases");
    QTest::newRow("boundary --deny-action") << QStringList { QStringLiteral("boundary"),
        QStringLiteral("--deny-action") } << QStringLiteral("--deny-action");
    QTest::newRow("diff --boundary") << QStringList { QStringLiteral("diff"), kSample, QStringLiteral("--boundary") }
                                     << QStringLiteral("--boundary");
    QTest::newRow("report --format") << QStringList { QStringLiteral("report"), kSample, QStringLiteral("--format") }
                                     << QStringLiteral("--format");
    QTest::newRow("activity --trail") << QStringList { QStringLiteral("activity"), kSample, QStringLiteral("--trail") }
                                      << QStringLiteral("--trail");
    QTest::newRow("bench --repeat") << QStringList { QStringLiteral("bench"), QStringLiteral("--repeat") }
                                    << QStringLiteral("--repeat");
    QTest::newRow("package option --account") << QStringList { QStringLiteral("analyze"), kSample,
        QStringLiteral("--account") } << QStringLiteral("--account");
}

void TestCliConventions::missingValue()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(option), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Usage: grantscope-cli ") + args.first()), qPrintable(err));
}

void TestCliConventions::sharedPackageOptions_data()
{
    QTest::addColumn<QString>("command");
    for (const char* c : { "analyze", "boundary", "diff", "report", "activity" })
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCliConventions::sharedPackageOptions()
{
    QFETCH(QString, command);
    const QStringList options = optionsOf(command);
    for (const char* o : { "--param", "--account", "--org-account", "--region", "--partition" })
        QVERIFY2(options.contains(QLatin1String(o)), o);
    // The same validation everywhere, reported before any file is read.
    const Run account = cli({ command, QStringLiteral("--account"), QStringLiteral("12345"), kSample });
    QCOMPARE(account.exitCode, 2);
    QVERIFY2(account.err.contains("12-digit"), account.err.constData());
    const Run partition = cli({ command, QStringLiteral("--partition=aws-mars"), kSample });
    QCOMPARE(partition.exitCode, 2);
    QVERIFY2(partition.err.contains("aws-mars"), partition.err.constData());
    const Run param = cli({ command, QStringLiteral("--param"), QStringLiteral("NoEquals"), kSample });
    QCOMPARE(param.exitCode, 2);
    QVERIFY2(param.err.contains("Name=Value"), param.err.constData());
}

void TestCliConventions::shortOptions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // "-o FILE" and the long spelling with "=" write the same file.
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QCOMPARE(
        cli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("-o"), a, kSample }).exitCode, 0);
    QCOMPARE(
        cli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--output=") + b, kSample }).exitCode,
        0);
    QVERIFY(!readAll(a).isEmpty());
    QCOMPARE(readAll(a), readAll(b));
    // Options may follow the paths, and "-q" is --quiet.
    const QString policy = source(QStringLiteral("tests/fixtures/policies/cost-optimizer-overprivileged.json"));
    const Run quiet = cli({ QStringLiteral("expand"), policy, QStringLiteral("-q"), QStringLiteral("--json") });
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(!parse(quiet.out).is_discarded());
}

void TestCliConventions::analyzeReadsStandardInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("CloudFormation YAML") << kSample;
    QTest::newRow("a policy in JSON") << QStringLiteral("tests/fixtures/policies/cost-optimizer-overprivileged.json");
}

void TestCliConventions::analyzeReadsStandardInput()
{
    QFETCH(QString, file);
    const QByteArray bytes = readAll(source(file));
    QVERIFY(!bytes.isEmpty());
    const Run fromFile = cli({ QStringLiteral("analyze"), QStringLiteral("--json"), file });
    const Run fromStdin = cli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("-") }, bytes);
    QCOMPARE(fromStdin.exitCode, fromFile.exitCode);
    const Json a = parse(fromFile.out);
    const Json b = parse(fromStdin.out);
    QVERIFY2(!a.is_discarded() && !b.is_discarded(), fromStdin.err.constData());
    QVERIFY(!findingKeys(a).empty());
    QVERIFY(findingKeys(a) == findingKeys(b));
    QCOMPARE(filesOf(b), QSet<QString> { QStringLiteral("<stdin>") });
}

void TestCliConventions::analyzeLocatesErrorsInStandardInput()
{
    const Run r = cli({ QStringLiteral("analyze"), QStringLiteral("-") },
        readAll(source(QStringLiteral("tests/fixtures/malformed-template.yaml"))));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("<stdin>:7:"), r.err.constData());
    const Run empty = cli({ QStringLiteral("analyze"), QStringLiteral("-") }, QByteArray());
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains("<stdin>"), empty.err.constData());
}

void TestCliConventions::standardInputOnlyOnce()
{
    for (const char* command : { "analyze", "expand" }) {
        const Run r = cli({ QString::fromLatin1(command), QStringLiteral("-"), QStringLiteral("-") }, "{}");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("only once"), r.err.constData());
    }
}

void TestCliConventions::standardInputRefusedForPackageFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("boundary -") << QStringList { QStringLiteral("boundary"), QStringLiteral("--from-findings"),
        QStringLiteral("-") };
    QTest::newRow("diff --boundary -") << QStringList { QStringLiteral("diff"), QStringLiteral("--boundary"),
        QStringLiteral("-"), kSample };
    QTest::newRow("report --session -") << QStringList { QStringLiteral("report"), QStringLiteral("-o"),
        QStringLiteral("-"), QStringLiteral("--format=md"), QStringLiteral("--session"), QStringLiteral("-") };
    QTest::newRow("activity --trail -") << QStringList { QStringLiteral("activity"), QStringLiteral("--trail"),
        QStringLiteral("-"), kSample };
}

void TestCliConventions::standardInputRefusedForPackageFiles()
{
    // These commands read a package as files; "-" is refused by name, not reported as a missing file.
    QFETCH(QStringList, args);
    const Run r = cli(args, readAll(source(kSample)));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(
        r.err.contains("standard input (\"-\") is read by analyze, expand and evaluate --cases"), r.err.constData());
    const QByteArray usage = "Usage: grantscope-cli " + args.first().toUtf8();
    QVERIFY2(r.err.contains(usage), r.err.constData());
}

void TestCliConventions::expandReadsStandardInput()
{
    const QString file = QStringLiteral("tests/fixtures/policies/cost-optimizer-overprivileged.json");
    const Run fromFile = cli({ QStringLiteral("expand"), QStringLiteral("--json"), file });
    const Run fromStdin
        = cli({ QStringLiteral("expand"), QStringLiteral("--json"), QStringLiteral("-") }, readAll(source(file)));
    QCOMPARE(fromStdin.exitCode, 0);
    const Json a = parse(fromFile.out);
    const Json b = parse(fromStdin.out);
    QVERIFY(!a.is_discarded() && !b.is_discarded());
    QVERIFY(b.contains("<stdin>"));
    QVERIFY(!a.at("cost-optimizer-overprivileged").empty());
    QVERIFY(a.at("cost-optimizer-overprivileged") == b.at("<stdin>"));
    const Run broken = cli({ QStringLiteral("expand"), QStringLiteral("-") },
        readAll(source(QStringLiteral("tests/fixtures/malformed/truncated.json"))));
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains("<stdin>:8:1: error:"), broken.err.constData());
}

void TestCliConventions::evaluateReadsCasesFromStandardInput()
{
    const QString cases = QStringLiteral("tests/fixtures/evaluate/cases.json");
    const Run fromFile = cli({ QStringLiteral("evaluate"), QStringLiteral("--cases"), cases });
    const Run fromStdin
        = cli({ QStringLiteral("evaluate"), QStringLiteral("--cases"), QStringLiteral("-") }, readAll(source(cases)));
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromStdin.exitCode, 0);
    QVERIFY(fromFile.out.contains("\"decision\""));
    QCOMPARE(fromStdin.out, fromFile.out);
}

void TestCliConventions::evaluateLocatesErrorsInStandardInput()
{
    const Run r = cli({ QStringLiteral("evaluate"), QStringLiteral("--cases=-") },
        "[\n  {\"identityPolicies\": [], \"action\": 7, \"resource\": \"*\"}\n]\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QRegularExpression(QStringLiteral("<stdin>:2:\\d+: error:")).match(QString::fromUtf8(r.err)).hasMatch(),
        r.err.constData());
}

void TestCliConventions::dashOutputIsStandardOutput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("analyze --json -o -") << QStringList { QStringLiteral("analyze"), QStringLiteral("--json"),
        QStringLiteral("-o"), QStringLiteral("-"), source(kSample) }
                                         << QByteArray("{");
    QTest::newRow("boundary -o -") << QStringList { QStringLiteral("boundary"), QStringLiteral("--deny-action"),
        QStringLiteral("iam:*"), QStringLiteral("-o"), QStringLiteral("-") }
                                   << QByteArray("{");
    QTest::newRow("report --format md -o -") << QStringList { QStringLiteral("report"), QStringLiteral("--format"),
        QStringLiteral("md"), QStringLiteral("-o"), QStringLiteral("-"), source(kSample) }
                                             << QByteArray("# ");
    QTest::newRow("report --format html --output=-") << QStringList { QStringLiteral("report"),
        QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output=-"), source(kSample) }
                                                     << QByteArray("<!DOCTYPE html>");
}

void TestCliConventions::dashOutputIsStandardOutput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, starts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run r = cli(args, {}, dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith(starts), r.out.left(200).constData());
    // Nothing named "-" is left in the working folder.
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestCliConventions::reportFormatFromExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow(".html") << QStringLiteral("review.html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow(".htm") << QStringLiteral("review.htm") << QByteArray("<!DOCTYPE html>");
    QTest::newRow(".HTML in capitals") << QStringLiteral("REVIEW.HTML") << QByteArray("<!DOCTYPE html>");
    QTest::newRow(".md") << QStringLiteral("review.md") << QByteArray("# ");
    QTest::newRow(".markdown") << QStringLiteral("review.markdown") << QByteArray("# ");
}

void TestCliConventions::reportFormatFromExtension()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, starts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(name);
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("-o"), out, kSample });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray written = readAll(out);
    QVERIFY2(written.startsWith(starts), written.left(200).constData());
    QVERIFY(written.contains("acme") || written.contains("Acme"));
}

void TestCliConventions::reportFormatOptionWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("review.html"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("md"),
        QStringLiteral("-o"), out, kSample });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray written = readAll(out);
    QVERIFY2(written.startsWith("# "), written.left(200).constData());
    QVERIFY(!written.contains("<html"));
}

void TestCliConventions::reportUnknownExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow(".txt") << QStringLiteral("review.txt");
    QTest::newRow("no extension") << QStringLiteral("review");
    QTest::newRow("standard output") << QStringLiteral("-");
}

void TestCliConventions::reportUnknownExtension()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("-o"), name, source(kSample) }, {}, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    for (const char* accepted : { ".html", ".htm", ".pdf", ".md", ".markdown", "--format" })
        QVERIFY2(err.contains(QLatin1String(accepted)), qPrintable(err));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestCliConventions::noColourInPipedOutput()
{
    // Output to a pipe is read by programs and diffed in CI: no terminal escape, coloured or not.
    const QList<QStringList> runs = {
        { QStringLiteral("analyze"), kSample },
        { QStringLiteral("analyze"), QStringLiteral("tests/fixtures/malformed-template.yaml") },
        { QStringLiteral("expand"), QStringLiteral("tests/fixtures/policies") },
        { QStringLiteral("boundary"), QStringLiteral("--deny-action"), QStringLiteral("kms:Decryptt") },
        { QStringLiteral("expand"), QStringLiteral("--no-such-option") },
    };
    for (const QStringList& args : runs) {
        const Run r = cli(args);
        QVERIFY(!r.out.isEmpty() || !r.err.isEmpty());
        QVERIFY2(!r.out.contains('\x1b') && !r.err.contains('\x1b'), qPrintable(args.join(QLatin1Char(' '))));
    }
}

void TestCliConventions::manPageNamesEveryCommandAndOption()
{
    QByteArray page = readAll(source(QStringLiteral("resources/man/grantscope-cli.1")));
    QVERIFY(page.startsWith(".TH GRANTSCOPE-CLI 1") || page.contains("\n.TH GRANTSCOPE-CLI 1"));
    // roff writes a hyphen-minus as "\-".
    page.replace("\\-", "-");
    const QString text = QString::fromUtf8(page);
    for (const QString& command : commands()) {
        // Each command has a subsection of its own, headed by its name.
        QVERIFY2(
            QRegularExpression(QStringLiteral("\n\\.SS \"?") + command + QStringLiteral("\\b")).match(text).hasMatch(),
            qPrintable(command));
        for (const QString& option : optionsOf(command)) {
            if (option == QStringLiteral("--help") || option == QStringLiteral("-h"))
                continue;
            const QRegularExpression named(
                QStringLiteral("(^|[^a-z-])") + QRegularExpression::escape(option) + QStringLiteral("($|[^a-z-])"));
            QVERIFY2(named.match(text).hasMatch(), qPrintable(command + QLatin1Char(' ') + option));
        }
    }
}

void TestCliConventions::completionNamesEveryCommandAndOption_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("bash") << QStringLiteral("resources/completion/grantscope-cli.bash");
    QTest::newRow("zsh") << QStringLiteral("resources/completion/_grantscope-cli");
}

void TestCliConventions::completionNamesEveryCommandAndOption()
{
    QFETCH(QString, script);
    const QString text = QString::fromUtf8(readAll(source(script)));
    QVERIFY(!text.isEmpty());
    // Shared lists ("package", "output") are variables the commands' branches name as $package, $output.
    QMap<QString, QString> lists;
    static const QRegularExpression list(QStringLiteral("\\b(package|output)=(\\([^)]*|\"[^\"]*)"));
    for (auto it = list.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        lists[m.captured(1)] = m.captured(2);
    }
    for (const QString& command : commands()) {
        // The branch of the command's case, up to its ";;".
        const QRegularExpression branch(QStringLiteral("\n\\s*") + command + QStringLiteral("\\)([^;]*);;"));
        const QRegularExpressionMatch m = branch.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(command));
        QString options = m.captured(1);
        for (auto it = lists.cbegin(); it != lists.cend(); ++it)
            if (options.contains(QLatin1Char('$') + it.key()))
                options += QLatin1Char(' ') + it.value();
        for (const QString& option : optionsOf(command)) {
            if (option == QStringLiteral("--help") || option == QStringLiteral("-h"))
                continue; // offered for every command
            const QRegularExpression named(
                QStringLiteral("(^|[^a-z-])") + QRegularExpression::escape(option) + QStringLiteral("($|[^a-z-])"));
            QVERIFY2(named.match(options).hasMatch(), qPrintable(command + QLatin1Char(' ') + option));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliConventions)
#include "tst_cli_conventions.moc"
