// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` of this build makes a desktop application: both programs, the manual page and completions,
// the icon in every size a theme needs, a launcher and AppStream data that the freedesktop validators accept,
// and a file type that recognises saved reviews by name and by content.
#include "review/ReviewSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace grantscope;

namespace {

const QString kAppId = QStringLiteral("io.github.grantscope.GrantScope");
const QString kReviewType = QStringLiteral("application/x-grantscope-review");

struct Run {
    int exitCode = -1;
    QString output; // standard output and error together
};

Run run(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return { -1, QStringLiteral("%1 did not finish").arg(program) };
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The value of one untranslated key of the launcher.
QString desktopValue(const QString& text, const QString& key)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    return {};
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void installedFiles_data();
    void installedFiles();
    void iconSizes_data();
    void iconSizes();
    void launcher();
    void launcherValidates();
    void metainfo();
    void metainfoValidates();
    void reviewFileType();
    void reviewFileTypeCompiles();
    void installedCliWritesPdf();

private:
    QString installed(const QString& relative) const { return m_prefix.filePath(relative); }
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Run install = run(QStringLiteral(GRANTSCOPE_CMAKE),
        { QStringLiteral("--install"), QStringLiteral(GRANTSCOPE_BINARY_DIR), QStringLiteral("--prefix"),
            m_prefix.path() });
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
}

void TestInstall::installedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");
    QTest::newRow("the desktop application") << QStringLiteral("bin/grantscope") << true;
    QTest::newRow("the command line tool") << QStringLiteral("bin/grantscope-cli") << true;
    QTest::newRow("manual page") << QStringLiteral("share/man/man1/grantscope-cli.1") << false;
    QTest::newRow("bash completion") << QStringLiteral("share/bash-completion/completions/grantscope-cli") << false;
    QTest::newRow("zsh completion") << QStringLiteral("share/zsh/site-functions/_grantscope-cli") << false;
    QTest::newRow("launcher") << QStringLiteral("share/applications/%1.desktop").arg(kAppId) << false;
    QTest::newRow("AppStream") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId) << false;
    QTest::newRow("review file type") << QStringLiteral("share/mime/packages/%1.xml").arg(kAppId) << false;
    QTest::newRow("sample package") << QStringLiteral("share/grantscope/samples/acme-observability-onboarding.yaml")
                                    << false;
    QTest::newRow("sample export") << QStringLiteral("share/grantscope/samples/account-authorization-details.json")
                                   << false;
    QTest::newRow("scalable icon") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId) << false;
}

void TestInstall::installedFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(path + QStringLiteral(" is not installed")));
    QVERIFY(info.size() > 0);
    QCOMPARE(info.isExecutable(), executable);
}

void TestInstall::iconSizes_data()
{
    QTest::addColumn<int>("size");
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstall::iconSizes()
{
    QFETCH(int, size);
    const QString path = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
    QImage image;
    QVERIFY2(image.load(path), qPrintable(path + QStringLiteral(" is missing or not a PNG")));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // A shield on a transparent square: the corners stay clear, the magnifier's lens is opaque, and the shield
    // covers about half of the square (more than 40 % even at 16 px, where its edges are blended).
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size - 1, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size * 45 / 100, size * 42 / 100)), 255);
    int opaque = 0;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            opaque += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
    QVERIFY2(opaque * 10 > size * size * 4, qPrintable(QStringLiteral("only %1 opaque pixels").arg(opaque)));
}

void TestInstall::launcher()
{
    const QString text = readText(installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId)));
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QCOMPARE(desktopValue(text, QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(desktopValue(text, QStringLiteral("Exec")), QStringLiteral("grantscope %F"));
    QCOMPARE(desktopValue(text, QStringLiteral("Icon")), kAppId);
    QVERIFY(desktopValue(text, QStringLiteral("MimeType")).split(QLatin1Char(';')).contains(kReviewType));
    // What Exec and Icon name is what was installed.
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/grantscope"))).isExecutable());
    QVERIFY(QFileInfo::exists(installed(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId))));
}

void TestInstall::launcherValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    const Run check = run(validator, { installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId)) });
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    QVERIFY2(!check.output.contains(QStringLiteral("error:")), qPrintable(check.output));
    QVERIFY2(!check.output.contains(QStringLiteral("warning:")), qPrintable(check.output));
}

