// SPDX-License-Identifier: GPL-3.0-or-later
// writeFileAtomically(): every file GrantScope writes. A regular file is replaced whole or not at all; a
// device or a pipe is written in place and survives (run as root, an atomic replace of /dev/null would
// turn it into an ordinary file for the whole machine).
#include "common/AtomicFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace grantscope;

class TestAtomicFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replacesRegularFileWhole();
    void writesDeviceInPlace();
    void writesPipeInPlace();
};

void TestAtomicFile::replacesRegularFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boundary.json"));
    QVERIFY(writeFileAtomically(path, "{\"Version\": \"2012-10-17\"}\n"));
    QVERIFY(writeFileAtomically(path, "{}\n"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{}\n"));
    QString error;
    QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("no-such-folder/x.json")), "{}", &error));
    QVERIFY(!error.isEmpty());
}

void TestAtomicFile::writesDeviceInPlace()
{
    const QString path = QStringLiteral("/dev/null");
    if (!std::filesystem::is_character_file("/dev/null"))
        QSKIP("/dev/null is not a device here");
    QVERIFY(writeFileAtomically(path, "findings\n"));
    QVERIFY(std::filesystem::is_character_file("/dev/null")); // still the device, not a file named /dev/null
}

void TestAtomicFile::writesPipeInPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    // A reader holds the pipe open (non-blocking, so the test cannot hang), as `cat` would.
    const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    QVERIFY(writeFileAtomically(path, "report\n"));
    char buffer[16] = {};
    QCOMPARE(::read(reader, buffer, sizeof buffer), ssize_t(7));
    QCOMPARE(QByteArray(buffer), QByteArray("report\n"));
    ::close(reader);
    QVERIFY(std::filesystem::is_fifo(QFile::encodeName(path).toStdString()));
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
