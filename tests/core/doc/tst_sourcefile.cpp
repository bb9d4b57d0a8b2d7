// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/SourceFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace grantscope;

class TestSourceFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsBytesUnchanged_data();
    void readsBytesUnchanged();
    void refusesLargerThanLimit_data();
    void refusesLargerThanLimit();
    void reportsMissingFile();
    void refusesDirectory();
    void reportsUnreadableFile();
    void refusesEndlessDevice();
    void refusesEmptyDevice();
    void refusesNamedPipe();
    void leavesFileUntouched();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    static void verifyIoError(const Diagnostics& diagnostics, const QString& path, const QString& messagePart);

    QTemporaryDir m_dir;
};

QString TestSourceFile::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestSourceFile::verifyIoError(const Diagnostics& diagnostics, const QString& path, const QString& messagePart)
{
    QCOMPARE(diagnostics.size(), size_t(1));
    const Diagnostic& d = diagnostics.front();
    QCOMPARE(d.severity, DiagnosticSeverity::Error);
    QCOMPARE(d.code, std::string("io"));
    QCOMPARE(d.file, path);
    QVERIFY2(d.message.contains(QDir::toNativeSeparators(path)), qPrintable(d.message));
    QVERIFY2(d.message.contains(messagePart), qPrintable(d.message));
}

void TestSourceFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSourceFile::readsBytesUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("policy with CRLF and BOM") << QByteArray("\xEF\xBB\xBF{\r\n  \"Version\": \"2012-10-17\"\r\n}\r\n");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("binary with NUL bytes") << QByteArray("a\0b\xff\0", 5);
    QTest::newRow("larger than one read chunk") << QByteArray(200 * 1024 + 7, 'x');
}

void TestSourceFile::readsBytesUnchanged()
{
    QFETCH(QByteArray, content);
    const QString path = writeFile(QStringLiteral("content.json"), content);
    Diagnostics diagnostics;
    const std::optional<SourceText> text = readSourceFile(path, diagnostics);
    QVERIFY(text.has_value());
    QVERIFY(diagnostics.empty());
    QCOMPARE(text->file, path);
    QCOMPARE(QByteArray::fromStdString(text->bytes), content);
}

void TestSourceFile::refusesLargerThanLimit_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("one byte below the limit") << 99 << true;
    QTest::newRow("exactly the limit") << 100 << true;
    QTest::newRow("one byte over the limit") << 101 << false;
    QTest::newRow("far over the limit") << 100000 << false;
}

void TestSourceFile::refusesLargerThanLimit()
{
    QFETCH(int, size);
    QFETCH(bool, accepted);
    const QString path = writeFile(QStringLiteral("sized.json"), QByteArray(size, ' '));
    Diagnostics diagnostics;
    const std::optional<SourceText> text = readSourceFile(path, diagnostics, 100);
    QCOMPARE(text.has_value(), accepted);
    if (accepted)
        QCOMPARE(text->bytes.size(), size_t(size));
    else
        verifyIoError(diagnostics, path, QStringLiteral("larger than the limit of 100 bytes"));
}

void TestSourceFile::reportsMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("does-not-exist.json"));
    Diagnostics diagnostics;
    QVERIFY(!readSourceFile(path, diagnostics).has_value());
    verifyIoError(diagnostics, path, QStringLiteral("cannot open"));
    QVERIFY(!QFileInfo::exists(path));
}

void TestSourceFile::refusesDirectory()
{
    Diagnostics diagnostics;
    QVERIFY(!readSourceFile(m_dir.path(), diagnostics).has_value());
    verifyIoError(diagnostics, m_dir.path(), QStringLiteral("is a directory"));
}

void TestSourceFile::reportsUnreadableFile()
{
    const QString path = writeFile(QStringLiteral("secret.json"), QByteArrayLiteral("{}"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("permissions are not enforced for this user (root?)");
    Diagnostics diagnostics;
    QVERIFY(!readSourceFile(path, diagnostics).has_value());
    verifyIoError(diagnostics, path, QStringLiteral("cannot open"));
}

void TestSourceFile::refusesEndlessDevice()
{
    const QString path = QStringLiteral("/dev/zero");
    if (!QFileInfo::exists(path))
        QSKIP("no /dev/zero here");
    Diagnostics diagnostics;
    QVERIFY(!readSourceFile(path, diagnostics, 1000).has_value());
    verifyIoError(diagnostics, path, QStringLiteral("not a regular file"));
}

void TestSourceFile::refusesEmptyDevice()
{
    const QString path = QStringLiteral("/dev/null");
    if (!QFileInfo::exists(path))
        QSKIP("no /dev/null here");
    Diagnostics diagnostics;
    QVERIFY(!readSourceFile(path, diagnostics).has_value());
    verifyIoError(diagnostics, path, QStringLiteral("not a regular file"));
}

void TestSourceFile::refusesNamedPipe()
{
    // Opening a FIFO for reading blocks until a writer comes: without the check this test would hang.
    const QString path = m_dir.filePath(QStringLiteral("vendor-policy.json"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    Diagnostics diagnostics;
    QVERIFY(!readSourceFile(path, diagnostics).has_value());
    verifyIoError(diagnostics, path, QStringLiteral("not a regular file"));
}

void TestSourceFile::leavesFileUntouched()
{
    const QByteArray content("{\"Version\": \"2012-10-17\"}");
    const QString path = writeFile(QStringLiteral("untouched.json"), content);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner)); // read-only: opening for writing would fail
    const QDateTime modified = QFileInfo(path).lastModified();
    Diagnostics diagnostics;
    QVERIFY(readSourceFile(path, diagnostics).has_value());
    QVERIFY(readSourceFile(path, diagnostics, 3) == std::nullopt); // refusal must not truncate either
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QFileInfo(path).permissions() & QFileDevice::WriteOwner, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
