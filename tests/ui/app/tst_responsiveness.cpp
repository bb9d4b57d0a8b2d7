// SPDX-License-Identifier: GPL-3.0-or-later
// The window keeps answering while it works: the event loop is driven by a 10 ms timer while every AWS
// managed policy (one file each, as a vendor folder) loads and while a boundary edit on that package is
// shown in the side-by-side diff, and the longest gap between two ticks must stay short. A click on
// Cancel gives the window back at once. Also prints how long the window takes to its first paint and to
// a usable review (tests/bench/gui_startup.sh collects those figures).
#include "app/MainWindow.h"
#include "app/ReviewLoader.h"
#include "boundary/DiffView.h"
#include "catalog/ManagedPolicyStore.h"
#include "document/ReviewDocument.h"
#include "review/BoundaryEvaluation.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

// A responsiveness property, not a speed test: generous enough for a loaded 2-core machine, far below
// the seconds a frozen window used to stand still.
constexpr qint64 kLongestGapMs = 400;
constexpr int kLoadTimeoutMs = 120000;

// Processor time the calling thread has used, in milliseconds.
qint64 threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

/**
 * Ticks every 10 ms and remembers the longest time between two ticks: how long the GUI thread was away, on
 * the clock (`longest`) and in processor time the GUI thread spent away from the event loop (`longestCpu`).
 * The bound is asserted on the latter: on a shared machine with more runnable threads than cores, a thread
 * that returns to its event loop often can still wait long for a core, which is no freeze of the window.
 */
class GapMeter : public QObject {
public:
    GapMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 cpu = threadCpuMs();
            m_longest = std::max(m_longest, now - m_last);
            m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
            ++m_ticks;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longest() const { return m_longest; }
    qint64 longestCpu() const { return m_longestCpu; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    int m_ticks = 0;
};

/** Records when a widget first paints. */
class FirstPaint : public QObject {
public:
    explicit FirstPaint(const QElapsedTimer& clock)
        : m_clock(clock)
    { }
    qint64 at() const { return m_at; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_at < 0)
            m_at = m_clock.elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    qint64 m_at = -1;
};

/** Every bundled AWS managed policy as its own file in `dir`, named after the policy. */
int writeManagedPolicies(const QString& dir)
{
    int written = 0;
    for (const ManagedPolicyEntry& entry : ManagedPolicyStore::bundled().policies()) {
        QFile file(dir + QLatin1Char('/')
            + QString::fromUtf8(entry.name.data(), static_cast<qsizetype>(entry.name.size()))
            + QStringLiteral(".json"));
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(entry.document.data(), static_cast<qint64>(entry.document.size()));
        file.write("\n");
        ++written;
    }
    return written;
}

QAbstractItemModel* findingsModel(const MainWindow& window)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("findingsTable"));
    return table ? table->model() : nullptr;
}

} // namespace

class TestResponsiveness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void bigFolderLoadsWhileTheWindowAnswers();
    void cancelGivesTheWindowBack();
    void loaderReportsProgressAndStopsWhenCancelled();
    void boundaryEditOnTheBigFolderWithTheDiffShown();
    void timeToFirstPaintAndToAUsableWindow_data();
    void timeToFirstPaintAndToAUsableWindow();

private:
    QTemporaryDir m_folder;
    int m_policies = 0;
};

void TestResponsiveness::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_policies = writeManagedPolicies(m_folder.path());
    QVERIFY2(m_policies > 1000, "the bundled managed policies are missing");
}

void TestResponsiveness::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_responsiveness"));
    QSettings().clear();
}

void TestResponsiveness::bigFolderLoadsWhileTheWindowAnswers()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::View::Findings);
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    GapMeter meter;
    meter.start();
    window.openPaths({ m_folder.path() });
    QVERIFY(window.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
    QCOMPARE(finished.front().front().toBool(), true);
    // What follows the load (models, graph, diff) reaches the screen in slices too.
    QTest::qWait(1000);
    meter.stop();
    qInfo("longest gap while %d policies loaded: %lld ms, %lld ms of it working on the GUI thread (%d ticks)",
        m_policies, meter.longest(), meter.longestCpu(), meter.ticks());
    QVERIFY2(meter.longestCpu() < kLongestGapMs,
        qPrintable(QStringLiteral("the GUI thread worked %1 ms without answering").arg(meter.longestCpu())));
    QVERIFY(window.document()->review());
    QCOMPARE(window.document()->review()->expansions.size(), static_cast<size_t>(m_policies));
    QVERIFY(findingsModel(window)->rowCount() > 0);
}

void TestResponsiveness::cancelGivesTheWindowBack()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    GapMeter meter;
    meter.start();
    window.openPaths({ m_folder.path() });
    auto* cancel = window.findChild<QPushButton*>(QStringLiteral("cancelLoad"));
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isVisible());
    QTest::qWait(50);
    QElapsedTimer sinceClick;
    sinceClick.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    // The window is free as soon as the click is handled: no review, no progress, and a new load can start.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.front().front().toBool(), false);
    QVERIFY(!window.isLoading());
    QVERIFY(!cancel->isVisible());
    qInfo("Cancel handled %lld ms after the click", sinceClick.elapsed());
    QVERIFY(!window.document()->review());
    // The cancelled load never shows up later.
    QTest::qWait(3000);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!window.document()->review());
    meter.stop();
    QVERIFY2(meter.longestCpu() < kLongestGapMs,
        qPrintable(QStringLiteral("the GUI thread worked %1 ms without answering").arg(meter.longestCpu())));

    const QString sample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
    window.openPaths({ sample });
    QVERIFY(window.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kLoadTimeoutMs);
    QCOMPARE(finished.back().front().toBool(), true);
    QCOMPARE(window.openedPaths(), QStringList { sample });
}

