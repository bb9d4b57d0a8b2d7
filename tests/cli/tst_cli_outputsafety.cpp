// SPDX-License-Identifier: GPL-3.0-or-later
// -o never overwrites what the reviewer gave as input, and a failed write is exit 2, never a silent 0.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope::test;

class TestCliOutputSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesToOverwriteAnInput_data();
    void refusesToOverwriteAnInput();
    void writesBesideTheInput();
    void fullDiskIsAnError();
    void disguisingCharactersNeverReachTheReader();

private:
    QTemporaryDir m_dir;
    QString m_package;
    QByteArray m_original;
};

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestCliOutputSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_package = m_dir.filePath(QStringLiteral("vendor-onboarding.yaml"));
    QVERIFY(QFile::copy(
        QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml"), m_package));
    m_original = readAll(m_package);
    QVERIFY(!m_original.isEmpty());
}

void TestCliOutputSafety::refusesToOverwriteAnInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("analyze --json -o the template") << QStringList { QStringLiteral("analyze"),
        QStringLiteral("--json"), QStringLiteral("-o"), QStringLiteral("@PKG"), QStringLiteral("@PKG") };
    QTest::newRow("report -o the template, through another spelling of its path")
        << QStringList { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("md"),
               QStringLiteral("-o"), QStringLiteral("@DIR/./vendor-onboarding.yaml"), QStringLiteral("@PKG") };
    QTest::newRow("boundary -o the template") << QStringList { QStringLiteral("boundary"),
        QStringLiteral("--from-findings"), QStringLiteral("-o"), QStringLiteral("@PKG"), QStringLiteral("@PKG") };
}

void TestCliOutputSafety::refusesToOverwriteAnInput()
{
    QFETCH(QStringList, args);
    for (QString& a : args)
        a.replace(QStringLiteral("@PKG"), m_package).replace(QStringLiteral("@DIR"), m_dir.path());
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("refusing to write"), r.err.constData());
    QCOMPARE(readAll(m_package), m_original);
}

void TestCliOutputSafety::writesBesideTheInput()
{
    const QString out = m_dir.filePath(QStringLiteral("findings.json"));
    const CliRun r
        = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("-o"), out, m_package });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(parseJson(readAll(out)).contains("findings"));
    QCOMPARE(readAll(m_package), m_original);
}

void TestCliOutputSafety::fullDiskIsAnError()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    // Standard output that cannot be written (a full disk) must not end in exit 0.
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(GRANTSCOPE_SOURCE_DIR));
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(GRANTSCOPE_CLI), { QStringLiteral("analyze"), QStringLiteral("--json"), m_package });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("cannot write"));
}

void TestCliOutputSafety::disguisingCharactersNeverReachTheReader()
{
    // A role name that reverses the text after it and conceals the rest on a terminal.
    const std::string name = "Acme\xe2\x80\xaeREDLOH-0\xe2\x80\xac\x1b[8m0 findings\x1b[0m";
    const std::string tmpl
        = R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Role": {"Type": "AWS::IAM::Role",
  "Properties": {"RoleName": ")"
        + nlohmann::json(name).dump().substr(1, std::string::npos) + R"(,
    "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": "sts:AssumeRole"}]},
    "Policies": [{"PolicyName": "keys", "PolicyDocument": {"Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}}]}}}})";
    const QString path = m_dir.filePath(QStringLiteral("disguised.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(tmpl.data(), static_cast<qint64>(tmpl.size()));
    f.close();
    auto clean = [](const QByteArray& bytes) {
        return !bytes.contains('\x1b') && !bytes.contains("\xe2\x80\xae") && !bytes.contains("\xe2\x80\xac");
    };
    const CliRun text = runCli({ QStringLiteral("analyze"), path });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(clean(text.out));
    QVERIFY(text.out.contains("Acme\\u202eREDLOH-0"));
    // JSON keeps the exact value, written with escapes.
    const CliRun json = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), path });
    QVERIFY(clean(json.out));
    const nlohmann::json parsed = parseJson(json.out);
    QVERIFY(!parsed.is_discarded());
    QCOMPARE(parsed["subjects"][0]["name"].get<std::string>(), name);
    for (const char* format : { "md", "html" }) {
        const QString out = m_dir.filePath(QStringLiteral("report.") + QLatin1String(format));
        const CliRun r = runCli({ QStringLiteral("report"), QStringLiteral("--format"), QLatin1String(format),
            QStringLiteral("-o"), out, path });
        QCOMPARE(r.exitCode, 0);
        const QByteArray written = readAll(out);
        QVERIFY2(written.contains("REDLOH-0"), format);
        QVERIFY2(clean(written), format);
    }
}

QTEST_GUILESS_MAIN(TestCliOutputSafety)
#include "tst_cli_outputsafety.moc"
