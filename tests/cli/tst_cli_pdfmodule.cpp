// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli links QtCore only; PDF output lives in the grantscope_pdf module, loaded for
// `report --format pdf` alone, and libarchive is loaded only to read an archive. Checked on the built
// program: what it links, what it loads at run time (the dynamic loader's own trace), and the error when
// the module is missing.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");

QString moduleNextToCli()
{
    return QFileInfo(QStringLiteral(GRANTSCOPE_CLI)).dir().filePath(QStringLiteral("libgrantscope_pdf.so"));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Traced {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray trace; // the dynamic loader's list of the shared objects it opened
};

// Runs `program` with the dynamic loader tracing the libraries it opens (LD_DEBUG=files).
Traced runTraced(const QString& program, const QStringList& args, const QString& traceFile)
{
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(GRANTSCOPE_SOURCE_DIR));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), traceFile);
    p.setProcessEnvironment(env);
    p.start(program, args);
    Traced t;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return t;
    }
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    // LD_DEBUG_OUTPUT appends ".PID" to the name.
    const QFileInfo base(traceFile);
    for (const QFileInfo& f : base.dir().entryInfoList({ base.fileName() + QStringLiteral(".*") }, QDir::Files)) {
        t.trace += readAll(f.filePath());
        QFile::remove(f.filePath());
    }
    return t;
}

} // namespace

class TestCliPdfModule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliLinksQtCoreOnly();
    void onlyPdfOutputLoadsQtGui();
    void missingModuleIsAClearError();
    void onlyArchivesLoadLibarchive();

private:
    QTemporaryDir m_dir;
    bool m_gui = false;
};

void TestCliPdfModule::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_gui = QFileInfo::exists(moduleNextToCli());
}

void TestCliPdfModule::cliLinksQtCoreOnly()
{
    // The names of the libraries a program needs are strings in its dynamic section.
    const QByteArray cli = readAll(QStringLiteral(GRANTSCOPE_CLI));
    QVERIFY(cli.contains("libQt6Core.so"));
    for (const char* gui : { "libQt6Gui.so", "libQt6Widgets.so", "libQt6Svg.so", "libQt6PrintSupport.so" })
        QVERIFY2(!cli.contains(gui), gui);
    if (!m_gui)
        QSKIP("core-only build: there is no PDF module");
    const QByteArray module = readAll(moduleNextToCli());
    QVERIFY(module.startsWith("\x7f"
                              "ELF"));
    QVERIFY(module.contains("libQt6Gui.so"));
    QVERIFY(module.contains("grantscope_pdf_write"));
    QVERIFY(!module.contains("libQt6Widgets.so"));
}

void TestCliPdfModule::onlyPdfOutputLoadsQtGui()
{
    const QString trace = m_dir.filePath(QStringLiteral("ld-trace"));
    const Traced html = runTraced(QStringLiteral(GRANTSCOPE_CLI),
        { QStringLiteral("report"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("r.html")), kSample }, trace);
    QVERIFY2(html.exitCode == 0, html.err.constData());
    if (html.trace.isEmpty())
        QSKIP("the dynamic loader does not trace here (LD_DEBUG)");
    QVERIFY(html.trace.contains("libQt6Core.so"));
    QVERIFY2(!html.trace.contains("libQt6Gui.so"), html.trace.constData());
    QVERIFY(!html.trace.contains("grantscope_pdf"));

    if (!m_gui)
        QSKIP("core-only build: there is no PDF module");
    const QString out = m_dir.filePath(QStringLiteral("r.pdf"));
    const Traced pdf = runTraced(QStringLiteral(GRANTSCOPE_CLI),
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out,
            kSample },
        trace);
    QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
    QVERIFY(pdf.trace.contains("libgrantscope_pdf.so"));
    QVERIFY(pdf.trace.contains("libQt6Gui.so"));
    QVERIFY(readAll(out).startsWith("%PDF"));
}

