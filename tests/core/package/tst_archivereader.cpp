// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/ArchiveReader.h"
#include "package/PackageLoader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <map>
#include <vector>

using namespace grantscope;

namespace {

/** One entry to write into a test archive; `zeros` streams that many zero bytes instead of `data`. */
struct Entry {
    enum class Kind { File, Directory, Symlink, Hardlink };
    QByteArray name;
    QByteArray data;
    Kind kind = Kind::File;
    QByteArray target; // of a link
    qint64 zeros = 0;
    bool declareSize = true; // write the size in the header (streamed writers may not know it)
};

using Entries = std::vector<Entry>;

Entry file(const char* name, const QByteArray& data)
{
    return Entry { name, data, Entry::Kind::File, {}, 0, true };
}
Entry zeros(const char* name, qint64 size, bool declareSize = true)
{
    return Entry { name, {}, Entry::Kind::File, {}, size, declareSize };
}
Entry link(const char* name, Entry::Kind kind, const char* target)
{
    return Entry { name, {}, kind, target, 0, true };
}

} // namespace

Q_DECLARE_METATYPE(Entries)

class TestArchiveReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readArchive_data();
    void readArchive();
    void notAnArchive_data();
    void notAnArchive();
    void bombStopsEarly();
    void lyingSizeStopsAtFileLimit();
    void skippedEntriesAreUnreviewedFindings();
    void folderLinksAreNotFollowed();
    void tarPackagesByNameOrContent_data();
    void tarPackagesByNameOrContent();

private:
    QTemporaryDir m_dir;
};

namespace {

// Writes `entries` with libarchive's writer: zip (deflate) or, for "tar.gz", pax + gzip.
bool writeArchive(const QString& path, const Entries& entries, const QString& format)
{
    archive* a = archive_write_new();
    if (format == QStringLiteral("tar.gz")) {
        archive_write_set_format_pax_restricted(a);
        archive_write_add_filter_gzip(a);
    } else {
        archive_write_set_format_zip(a);
    }
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    const QByteArray zeroBlock(1 << 20, '\0');
    for (const Entry& e : entries) {
        if (!ok)
            break;
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_mtime(entry, 1700000000, 0);
        switch (e.kind) {
        case Entry::Kind::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            if (e.declareSize)
                archive_entry_set_size(entry, e.zeros > 0 ? e.zeros : e.data.size());
            break;
        case Entry::Kind::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            archive_entry_set_size(entry, 0);
            break;
        case Entry::Kind::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_perm(entry, 0777);
            archive_entry_set_symlink(entry, e.target.constData());
            archive_entry_set_size(entry, 0);
            break;
        case Entry::Kind::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_hardlink(entry, e.target.constData());
            archive_entry_set_size(entry, 0);
            break;
        }
        ok = archive_write_header(a, entry) >= ARCHIVE_WARN;
        if (ok && e.kind == Entry::Kind::File) {
            if (e.zeros > 0) {
                // Streamed in blocks: 300 MB of zeros compresses to a few hundred KB and never sits in memory.
                for (qint64 left = e.zeros; ok && left > 0; left -= zeroBlock.size()) {
                    const qint64 n = std::min<qint64>(left, zeroBlock.size());
                    ok = archive_write_data(a, zeroBlock.constData(), size_t(n)) == n;
                }
            } else if (!e.data.isEmpty()) {
                ok = archive_write_data(a, e.data.constData(), size_t(e.data.size())) == e.data.size();
            }
        }
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

QString severityCode(const Diagnostic& d)
{
    switch (d.severity) {
    case DiagnosticSeverity::Error:
        return QStringLiteral("E");
    case DiagnosticSeverity::Warning:
        return QStringLiteral("W");
    case DiagnosticSeverity::Info:
        break;
    }
    return QStringLiteral("I");
}

// "W:archive-unsafe-entry:!../evil.json": severity, code and where, relative to the archive path.
QStringList described(const Diagnostics& diagnostics, const QString& path)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out << severityCode(d) + QLatin1Char(':') + QString::fromStdString(d.code) + QLatin1Char(':')
                + (d.file.startsWith(path) ? d.file.mid(path.size()) : d.file);
    return out;
}

const QByteArray kPolicy
    = R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})";

} // namespace

void TestArchiveReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestArchiveReader::readArchive_data()
{
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("maxEntries");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<qint64>("maxFileBytes");
    QTest::addColumn<bool>("expectedOk");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::addColumn<QStringList>("expectedDiagnostics");

    const LoadOptions defaults;
    const auto entriesLimit = qint64(defaults.maxArchiveEntries);
    const auto bytesLimit = qint64(defaults.maxArchiveBytes);
    const auto fileLimit = qint64(defaults.maxFileBytes);

    QTest::newRow("normal vendor package")
        << Entries { link("cloudformation/", Entry::Kind::Directory, ""),
               file("cloudformation/role.yaml", "Resources: {}\n"), file("./main.tf.json", kPolicy),
               file("policies\\read.json", kPolicy), file("docs//README.md", "# Acme\n") }
        << QStringLiteral("zip") << entriesLimit << bytesLimit << fileLimit << true
        << QStringList { QStringLiteral("cloudformation/role.yaml"), QStringLiteral("main.tf.json"),
               QStringLiteral("policies/read.json"), QStringLiteral("docs/README.md") }
        << QStringList();
    QTest::newRow("entries climbing out with ..")
        << Entries { file("../evil.json", kPolicy), file("policies/../../evil2.json", kPolicy),
               file("ok.json", kPolicy) }
        << QStringLiteral("zip") << entriesLimit << bytesLimit << fileLimit << true
        << QStringList { QStringLiteral("ok.json") }
        << QStringList { QStringLiteral("W:archive-unsafe-entry:!../evil.json"),
               QStringLiteral("W:archive-unsafe-entry:!policies/../../evil2.json") };
    QTest::newRow("absolute entry name") << Entries { file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n"),
        file("ok.json", kPolicy) } << QStringLiteral("zip")
                                         << entriesLimit << bytesLimit << fileLimit << true
                                         << QStringList { QStringLiteral("ok.json") }
                                         << QStringList { QStringLiteral("W:archive-unsafe-entry:!/etc/passwd") };
    QTest::newRow("symlink entry") << Entries { link("latest.json", Entry::Kind::Symlink, "/etc/passwd"),
        file("ok.json", kPolicy) } << QStringLiteral("zip")
                                   << entriesLimit << bytesLimit << fileLimit << true
                                   << QStringList { QStringLiteral("ok.json") }
                                   << QStringList { QStringLiteral("W:archive-unsafe-entry:!latest.json") };
    QTest::newRow("hard link in a tar.gz")
        << Entries { file("ok.json", kPolicy), link("copy.json", Entry::Kind::Hardlink, "ok.json") }
        << QStringLiteral("tar.gz") << entriesLimit << bytesLimit << fileLimit << true
        << QStringList { QStringLiteral("ok.json") }
        << QStringList { QStringLiteral("W:archive-unsafe-entry:!copy.json") };
    QTest::newRow("tar.gz package") << Entries { file("./terraform/main.tf.json", kPolicy),
        file("policy.json", kPolicy) }
                                    << QStringLiteral("tar.gz") << entriesLimit << bytesLimit << fileLimit << true
                                    << QStringList { QStringLiteral("terraform/main.tf.json"),
                                           QStringLiteral("policy.json") }
                                    << QStringList();

    Entries many;
    QStringList firstTen;
    for (int i = 0; i < 12; ++i) {
        const QByteArray name = "policy-" + QByteArray::number(i) + ".json";
        many.push_back(file(name.constData(), kPolicy));
        if (i < 10)
            firstTen << QString::fromLatin1(name);
    }
    QTest::newRow("more entries than the limit")
        << many << QStringLiteral("zip") << qint64(10) << bytesLimit << fileLimit << false << firstTen
        << QStringList { QStringLiteral("E:archive-limit:") };
    QTest::newRow("300 MB of zeros past the total limit")
        << Entries { file("ok.json", kPolicy), zeros("bomb.json", 300ll * 1024 * 1024) } << QStringLiteral("zip")
        << entriesLimit << bytesLimit << fileLimit << false << QStringList { QStringLiteral("ok.json") }
        << QStringList { QStringLiteral("E:archive-limit:") };
    QTest::newRow("entries that together pass the total limit")
        << Entries { zeros("a.json", 400 * 1024), zeros("b.json", 400 * 1024), zeros("c.json", 400 * 1024) }
        << QStringLiteral("zip") << entriesLimit << qint64(1024 * 1024) << fileLimit << false
        << QStringList { QStringLiteral("a.json"), QStringLiteral("b.json") }
        << QStringList { QStringLiteral("E:archive-limit:") };
    QTest::newRow("entry larger than a single file may be")
        << Entries { zeros("big.json", 5000), file("ok.json", kPolicy) } << QStringLiteral("zip") << entriesLimit
        << bytesLimit << qint64(1000) << true << QStringList { QStringLiteral("ok.json") }
        << QStringList { QStringLiteral("W:archive-entry-size:!big.json") };
    QTest::newRow("entry of undeclared size larger than a single file may be")
        << Entries { zeros("big.json", 1024 * 1024, false), file("ok.json", kPolicy) } << QStringLiteral("zip")
        << entriesLimit << bytesLimit << qint64(64 * 1024) << true << QStringList { QStringLiteral("ok.json") }
        << QStringList { QStringLiteral("W:archive-entry-size:!big.json") };
}

