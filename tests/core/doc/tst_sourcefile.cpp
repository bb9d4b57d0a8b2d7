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
    void listedFileReadsAlike();

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

// A listed file is read without a stat first; every answer (bytes or refusal and its message) is the same.
void TestSourceFile::listedFileReadsAlike()
{
    struct Case {
        QString path;
        size_t maxBytes;
    };
    std::vector<Case> cases;
    const QByteArray contents[] = { QByteArray("\xEF\xBB\xBF{\r\n  \"Version\": \"2012-10-17\"\r\n}\r\n"), QByteArray(),
        QByteArray("a\0b\xff\0", 5), QByteArray(64 * 1024 - 1, 'a'), QByteArray(64 * 1024, 'b'),
        QByteArray(64 * 1024 + 1, 'c'), QByteArray(200 * 1024 + 7, 'x') };
    int n = 0;
    for (const QByteArray& content : contents)
        cases.push_back({ writeFile(QStringLiteral("listed-%1.json").arg(n++), content), 16u * 1024 * 1024 });
    for (const int size : { 99, 100, 101, 100000 })
        cases.push_back({ writeFile(QStringLiteral("listed-sized-%1.json").arg(size), QByteArray(size, ' ')), 100 });
    // Exactly a buffer's worth, over and under the limit: the limit is checked on what the first read gave.
    cases.push_back({ m_dir.filePath(QStringLiteral("listed-4.json")), 64 * 1024 - 1 });
    cases.push_back({ m_dir.filePath(QStringLiteral("listed-6.json")), 64 * 1024 + 1 });
    cases.push_back({ m_dir.filePath(QStringLiteral("listed-6.json")), 64 * 1024 });
    cases.push_back({ m_dir.filePath(QStringLiteral("missing.json")), 100 });
    cases.push_back({ m_dir.path(), 100 });
    const QString fifo = m_dir.filePath(QStringLiteral("listed-pipe.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    cases.push_back({ fifo, 100 });
    for (const char* device : { "/dev/zero", "/dev/null" })
        if (QFileInfo::exists(QLatin1String(device)))
            cases.push_back({ QLatin1String(device), 1000 });
    cases.push_back({ QString(), 100 });

    for (const Case& c : cases) {
        Diagnostics stated;
        Diagnostics listed;
        const std::optional<SourceText> a = readSourceFile(c.path, stated, c.maxBytes);
        const std::optional<SourceText> b = readListedFile(c.path, listed, c.maxBytes);
        const QByteArray what = c.path.toUtf8() + " limit " + QByteArray::number(qulonglong(c.maxBytes));
        QVERIFY2(a == b, what.constData());
        QVERIFY2(stated.size() == listed.size(), what.constData());
        for (size_t i = 0; i < stated.size(); ++i) {
            QCOMPARE(listed[i].code, stated[i].code);
            QCOMPARE(listed[i].file, stated[i].file);
            QCOMPARE(listed[i].message, stated[i].message);
        }
        if (!c.path.isEmpty() && c.path.startsWith(m_dir.path()) && QFileInfo(c.path).isFile()) {
            QFile file(c.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QCOMPARE(b.has_value(), size_t(bytes.size()) <= c.maxBytes);
            if (b)
                QCOMPARE(QByteArray::fromStdString(b->bytes), bytes);
        }
    }
}

QTEST_GUILESS_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