void TestInstall::metainfo()
{
    QFile file(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QString release;
    QStringList binaries;
    QStringList screenshots;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"id")
            id = xml.readElementText();
        else if (name == u"launchable")
            launchable = xml.readElementText();
        else if (name == u"binary")
            binaries << xml.readElementText();
        else if (name == u"release" && release.isEmpty())
            release = xml.attributes().value(QLatin1StringView("version")).toString();
        else if (name == u"image")
            screenshots << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    QCOMPARE(binaries, QStringList({ QStringLiteral("grantscope"), QStringLiteral("grantscope-cli") }));
    QCOMPARE(release, QStringLiteral(GRANTSCOPE_VERSION));
    // Every screenshot is a picture in the repository, made by `grantscope --screenshot` at 1366x768.
    QCOMPARE(screenshots.size(), 3);
    for (const QString& url : std::as_const(screenshots)) {
        const qsizetype at = url.indexOf(QStringLiteral("/docs/screenshots/"));
        QVERIFY2(at > 0, qPrintable(url));
        const QString path = QStringLiteral(GRANTSCOPE_SOURCE_DIR) + url.mid(at);
        QImage image;
        QVERIFY2(image.load(path), qPrintable(path + QStringLiteral(" is missing")));
        QCOMPARE(image.size(), QSize(1366, 768));
        QVERIFY2(QFileInfo(path).size() < 300 * 1024, qPrintable(path + QStringLiteral(" is larger than 300 KB")));
    }
}

void TestInstall::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    const Run check = run(validator,
        { QStringLiteral("validate"), QStringLiteral("--no-net"),
            installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId)) });
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
}

void TestInstall::reviewFileType()
{
    // Qt reads share/mime/packages/*.xml of every data folder that has no compiled cache, the user's first.
    qputenv("XDG_DATA_HOME", QFile::encodeName(installed(QStringLiteral("share"))));
    const QMimeDatabase mime;

    QCOMPARE(
        mime.mimeTypeForFile(QStringLiteral("acme.grantscope"), QMimeDatabase::MatchExtension).name(), kReviewType);
    QVERIFY(mime.mimeTypeForName(kReviewType).inherits(QStringLiteral("application/json")));

    // A review saved by the application, whatever it is called, is told from other JSON by its first bytes.
    ReviewSession session;
    session.packagePaths << QStringLiteral("/srv/reviews/acme/acme-observability-onboarding.yaml");
    session.notes = QStringLiteral("Acme asks for a role with read access to CloudWatch and S3.");
    const QByteArray saved = QByteArray::fromStdString(session.toJson());
    QCOMPARE(mime.mimeTypeForData(saved).name(), kReviewType);
    QCOMPARE(mime.mimeTypeForData(QByteArray(R"({"format":"grantscope-review","version":1})")).name(), kReviewType);

    const QByteArray policy(R"({
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-archive/*" }]
})");
    QVERIFY(mime.mimeTypeForData(policy).name() != kReviewType);
}

void TestInstall::reviewFileTypeCompiles()
{
    // update-mime-database rejects a package it cannot compile; it writes into a copy, not the install.
    const QString compiler = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (compiler.isEmpty())
        QSKIP("update-mime-database is not installed (Debian package shared-mime-info)");
    QTemporaryDir dataDir;
    const QString mimeDir = dataDir.filePath(QStringLiteral("mime"));
    QVERIFY(QDir().mkpath(mimeDir + QStringLiteral("/packages")));
    QVERIFY(QFile::copy(installed(QStringLiteral("share/mime/packages/%1.xml").arg(kAppId)),
        mimeDir + QStringLiteral("/packages/%1.xml").arg(kAppId)));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataDir.path()); // else it notes the folder is unused
    const Run compile = run(compiler, { mimeDir }, environment);
    QVERIFY2(compile.exitCode == 0, qPrintable(compile.output));
    QVERIFY2(compile.output.isEmpty(), qPrintable(compile.output));
    QVERIFY(readText(mimeDir + QStringLiteral("/types")).contains(kReviewType));
}

QTEST_MAIN(TestInstall)
// The installed command line tool finds its PDF module where it was installed (a private folder under the
// library folder, not beside the shared libraries of the system).
void TestInstall::installedCliWritesPdf()
{
    const QDir prefix(m_prefix.path());
    QString module;
    for (const QString& candidate : { QStringLiteral("lib/grantscope/libgrantscope_pdf.so"),
             QStringLiteral("lib64/grantscope/libgrantscope_pdf.so"),
             QStringLiteral("lib/x86_64-linux-gnu/grantscope/libgrantscope_pdf.so") })
        if (QFileInfo::exists(installed(candidate)))
            module = candidate;
    QVERIFY2(!module.isEmpty(), "the PDF module is not installed in a grantscope folder under the library folder");
    const QString pdf = prefix.filePath(QStringLiteral("review.pdf"));
    const Run report = run(installed(QStringLiteral("bin/grantscope-cli")),
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
            QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") });
    QVERIFY2(report.exitCode == 0, qPrintable(report.output));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

#include "tst_install.moc"
