// SPDX-License-Identifier: GPL-3.0-or-later
// The real `grantscope` binary's screenshot mode, as documentation and AppStream screenshots use it: it needs
// no display, renders at the size asked, leaves the user's settings alone and refuses what it cannot show.
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");

struct Run {
    int exitCode = -1;
    QString err;
};

} // namespace

class TestGuiMain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void screenshotNeedsNoDisplay_data();
    void screenshotNeedsNoDisplay();
    void unknownViewIsRefused();
    void missingPathIsAnErrorNotAPicture();
    void badSizeIsRefused();
    void diffScreenshotWaitsForTheComparison();

private:
    Run run(const QStringList& arguments);
    QTemporaryDir m_home;
};

Run TestGuiMain::run(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // no platform chosen, no display: it must pick offscreen
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRANTSCOPE_GUI_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()) };
}

void TestGuiMain::init()
{
    QVERIFY(m_home.isValid());
}

void TestGuiMain::screenshotNeedsNoDisplay_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("view");
    QTest::newRow("1280x720 graph") << QSize(1280, 720) << QStringLiteral("graph");
    QTest::newRow("1366x768 findings") << QSize(1366, 768) << QStringLiteral("findings");
}

void TestGuiMain::screenshotNeedsNoDisplay()
{
    QFETCH(QSize, size);
    QFETCH(QString, view);
    const QString png = m_home.filePath(QStringLiteral("shot.png"));
    const Run r = run({ QStringLiteral("--screenshot"), png, QStringLiteral("--view"), view, QStringLiteral("--size"),
        QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), kSample });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(png);
    QCOMPARE(image.size(), size); // exactly the size asked: the window fits it
    // Neither recent files nor the window's layout were written into the user's settings.
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("config/GrantScope/GrantScope.conf"))));
}

void TestGuiMain::unknownViewIsRefused()
{
    const Run r = run({ QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("x.png")),
        QStringLiteral("--view"), QStringLiteral("grpah"), kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("grpah")) && r.err.contains(QLatin1String("graph")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("x.png"))));
}

void TestGuiMain::missingPathIsAnErrorNotAPicture()
{
    const QString missing = m_home.filePath(QStringLiteral("no-such-package.yaml"));
    const Run r = run({ QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("y.png")), missing });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("y.png"))));
}

void TestGuiMain::badSizeIsRefused()
{
    const Run r = run({ QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("z.png")),
        QStringLiteral("--size"), QStringLiteral("wide"), kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--size")));
}

QTEST_GUILESS_MAIN(TestGuiMain)
// The side-by-side text of the boundary diff is made on a worker: the picture shows it, not the empty panes
// and the busy bar of the moment the window opened.
void TestGuiMain::diffScreenshotWaitsForTheComparison()
{
    const QString png = m_home.filePath(QStringLiteral("diff.png"));
    const Run r = run({ QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("diff"),
        QStringLiteral("--size"), QStringLiteral("1280x720"), kSample });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 720));
    // The lower left holds the vendor's side: with its text drawn, many pixels there are dark.
    int dark = 0;
    for (int y = image.height() * 55 / 100; y < image.height() * 85 / 100; ++y)
        for (int x = image.width() * 3 / 100; x < image.width() * 33 / 100; ++x)
            dark += qGray(image.pixel(x, y)) < 90;
    QVERIFY2(dark > 500, qPrintable(QStringLiteral("%1 dark pixels: the panes are empty").arg(dark)));
}

#include "tst_guimain.moc"