void TestArchiveReader::readArchive()
{
    QFETCH(Entries, entries);
    QFETCH(QString, format);
    QFETCH(qint64, maxEntries);
    QFETCH(qint64, maxBytes);
    QFETCH(qint64, maxFileBytes);
    QFETCH(bool, expectedOk);
    QFETCH(QStringList, expectedNames);
    QFETCH(QStringList, expectedDiagnostics);

    const QString path
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
            + QLatin1Char('.') + format);
    QVERIFY(writeArchive(path, entries, format));

    LoadOptions options;
    options.maxArchiveEntries = size_t(maxEntries);
    options.maxArchiveBytes = size_t(maxBytes);
    options.maxFileBytes = size_t(maxFileBytes);
    Diagnostics diagnostics;
    QStringList names;
    std::map<QString, std::string> contents;
    const bool ok = grantscope::readArchive(path, options, diagnostics, [&](const QString& name, std::string bytes) {
        names << name;
        contents[name] = std::move(bytes);
    });
    QCOMPARE(described(diagnostics, path), expectedDiagnostics);
    QCOMPARE(ok, expectedOk);
    QCOMPARE(names, expectedNames);
    for (const Entry& e : entries)
        if (e.kind == Entry::Kind::File && e.zeros == 0 && names.contains(QString::fromLatin1(e.name)))
            QCOMPARE(QByteArray::fromStdString(contents[QString::fromLatin1(e.name)]), e.data);
    if (names.contains(QStringLiteral("main.tf.json")))
        QCOMPARE(QByteArray::fromStdString(contents[QStringLiteral("main.tf.json")]), kPolicy);
}

void TestArchiveReader::notAnArchive_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::newRow("JSON file named .zip") << kPolicy << true;
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("zip signature and nothing else") << QByteArray("PK\x03\x04garbage", 11) << true;
    QTest::newRow("missing file") << QByteArray() << false;
}

void TestArchiveReader::notAnArchive()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    const QString path = m_dir.filePath(QStringLiteral("not-an-archive-%1.zip").arg(QTest::currentDataTag()[0]));
    if (create) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    Diagnostics diagnostics;
    int calls = 0;
    QVERIFY(!grantscope::readArchive(path, {}, diagnostics, [&](const QString&, std::string) { ++calls; }));
    QCOMPARE(calls, 0);
    QCOMPARE(described(diagnostics, path), QStringList { QStringLiteral("E:archive:") });
    QCOMPARE(diagnostics.front().file, path);
    QVERIFY(!diagnostics.front().message.isEmpty());
}

void TestArchiveReader::bombStopsEarly()
{
    // A small cap stops a 300 MB entry long before it is all decompressed.
    const QString path = m_dir.filePath(QStringLiteral("bomb.zip"));
    QVERIFY(writeArchive(path, Entries { zeros("bomb.json", 300ll * 1024 * 1024, false) }, QStringLiteral("zip")));
    QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);
    LoadOptions options;
    options.maxArchiveBytes = 8u * 1024 * 1024;
    options.maxFileBytes = 64u * 1024 * 1024;
    Diagnostics diagnostics;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(
        !grantscope::readArchive(path, options, diagnostics, [](const QString&, std::string) { QFAIL("no entry"); }));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(described(diagnostics, path), QStringList { QStringLiteral("E:archive-limit:") });
    QVERIFY(diagnostics.front().message.contains(QStringLiteral("bomb.json")));
}

void TestArchiveReader::lyingSizeStopsAtFileLimit()
{
    // A hand-edited zip claims 100 bytes for an entry that inflates to 1 MB: the reader counts what it gets.
    const QString path = m_dir.filePath(QStringLiteral("lying.zip"));
    QVERIFY(writeArchive(
        path, Entries { zeros("big.json", 1024 * 1024), file("ok.json", kPolicy) }, QStringLiteral("zip")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    auto patchSize = [&bytes](const QByteArray& signature, int offset) {
        for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
            if (bytes.mid(at + (signature == "PK\x01\x02" ? 46 : 30), 8) != "big.json")
                continue;
            const char lie[4] = { 100, 0, 0, 0 };
            bytes.replace(at + offset, 4, QByteArray(lie, 4));
        }
    };
    patchSize(QByteArray("PK\x03\x04"), 22); // local file header: uncompressed size
    patchSize(QByteArray("PK\x01\x02"), 24); // central directory: uncompressed size
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();

    LoadOptions options;
    options.maxFileBytes = 64u * 1024;
    Diagnostics diagnostics;
    QStringList names;
    grantscope::readArchive(path, options, diagnostics, [&](const QString& name, std::string data) {
        QVERIFY(data.size() <= options.maxFileBytes);
        names << name;
    });
    QCOMPARE(names, QStringList { QStringLiteral("ok.json") });
    // Either libarchive notices the size mismatch or the reader's own count does: the entry is skipped.
    const QStringList found = described(diagnostics, path);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.front() == QStringLiteral("W:archive-entry:!big.json")
            || found.front() == QStringLiteral("W:archive-entry-size:!big.json"),
        qPrintable(found.front()));
}