void TestCliPdfModule::missingModuleIsAClearError()
{
    if (!m_gui)
        QSKIP("core-only build: there is no PDF module");
    // The same program in a folder without the module (and no library folder beside it).
    const QString alone = m_dir.filePath(QStringLiteral("bin/grantscope-cli"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("bin"))));
    QVERIFY(QFile::copy(QStringLiteral(GRANTSCOPE_CLI), alone));
    QVERIFY(QFile::setPermissions(alone, QFile::permissions(alone) | QFileDevice::ExeOwner));

    const QString out = m_dir.filePath(QStringLiteral("missing.pdf"));
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(GRANTSCOPE_SOURCE_DIR));
    p.start(alone, { QStringLiteral("report"), QStringLiteral("-o"), out, kSample });
    QVERIFY(p.waitForFinished(120000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 2);
    // Both places looked in are named, exactly as the module's file is called.
    QVERIFY2(err.contains("/bin/libgrantscope_pdf.so: "), err.constData());
    QVERIFY2(err.contains("/grantscope/libgrantscope_pdf.so: ") && err.contains("lib"), err.constData());
    QVERIFY2(!err.contains("liblibgrantscope_pdf"), err.constData());
    QVERIFY2(err.contains("missing.pdf"), err.constData());
    QVERIFY(!QFileInfo::exists(out));

    // A file in its place that is not a library: the loader's reason, exit 2, no crash.
    QFile broken(m_dir.filePath(QStringLiteral("bin/libgrantscope_pdf.so")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("%PDF-1.4 this is not a shared library\n");
    broken.close();
    p.start(alone, { QStringLiteral("report"), QStringLiteral("-o"), out, kSample });
    QVERIFY(p.waitForFinished(120000));
    const QByteArray brokenErr = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(brokenErr.contains("libgrantscope_pdf.so"), brokenErr.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(broken.remove());

    // Everything else still works without it.
    p.start(alone, { QStringLiteral("report"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("r.md")), kSample });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
}

void TestCliPdfModule::onlyArchivesLoadLibarchive()
{
    const QString trace = m_dir.filePath(QStringLiteral("ld-trace-archive"));
    const Traced plain = runTraced(
        QStringLiteral(GRANTSCOPE_CLI), { QStringLiteral("analyze"), QStringLiteral("--brief"), kSample }, trace);
    QVERIFY2(plain.exitCode >= 0, plain.err.constData());
    if (plain.trace.isEmpty())
        QSKIP("the dynamic loader does not trace here (LD_DEBUG)");
    QVERIFY2(!plain.trace.contains("libarchive.so"), plain.trace.constData());

    // The same template in a zip: libarchive is loaded then, and the review is the same.
    const QString folder = m_dir.filePath(QStringLiteral("zipped"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + kSample,
        folder + QStringLiteral("/acme-observability-onboarding.yaml")));
    QProcess zip;
    zip.setWorkingDirectory(folder);
    zip.start(QStringLiteral("python3"),
        { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-c"), QStringLiteral("acme.zip"),
            QStringLiteral("acme-observability-onboarding.yaml") });
    if (!zip.waitForStarted(60000))
        QSKIP("python3 is needed to write the zip archive");
    QVERIFY(zip.waitForFinished(60000));
    QCOMPARE(zip.exitCode(), 0);
    const Traced zipped = runTraced(QStringLiteral(GRANTSCOPE_CLI),
        { QStringLiteral("analyze"), QStringLiteral("--brief"), folder + QStringLiteral("/acme.zip") }, trace);
    QCOMPARE(zipped.exitCode, plain.exitCode);
    // The same findings: the summary line ("12 findings, 2 critical, ...") is the last line of both.
    const QByteArray summary = plain.out.trimmed().split('\n').last();
    QVERIFY2(summary.contains("findings"), plain.out.constData());
    QCOMPARE(zipped.out.trimmed().split('\n').last(), summary);
    QVERIFY2(zipped.trace.contains("libarchive.so"), zipped.trace.constData());
}

QTEST_GUILESS_MAIN(TestCliPdfModule)
#include "tst_cli_pdfmodule.moc"
