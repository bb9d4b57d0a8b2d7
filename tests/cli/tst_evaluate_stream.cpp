// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli evaluate --cases decides each case as it is read: a long file gives the same answers as its
// cases one by one, a bad case deep in the file is located at its own line with nothing half-written, and a
// file that is not an array is refused.
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using grantscope::test::CliRun;
using grantscope::test::parseJson;
using grantscope::test::runCli;

class TestEvaluateStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void longFileGivesEachCasesAnswer();
    void badCaseDeepInTheFileIsLocated_data();
    void badCaseDeepInTheFileIsLocated();
    void notAnArrayIsRefused();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
    QList<QByteArray> m_cases; // the lines of the fixture's cases, one case each
    nlohmann::json m_expected; // the fixture's answers
};

namespace {

const QString kCases = QStringLiteral(GRANTSCOPE_FIXTURES "/evaluate/cases.json");
const QString kExpected = QStringLiteral(GRANTSCOPE_FIXTURES "/evaluate/cases.expected.json");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The fixture's cases `count` times over, one case per line, as a vendor's test suite would list them.
QByteArray repeated(const QList<QByteArray>& cases, int count)
{
    QByteArray out = "[\n";
    for (int i = 0; i < count; ++i)
        out += "  " + cases[i % cases.size()] + (i + 1 < count ? ",\n" : "\n");
    return out + "]\n";
}

} // namespace

QString TestEvaluateStream::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestEvaluateStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (QByteArray line : readAll(kCases).split('\n')) {
        line = line.trimmed();
        if (line.startsWith('{'))
            m_cases << (line.endsWith(',') ? line.chopped(1) : line);
    }
    QVERIFY(m_cases.size() > 100);
    m_expected = parseJson(readAll(kExpected));
    QCOMPARE(m_expected.size(), size_t(m_cases.size()));
}

void TestEvaluateStream::longFileGivesEachCasesAnswer()
{
    const int count = 3000;
    const QString path = write(QStringLiteral("suite.json"), repeated(m_cases, count));
    QVERIFY(!path.isEmpty());
    const CliRun r = runCli({ QStringLiteral("evaluate"), QStringLiteral("--cases"), path });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const nlohmann::json answers = parseJson(r.out);
    QCOMPARE(answers.size(), size_t(count));
    for (int i = 0; i < count; ++i)
        QVERIFY2(answers[size_t(i)] == m_expected[size_t(i % m_cases.size())], qPrintable(QString::number(i)));
}

void TestEvaluateStream::badCaseDeepInTheFileIsLocated_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("located"); // line:column of the error, the bad case being on line 1502
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown field") << QByteArray(
        R"({"identityPolicies": [], "acton": "s3:GetObject", "resource": "*"})")
                                   << QStringLiteral("1502:28") << QStringLiteral("cases");
    QTest::newRow("statement without Resource")
        << QByteArray(R"({"identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", )"
                      R"("Action": "s3:*"}]}], "action": "s3:GetObject", "resource": "*"})")
        << QStringLiteral("1502:65") << QStringLiteral("policy-no-resource");
    QTest::newRow("broken JSON") << QByteArray(R"({"identityPolicies": [], "action": "s3:GetObject" "resource": "*"})")
                                 << QStringLiteral("1502:53") << QStringLiteral("json-syntax");
}

void TestEvaluateStream::badCaseDeepInTheFileIsLocated()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, located);
    QFETCH(QString, code);
    QList<QByteArray> cases = m_cases;
    QByteArray text = repeated(cases, 3000);
    // Case 1500 (0-based) is on line 1502: "[" is line 1, case 0 line 2.
    QList<QByteArray> lines = text.split('\n');
    lines[1501] = "  " + bad + ",";
    const QString path = write(QStringLiteral("broken.json"), lines.join('\n'));
    const CliRun r = runCli({ QStringLiteral("evaluate"), QStringLiteral("--cases"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.left(200).constData()); // no answers for half a file
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path + QLatin1Char(':') + located + QStringLiteral(": error: ")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1Char('[') + code + QLatin1Char(']')), qPrintable(err));
}

void TestEvaluateStream::notAnArrayIsRefused()
{
    const QString path = write(QStringLiteral("object.json"), "{\"cases\": [" + m_cases.first() + "]}\n");
    const CliRun r = runCli({ QStringLiteral("evaluate"), QStringLiteral("--cases"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(":1:1: error: the cases file must hold a JSON array of cases"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestEvaluateStream)
#include "tst_evaluate_stream.moc"
