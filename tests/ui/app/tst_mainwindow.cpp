// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a reviewer would: open the sample package, pick a finding, land on its
// line; load in the background; report unreadable files; render a screenshot.
#include "app/MainWindow.h"
#include "app/Prompts.h"
#include "app/ReviewDocument.h"
#include "editor/PolicyEditor.h"
#include "editor/PolicyEditorPanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");

class ScriptedPrompts : public Prompts {
public:
    QStringList files;
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return files; }
    QString openFolder(QWidget*, const QString&) override { return {}; }
    QString saveAs;
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return saveAs; }
    void error(QWidget*, const QString&, const QString& text) override { errors << text; }
    QStringList errors;
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void findingJumpsToItsLine();
    void openActionLoadsInTheBackground();
    void unreadableFileIsReportedWithItsLocation();
    void screenshotRendersTheWindow();
    void exportsReportAndBoundary();
};

void TestMainWindow::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GrantScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::findingJumpsToItsLine()
{
    MainWindow window;
    window.show();
    window.openPathsNow({kSample});
    const LoadedReview* review = window.document()->review();
    QVERIFY(review);
    int kms = -1;
    for (size_t i = 0; i < review->analysis.findings.size(); ++i)
        if (review->analysis.findings[i].rule == "kms-decrypt-any-key")
            kms = static_cast<int>(i);
    QVERIFY(kms >= 0);

    window.showView(MainWindow::View::Findings);
    auto* table = window.findChild<QTableView*>(QStringLiteral("findingsTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    // Click the row of the KMS finding, as a reviewer would.
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 1).data().toString() == QStringLiteral("kms-decrypt-any-key"))
            row = r;
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, 2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(window.document()->currentFinding(), kms);

    auto* panel = window.findChild<PolicyEditorPanel*>();
    QVERIFY(panel);
    QTRY_COMPARE(panel->editor()->currentLine(), 70);
    QCOMPARE(panel->editor()->currentColumn(), 21);
    QVERIFY(panel->editor()->toPlainText().contains(QStringLiteral("kms:Decrypt")));

    auto* status = window.findChild<QLabel*>(QStringLiteral("statusCounts"));
    QVERIFY(status->text().contains(QStringLiteral("3 high")));
}

void TestMainWindow::openActionLoadsInTheBackground()
{
    MainWindow window;
    auto prompts = std::make_unique<ScriptedPrompts>();
    prompts->files = {kSample};
    window.setPrompts(std::move(prompts));
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QAction* open = window.findChild<QAction*>(QStringLiteral("actionOpen"));
    QVERIFY(open);
    open->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.front().front().toBool(), true);
    QCOMPARE(window.openedPaths(), QStringList{kSample});
    QVERIFY(window.windowTitle().contains(QStringLiteral("acme-observability-onboarding.yaml")));
    QCOMPARE(window.document()->review()->package.roles.size(), size_t(1));
}

void TestMainWindow::unreadableFileIsReportedWithItsLocation()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n");
    f.close();
    MainWindow window;
    window.show();
    window.openPathsNow({broken});
    auto* problems = window.findChild<QTableView*>(QStringLiteral("problemsView"));
    QVERIFY(problems);
    QTRY_VERIFY(problems->isVisible());
    QVERIFY(problems->model()->rowCount() >= 1);
    QVERIFY(problems->model()->index(0, 2).data().toString().startsWith(broken + QStringLiteral(":4:")));
}

void TestMainWindow::screenshotRendersTheWindow()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.openPathsNow({kSample});
    for (MainWindow::View v : {MainWindow::View::Dashboard, MainWindow::View::Graph, MainWindow::View::Findings,
                               MainWindow::View::Summary}) {
        window.showView(v);
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), window.width() * static_cast<int>(image.devicePixelRatio()));
        // Not a blank window: the view draws something in more than one colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 37)
            for (int x = 0; x < image.width(); x += 37)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 8);
    }
}

void TestMainWindow::exportsReportAndBoundary()
{
    QTemporaryDir dir;
    MainWindow window;
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    window.show();
    window.openPathsNow({kSample});

    prompts->saveAs = dir.filePath(QStringLiteral("review.html"));
    window.findChild<QAction*>(QStringLiteral("actionExportReport"))->trigger();
    QFile html(prompts->saveAs);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.contains("<svg"));
    QVERIFY(page.contains("Decrypt with any KMS key"));
    QVERIFY(!page.contains("<script"));

    prompts->saveAs = dir.filePath(QStringLiteral("boundary.json"));
    window.findChild<QAction*>(QStringLiteral("actionExportBoundary"))->trigger();
    QFile boundary(prompts->saveAs);
    QVERIFY(boundary.open(QIODevice::ReadOnly));
    QVERIFY(boundary.readAll().contains("\"Version\": \"2012-10-17\""));
    QVERIFY(prompts->errors.isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