namespace {

QStringList unreviewedFiles(const ReviewSubject& s)
{
    QStringList out;
    for (const PackageNote& n : s.notes)
        if (n.kind == "unreviewed")
            out << n.file;
    out.sort();
    return out;
}

} // namespace

void TestArchiveReader::skippedEntriesAreUnreviewedFindings()
{
    // A vendor zip with a policy, a zip inside it, a link out of the archive and a name that climbs out:
    // the policy is reviewed and each of the others is a finding naming the entry, never a silent skip.
    const QString path = m_dir.filePath(QStringLiteral("vendor-bundle.zip"));
    QByteArray inner;
    {
        const QString innerPath = m_dir.filePath(QStringLiteral("inner.zip"));
        QVERIFY(writeArchive(innerPath, Entries { file("admin.json", kPolicy) }, QStringLiteral("zip")));
        QFile f(innerPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        inner = f.readAll();
    }
    QVERIFY(writeArchive(path,
        Entries { file("policies/read.json", kPolicy), file("extras/more.zip", inner),
            link("policies/trust.json", Entry::Kind::Symlink, "/etc/passwd"), file("../escape.json", kPolicy) },
        QStringLiteral("zip")));
    const ReviewSubject s = loadPackage({ path });
    QCOMPARE(s.standalonePolicies.size(), size_t(1));
    const QStringList skipped = unreviewedFiles(s);
    QCOMPARE(skipped.size(), 3);
    QVERIFY(skipped.contains(path + QStringLiteral("!extras/more.zip")));
    QVERIFY(skipped.contains(path + QStringLiteral("!policies/trust.json")));
    QVERIFY(std::any_of(
        skipped.begin(), skipped.end(), [](const QString& f) { return f.contains(QStringLiteral("escape.json")); }));
}

void TestArchiveReader::tarPackagesByNameOrContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::newRow("tar.gz by name") << QStringLiteral("vendor-1.2.tar.gz") << QStringLiteral("tar.gz");
    QTest::newRow("tgz by name") << QStringLiteral("vendor.tgz") << QStringLiteral("tar.gz");
    QTest::newRow("gzip tar saved without a suffix") << QStringLiteral("download") << QStringLiteral("tar.gz");
    QTest::newRow("zip saved as .bin") << QStringLiteral("vendor.bin") << QStringLiteral("zip");
}

void TestArchiveReader::tarPackagesByNameOrContent()
{
    // Given on the command line or in a folder, an archive is opened as one, whatever its name says; it is
    // never read as a YAML document full of binary.
    QFETCH(QString, name);
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(writeArchive(path, Entries { file("policies/read.json", kPolicy) }, format));
    const ReviewSubject direct = loadPackage({ path });
    QCOMPARE(direct.standalonePolicies.size(), size_t(1));
    QVERIFY(!hasErrors(direct.diagnostics));
    QVERIFY(direct.standalonePolicies.front().file.endsWith(QStringLiteral("!policies/read.json")));
    if (name.endsWith(QStringLiteral("gz"))) { // a folder picks archives by their names
        const ReviewSubject folder = loadPackage({ dir.path() });
        QCOMPARE(folder.standalonePolicies.size(), size_t(1));
    }
}

void TestArchiveReader::folderLinksAreNotFollowed()
{
    // A package folder whose link points at a file outside it: the link is a finding, the file is not read.
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString secret = outside.filePath(QStringLiteral("reviewer-notes.json"));
    {
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPolicy);
    }
    const QString folder = m_dir.filePath(QStringLiteral("linked-package"));
    QVERIFY(QDir().mkpath(folder));
    {
        QFile f(folder + QStringLiteral("/read.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPolicy);
    }
    QVERIFY(QFile::link(secret, folder + QStringLiteral("/trust.json")));
    const ReviewSubject s = loadPackage({ folder });
    QCOMPARE(s.standalonePolicies.size(), size_t(1));
    QCOMPARE(unreviewedFiles(s), QStringList { folder + QStringLiteral("/trust.json") });
    for (const QString& f : s.files)
        QVERIFY2(!f.contains(QStringLiteral("reviewer-notes")), qPrintable(f));
}

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