void TestResponsiveness::boundaryEditOnTheBigFolderWithTheDiffShown()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPaths({ m_folder.path() });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
    window.showView(MainWindow::View::Diff);
    auto* counts = window.findChild<QLabel*>(QStringLiteral("diffCounts"));
    QVERIFY(counts);
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("leaves the vendor's access as it is")), 30000);

    // Deny every EC2 action on every resource: thousands of action lines change on the right-hand side.
    auto* action = window.findChild<QLineEdit*>(QStringLiteral("denyOnAction"));
    auto* arn = window.findChild<QLineEdit*>(QStringLiteral("denyOnArn"));
    auto* add = window.findChild<QPushButton*>(QStringLiteral("addDenyOn"));
    QVERIFY(action && arn && add);
    action->setText(QStringLiteral("ec2:*"));
    arn->setText(QStringLiteral("*"));
    GapMeter meter;
    meter.start();
    add->click();
    // Until the worker's evaluation arrives (a queued signal, so not before the event loop runs) the composer
    // says the edit is being evaluated, and the diff view shows it is busy.
    QVERIFY(window.document()->isEvaluatingBoundary());
    auto* evaluating = window.findChild<QWidget*>(QStringLiteral("boundaryEvaluating"));
    auto* diffBusy = window.findChild<QWidget*>(QStringLiteral("diffProgress"));
    QVERIFY(evaluating && diffBusy);
    QVERIFY(!evaluating->isHidden());
    QVERIFY(!diffBusy->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("removed")), 30000);
    QTRY_VERIFY(evaluating->isHidden());
    QTRY_VERIFY(diffBusy->isHidden());
    QTest::qWait(500);
    meter.stop();
    // The boundary of a package this large is evaluated on a worker: nothing of it is left on the GUI thread.
    QVERIFY(window.document()->boundary()->diff.removed().any());
    qInfo("longest gap while an ec2:* deny was evaluated and its diff shown: %lld ms, %lld ms of it working on the "
          "GUI thread (the evaluation on a worker: %lld ms)",
        meter.longest(), meter.longestCpu(), static_cast<qint64>(window.document()->boundary()->milliseconds));
    QVERIFY2(meter.longestCpu() < kLongestGapMs,
        qPrintable(QStringLiteral("the GUI thread worked %1 ms without answering").arg(meter.longestCpu())));
    auto* left = window.findChild<QPlainTextEdit*>(QStringLiteral("diffLeft"));
    auto* right = window.findChild<QPlainTextEdit*>(QStringLiteral("diffRight"));
    QVERIFY(left && right);
    QVERIFY(left->toPlainText().contains(QStringLiteral("ec2:RunInstances ")));
    QVERIFY(!right->toPlainText().contains(QStringLiteral("ec2:RunInstances ")));
}

void TestResponsiveness::loaderReportsProgressAndStopsWhenCancelled()
{
    ReviewLoader loader;
    QSignalSpy progress(&loader, &ReviewLoader::progress);
    QSignalSpy finished(&loader, &ReviewLoader::finished);
    loader.start({ m_folder.path() }, LoadOptions {});
    // The first figures: files being read, out of every file of the folder.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), kLoadTimeoutMs);
    QCOMPARE(progress.front().at(0).value<WorkStage>(), WorkStage::Reading);
    QCOMPARE(progress.front().at(2).value<qsizetype>(), qsizetype(m_policies));
    QVERIFY(progress.front().at(1).value<qsizetype>() <= qsizetype(m_policies));
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    loader.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.front().at(1).toBool(), true);
    // The worker stops at its next report instead of reading and analysing the rest.
    loader.waitForFinished();
    qInfo("the loading worker stopped %lld ms after Cancel", sinceCancel.elapsed());
    const qsizetype reports = progress.count();
    QTest::qWait(200);
    QCOMPARE(progress.count(), reports); // nothing more from a cancelled load
    QCOMPARE(finished.count(), 1);
}

void TestResponsiveness::timeToFirstPaintAndToAUsableWindow_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sample package") << QStringLiteral(
        GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
    QTest::newRow("AdministratorAccess") << QStringLiteral("AdministratorAccess.json");
    QTest::newRow("1,594 managed policies as a folder") << QString();
}

void TestResponsiveness::timeToFirstPaintAndToAUsableWindow()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        path = m_folder.path();
    else if (!path.contains(QLatin1Char('/')))
        path = m_folder.filePath(path);
    QElapsedTimer clock;
    clock.start();
    FirstPaint paint(clock);
    MainWindow window;
    window.installEventFilter(&paint);
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.show();
    window.openPaths({ path });
    QTRY_VERIFY_WITH_TIMEOUT(paint.at() >= 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
    QAbstractItemModel* findings = findingsModel(window);
    QVERIFY(findings);
    QTRY_VERIFY_WITH_TIMEOUT(findings->rowCount() > 0, 10000);
    const qint64 usable = clock.elapsed();
    qInfo("timings: %s: first paint %lld ms, usable %lld ms", QTest::currentDataTag(), paint.at(), usable);
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
