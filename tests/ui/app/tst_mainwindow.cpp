// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a reviewer would: open the sample package, pick a finding, land on its
// line; load in the background; report unreadable files; render a screenshot.
#include "activity/ActivityView.h"
#include "app/MainWindow.h"
#include "app/Prompts.h"
#include "boundary/BoundaryComposer.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/DiffView.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "editor/PolicyEditor.h"
#include "editor/PolicyEditorPanel.h"
#include "graph/AccessGraph.h"
#include "graph/AccessGraphView.h"
#include "graph/GraphPanel.h"
#include "policy/PolicyParser.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <nlohmann/json.hpp>

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
    bool yes = true;
    int questions = 0;
    bool confirm(QWidget*, const QString&, const QString&) override
    {
        ++questions;
        return yes;
    }
    SaveChoice choice = SaveChoice::Discard;
    int saveQuestions = 0;
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override
    {
        ++saveQuestions;
        return choice;
    }
};

ScriptedPrompts* scripted(MainWindow& window)
{
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    return prompts;
}

int findingIndex(const MainWindow& window, const char* rule)
{
    const Review* review = window.document()->review();
    for (size_t i = 0; review && i < review->analysis.findings.size(); ++i)
        if (review->analysis.findings[i].rule == rule)
            return static_cast<int>(i);
    return -1;
}

const std::string kProdInstance = "arn:aws:ec2:us-east-1:123456789012:instance/i-0prod1234567890";

// What a reviewer does in one sitting: two decisions with notes, general notes, two boundary edits,
// a finding selected, the boundary view shown.
void reviewAsAReviewerWould(MainWindow& window)
{
    ReviewDocument* doc = window.document();
    doc->setVerdict(findingIndex(window, "kms-decrypt-any-key"),
        { FindingDecision::ToMitigate, QStringLiteral("Boundary denies kms:Decrypt <b>everywhere</b>") });
    doc->setVerdict(findingIndex(window, "trust-root-principal"),
        { FindingDecision::AcceptedRisk, QStringLiteral("Vendor documents its account") });
    doc->setNotes(QStringLiteral("Call with Acme on Tuesday.\nThey confirmed the account id."));
    doc->pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:Decrypt" }));
    doc->pushBoundaryEdit(BoundaryEdit::denyOnResources({ { "ec2:*", kProdInstance } }));
    doc->setCurrentFinding(findingIndex(window, "disruption-compute"));
    window.showView(MainWindow::View::Boundary);
}

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
    void reopenedSessionIsAsItWas();
    void closingAsksToSaveChanges();
    void crashRecoveryOfAnUnsavedReview();
    void savedReviewWithNewerAutosave();
    void brokenSessionFileIsReported();
    void reviewOfTheSampleFromStartToFinish();
    void packageSettingsReadThePackageAgain();
    void activityReachesTheGraphAndTheDiff();
    void fitsSmallScreens_data();
    void fitsSmallScreens();
    void docksSideBySideWhenWide();
    void boundaryTooLargeForOnePolicyIsExportedInParts();
    void statesTellTheTruth();
    void helpAndAboutSayWhatTheyShould();
};

void TestMainWindow::init()
{
    QStandardPaths::setTestModeEnabled(true); // settings and autosaves in a test location
    QCoreApplication::setOrganizationName(QStringLiteral("GrantScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear(); // the settings of these names: each test starts with none
}

void TestMainWindow::findingJumpsToItsLine()
{
    MainWindow window;
    window.show();
    window.openPathsNow({ kSample });
    const Review* review = window.document()->review();
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
    QVERIFY2(status->text().contains(QStringLiteral("2 critical, 1 high")), qPrintable(status->text()));
}

void TestMainWindow::openActionLoadsInTheBackground()
{
    MainWindow window;
    auto prompts = std::make_unique<ScriptedPrompts>();
    prompts->files = { kSample };
    window.setPrompts(std::move(prompts));
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QAction* open = window.findChild<QAction*>(QStringLiteral("actionOpen"));
    QVERIFY(open);
    open->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.front().front().toBool(), true);
    QCOMPARE(window.openedPaths(), QStringList { kSample });
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
    window.openPathsNow({ broken });
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
    window.openPathsNow({ kSample });
    for (MainWindow::View v : { MainWindow::View::Dashboard, MainWindow::View::Graph, MainWindow::View::Findings,
             MainWindow::View::Summary }) {
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
    window.openPathsNow({ kSample });

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

    // The format follows the file name: a CloudFormation template naming the vendor's role, or Terraform.
    window.document()->pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:Decrypt" }));
    prompts->saveAs = dir.filePath(QStringLiteral("boundary.yaml"));
    window.findChild<QAction*>(QStringLiteral("actionExportBoundary"))->trigger();
    QFile yaml(prompts->saveAs);
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    const QByteArray cfn = yaml.readAll();
    QVERIFY(cfn.contains("Type: AWS::IAM::ManagedPolicy"));
    QVERIFY(cfn.contains("PermissionsBoundary: !Ref GrantScopeBoundary"));
    QVERIFY(cfn.contains("\"kms:Decrypt\""));
    prompts->saveAs = dir.filePath(QStringLiteral("boundary.tf"));
    window.findChild<QAction*>(QStringLiteral("actionExportBoundary"))->trigger();
    QFile tf(prompts->saveAs);
    QVERIFY(tf.open(QIODevice::ReadOnly));
    QVERIFY(tf.readAll().contains("resource \"aws_iam_policy\""));

    // The report carries the reviewer's decisions and notes, escaped.
    reviewAsAReviewerWould(window);
    prompts->saveAs = dir.filePath(QStringLiteral("decided.html"));
    window.findChild<QAction*>(QStringLiteral("actionExportReport"))->trigger();
    QFile decided(prompts->saveAs);
    QVERIFY(decided.open(QIODevice::ReadOnly));
    const QByteArray report = decided.readAll();
    QVERIFY(report.contains("Boundary denies kms:Decrypt &lt;b&gt;everywhere&lt;/b&gt;"));
    QVERIFY(report.contains("Call with Acme on Tuesday."));
    QVERIFY(!report.contains("<b>everywhere"));
    QVERIFY(prompts->errors.isEmpty());
}

void TestMainWindow::reopenedSessionIsAsItWas()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("acme.grantscope"));
    std::string boundaryJson;
    BoundaryDraft draft;
    {
        MainWindow window;
        ScriptedPrompts* prompts = scripted(window);
        window.show();
        window.openPathsNow({ kSample });
        QVERIFY(!window.document()->isModified());
        reviewAsAReviewerWould(window);
        QVERIFY(window.document()->isModified());
        QVERIFY(window.isWindowModified());
        QVERIFY(window.saveSessionTo(file));
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.sessionPath(), QFileInfo(file).absoluteFilePath());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("acme.grantscope")));
        boundaryJson = window.document()->boundary()->compacted.json;
        draft = window.document()->boundaryDraft();
        QVERIFY(window.close()); // saved: no question asked
        QCOMPARE(prompts->saveQuestions, 0);
    }
    MainWindow window;
    ScriptedPrompts* prompts = scripted(window);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.openPaths({ file }); // as from the command line, a drop or the recent menu
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    QVERIFY(prompts->errors.isEmpty());
    ReviewDocument* doc = window.document();
    QCOMPARE(window.sessionPath(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(window.currentView(), MainWindow::View::Boundary);
    QCOMPARE(doc->currentFinding(), findingIndex(window, "disruption-compute"));
    QCOMPARE(doc->verdict(findingIndex(window, "kms-decrypt-any-key")).decision, FindingDecision::ToMitigate);
    QCOMPARE(doc->verdict(findingIndex(window, "kms-decrypt-any-key")).note,
        QStringLiteral("Boundary denies kms:Decrypt <b>everywhere</b>"));
    QCOMPARE(doc->verdict(findingIndex(window, "trust-root-principal")).decision, FindingDecision::AcceptedRisk);
    QCOMPARE(doc->verdict(findingIndex(window, "data-read-messages")).decision, FindingDecision::Open);
    QCOMPARE(doc->notes(), QStringLiteral("Call with Acme on Tuesday.\nThey confirmed the account id."));
    QCOMPARE(window.findChild<QPlainTextEdit*>(QStringLiteral("reviewNotes"))->toPlainText(), doc->notes());
    QVERIFY(doc->boundaryDraft() == draft);
    QCOMPARE(doc->boundary()->compacted.json, boundaryJson);
    QVERIFY(doc->findingMitigated(findingIndex(window, "kms-decrypt-any-key")));
    QVERIFY(!doc->isModified());
    QCOMPARE(doc->undoStack()->count(), 0);
    // Edits after reopening are undoable and make the review modified again.
    doc->pushBoundaryEdit(BoundaryEdit::denyActions({ "ec2:StopInstances" }));
    QVERIFY(doc->isModified());
    doc->undoStack()->undo();
    QVERIFY(!doc->isModified());
    QVERIFY(doc->boundaryDraft() == draft);
}

void TestMainWindow::closingAsksToSaveChanges()
{
    QTemporaryDir dir;
    MainWindow window;
    ScriptedPrompts* prompts = scripted(window);
    window.show();
    window.openPathsNow({ kSample });
    QVERIFY(window.close()); // nothing changed: closes without a question
    QCOMPARE(prompts->saveQuestions, 0);

    window.show();
    window.document()->pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:Decrypt" }));
    prompts->choice = Prompts::SaveChoice::Cancel;
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(prompts->saveQuestions, 1);

    prompts->choice = Prompts::SaveChoice::Save;
    prompts->saveAs = dir.filePath(QStringLiteral("closing")); // the suffix is added
    QVERIFY(window.close());
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("closing.grantscope"))));
    Diagnostics diagnostics;
    const std::optional<ReviewSession> saved
        = ReviewSession::load(dir.filePath(QStringLiteral("closing.grantscope")), diagnostics);
    QVERIFY(saved);
    QCOMPARE(saved->boundary.deniedActions, std::vector<std::string> { "kms:Decrypt" });

    // Opening another package over a changed review asks too; Discard drops the changes.
    window.show();
    window.document()->pushBoundaryEdit(BoundaryEdit::denyActions({ "ec2:*" }));
    prompts->choice = Prompts::SaveChoice::Discard;
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.openPaths({ kSample });
    QCOMPARE(prompts->saveQuestions, 3);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    QVERIFY(window.document()->boundaryDraft().deniedActions.empty());
    QVERIFY(window.sessionPath().isEmpty());
}

void TestMainWindow::crashRecoveryOfAnUnsavedReview()
{
    const QString autosave = ReviewSession::autosavePath(MainWindow::untitledSessionPath());
    QFile::remove(autosave);
    {
        auto window = std::make_unique<MainWindow>();
        scripted(*window);
        window->setAutosaveDelay(10);
        window->show();
        window->openPathsNow({ kSample });
        reviewAsAReviewerWould(*window);
        QTRY_VERIFY(QFileInfo::exists(autosave));
        // The process dies here: no close event, nothing saved.
    }
    MainWindow window;
    ScriptedPrompts* prompts = scripted(window);
    window.show();
    prompts->yes = true;
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QVERIFY(window.offerRecovery());
    QCOMPARE(prompts->questions, 1);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    ReviewDocument* doc = window.document();
    QCOMPARE(doc->verdict(findingIndex(window, "kms-decrypt-any-key")).decision, FindingDecision::ToMitigate);
    QCOMPARE(doc->boundaryDraft().deniedActions, std::vector<std::string> { "kms:Decrypt" });
    QCOMPARE(doc->boundaryDraft().arnDenies.size(), size_t(1));
    QCOMPARE(window.currentView(), MainWindow::View::Boundary);
    QVERIFY(doc->isModified()); // recovered work is not saved work
    QVERIFY(window.sessionPath().isEmpty());

    // Declining closes the question for good: the autosave is removed.
    prompts->choice = Prompts::SaveChoice::Discard;
    QVERIFY(window.close());
    QVERIFY(!QFileInfo::exists(autosave));
    MainWindow again;
    ScriptedPrompts* none = scripted(again);
    QVERIFY(!again.offerRecovery());
    QCOMPARE(none->questions, 0);
}

void TestMainWindow::savedReviewWithNewerAutosave()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("saved.grantscope"));
    {
        auto window = std::make_unique<MainWindow>();
        scripted(*window);
        window->setAutosaveDelay(10);
        window->show();
        window->openPathsNow({ kSample });
        QVERIFY(window->saveSessionTo(file));
        QTest::qWait(1100); // file times have a resolution of a second on some file systems
        window->document()->pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:CreateGrant" }));
        QTRY_VERIFY(QFileInfo::exists(ReviewSession::autosavePath(file)));
    }
    {
        MainWindow window;
        ScriptedPrompts* prompts = scripted(window);
        prompts->yes = false; // the saved state, please
        QVERIFY(window.openSessionNow(file));
        QCOMPARE(prompts->questions, 1);
        QVERIFY(window.document()->boundaryDraft().deniedActions.empty());
        QVERIFY(!QFileInfo::exists(ReviewSession::autosavePath(file)));
    }
    // Once more with recovery accepted.
    {
        auto window = std::make_unique<MainWindow>();
        scripted(*window);
        window->setAutosaveDelay(10);
        QVERIFY(window->openSessionNow(file));
        window->document()->pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:CreateGrant" }));
        QTRY_VERIFY(QFileInfo::exists(ReviewSession::autosavePath(file)));
    }
    MainWindow window;
    ScriptedPrompts* prompts = scripted(window);
    QVERIFY(window.openSessionNow(file));
    QCOMPARE(prompts->questions, 1);
    QCOMPARE(window.document()->boundaryDraft().deniedActions, std::vector<std::string> { "kms:CreateGrant" });
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.sessionPath(), QFileInfo(file).absoluteFilePath());
}

void TestMainWindow::brokenSessionFileIsReported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.grantscope"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"grantscope-review\", \"version\": 1,\n \"package\": {\"paths\": [1]}}");
    f.close();
    MainWindow window;
    ScriptedPrompts* prompts = scripted(window);
    QVERIFY(!window.openSessionNow(file));
    QCOMPARE(prompts->errors.size(), 1);
    QVERIFY2(
        prompts->errors.front().contains(QStringLiteral("broken.grantscope:2:")), qPrintable(prompts->errors.front()));
    QVERIFY(!window.document()->review());
}

void TestMainWindow::reviewOfTheSampleFromStartToFinish()
{
    // A new reviewer on the sample: deny kms:Decrypt on every key (one click on the mitigation) and
    // ec2:* on the production instance (click ec2, paste the ARN, add); look at the diff; export the
    // boundary and the report; close; reopen the review as it was.
    QTemporaryDir dir;
    const QString arn = QStringLiteral("arn:aws:ec2:us-east-1:123456789012:instance/i-0prod1234567890");
    const QString reviewFile = dir.filePath(QStringLiteral("acme.grantscope"));
    BoundaryDraft composed;
    {
        MainWindow window;
        ScriptedPrompts* prompts = scripted(window);
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPathsNow({ kSample });
        window.showView(MainWindow::View::Boundary);

        auto* mitigate = window.findChild<QPushButton*>(QStringLiteral("mitigate-kms-decrypt-any-key"));
        QVERIFY(mitigate);
        QTest::mouseClick(mitigate, Qt::LeftButton);
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("boundaryTree"));
        QModelIndex ec2;
        for (int r = 0; r < tree->model()->rowCount(); ++r)
            if (tree->model()->index(r, 0).data().toString() == QStringLiteral("ec2"))
                ec2 = tree->model()->index(r, 0);
        QVERIFY(ec2.isValid());
        tree->scrollTo(ec2);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(ec2).center());
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("denyOnArn")), arn);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("addDenyOn")), Qt::LeftButton);

        ReviewDocument* doc = window.document();
        const SemanticDiff& diff = doc->boundary()->diff;
        auto changed = [&](const char* name) {
            const int index = Catalog::bundled().findAction(name);
            for (const ActionDiff& a : diff.actions)
                if (a.action == index)
                    return a;
            return ActionDiff {};
        };
        QVERIFY(changed("kms:Decrypt").before);
        QVERIFY(!changed("kms:Decrypt").after);
        QCOMPARE(changed("ec2:StopInstances").resourcesDenied, std::vector<std::string> { arn.toStdString() });
        QVERIFY(changed("ec2:StopInstances").after); // other instances: still allowed
        QVERIFY(doc->findingMitigated(findingIndex(window, "kms-decrypt-any-key")));

        window.showView(MainWindow::View::Diff);
        QTRY_VERIFY(!window.findChild<DiffView*>(QStringLiteral("boundaryDiff"))->isComparing());
        // Side by side: kms:Decrypt on the vendor's side only; stop/start denied on the instance.
        const QString left = window.findChild<QPlainTextEdit*>(QStringLiteral("diffLeft"))->toPlainText();
        const QString right = window.findChild<QPlainTextEdit*>(QStringLiteral("diffRight"))->toPlainText();
        QVERIFY(left.contains(QStringLiteral("kms:Decrypt ")));
        QVERIFY(!right.contains(QStringLiteral("kms:Decrypt ")));
        QVERIFY(right.contains(
            QRegularExpression(QStringLiteral("ec2:StopInstances .*denied on ") + QRegularExpression::escape(arn))));

        // A boundary AWS would accept: valid policy JSON within the managed-policy limit, every action known.
        prompts->saveAs = dir.filePath(QStringLiteral("boundary.json"));
        window.findChild<QAction*>(QStringLiteral("actionExportBoundary"))->trigger();
        QFile boundaryFile(prompts->saveAs);
        QVERIFY(boundaryFile.open(QIODevice::ReadOnly));
        const QByteArray boundaryJson = boundaryFile.readAll();
        Diagnostics diagnostics;
        const PolicyParser::Result parsed = PolicyParser::parseJson(
            boundaryJson.toStdString(), PolicyKind::Boundary, prompts->saveAs, "boundary", diagnostics);
        QVERIFY(parsed.ok);
        QVERIFY(diagnostics.empty());
        QVERIFY(doc->boundary()->compacted.size <= 6144);
        QVERIFY(boundaryJson.contains(arn.toUtf8()));

        for (const char* name : { "report.html", "report.pdf" }) {
            prompts->saveAs = dir.filePath(QString::fromLatin1(name));
            window.findChild<QAction*>(QStringLiteral("actionExportReport"))->trigger();
            QFile report(prompts->saveAs);
            QVERIFY(report.open(QIODevice::ReadOnly));
            const QByteArray bytes = report.readAll();
            QVERIFY(name[7] == 'p' ? bytes.startsWith("%PDF") : bytes.contains("Decrypt with any KMS key"));
        }
        QVERIFY(prompts->errors.isEmpty());

        prompts->saveAs = reviewFile;
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionSaveSession")));
        window.findChild<QAction*>(QStringLiteral("actionSaveSession"))->trigger();
        QVERIFY(QFileInfo::exists(reviewFile));
        composed = doc->boundaryDraft();
        QVERIFY(window.close());
        QCOMPARE(prompts->saveQuestions, 0);
    }
    MainWindow window;
    scripted(window);
    window.show();
    QVERIFY(window.openSessionNow(reviewFile));
    QCOMPARE(window.currentView(), MainWindow::View::Diff);
    QVERIFY(window.document()->boundaryDraft() == composed);
    QVERIFY(window.document()->findingMitigated(findingIndex(window, "kms-decrypt-any-key")));
    QVERIFY(!window.document()->isModified());
}

void TestMainWindow::packageSettingsReadThePackageAgain()
{
    MainWindow window;
    scripted(window);
    window.show();
    window.openPathsNow({ kSample });
    reviewAsAReviewerWould(window);
    ReviewDocument* doc = window.document();
    const BoundaryDraft draft = doc->boundaryDraft();
    QVERIFY(findingIndex(window, "disruption-compute") >= 0); // the remediation statement, on by default
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionPackageSettings")));

    LoadOptions options = window.loadOptions();
    options.parameters["EnableRemediation"] = "false";
    options.orgAccounts = { "444455556666" };
    options.region = "eu-central-1";
    window.applyPackageSettings(options, /*now=*/true);

    // The package was read again with the reviewer's values: the remediation statement is gone...
    QCOMPARE(window.loadOptions().parameters.at("EnableRemediation"), std::string("false"));
    QCOMPARE(doc->review()->options.region, std::string("eu-central-1"));
    QCOMPARE(findingIndex(window, "disruption-compute"), -1);
    // ...and nothing of the review was lost: decisions, notes and boundary, now unsaved.
    QCOMPARE(doc->verdict(findingIndex(window, "kms-decrypt-any-key")).decision, FindingDecision::ToMitigate);
    QVERIFY(doc->notes().startsWith(QStringLiteral("Call with Acme")));
    // The reviewer's boundary edits are kept (the vendor's actions it starts from follow the package).
    QCOMPARE(doc->boundaryDraft().deniedActions, draft.deniedActions);
    QVERIFY(doc->boundaryDraft().arnDenies == draft.arnDenies);
    QVERIFY(doc->isModified());
    // The settings travel with the review file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.grantscope"));
    QVERIFY(window.saveSessionTo(file));
    Diagnostics diagnostics;
    const std::optional<ReviewSession> saved = ReviewSession::load(file, diagnostics);
    QVERIFY(saved);
    QCOMPARE(saved->parameters.at("EnableRemediation"), std::string("false"));
    QCOMPARE(saved->orgAccounts, std::vector<std::string> { "444455556666" });
    QCOMPARE(saved->region, std::string("eu-central-1"));
}

void TestMainWindow::activityReachesTheGraphAndTheDiff()
{
    MainWindow window;
    scripted(window);
    window.show();
    window.openPathsNow({ kSample });
    auto* activity = window.findChild<ActivityView*>(QStringLiteral("activityView"));
    auto* graph = window.findChild<GraphPanel*>(QStringLiteral("graphPanel"));
    auto* diff = window.findChild<DiffView*>(QStringLiteral("boundaryDiff"));
    QVERIFY(activity && graph && diff);
    QVERIFY(!graph->view()->graph()->hasActivity());
    activity->readTrailsNow({ QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/trail") });
    QVERIFY(graph->view()->graph()->hasActivity());
    const AccessGraph& g = *graph->view()->graph();
    const int cloudwatch = g.findNode(GraphNodeKind::Service, u"cloudwatch");
    QVERIFY(g.node(cloudwatch).usedActions > 0);
    QVERIFY(graph->findChild<QLabel*>(QStringLiteral("graphLegend"))->text().contains(QLatin1String("never used")));

    activity->findChild<QPushButton*>(QStringLiteral("compareRightsized"))->click();
    QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("viewTabs"))->currentWidget(), diff);
    QVERIFY(diff->showsRightsized());

    // Trails that cannot be read take the marks and the comparison away: nothing reads as "never used".
    activity->readTrailsNow({ QStringLiteral(GRANTSCOPE_SOURCE_DIR "/no/such/trail") });
    QVERIFY(!graph->view()->graph()->hasActivity());
    QVERIFY(!diff->showsRightsized());
}

void TestMainWindow::fitsSmallScreens_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

// Every view of the sample, with its activity, fits a laptop screen: nothing demands more than the screen.
void TestMainWindow::fitsSmallScreens()
{
    QFETCH(QSize, screen);
    MainWindow window;
    scripted(window);
    window.resize(screen);
    window.show();
    window.openPathsNow({ kSample });
    window.activityView()->readTrailsNow({ QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/trail") });
    // The package and the source share one side, so the views keep most of the width.
    auto* package = window.findChild<QDockWidget*>(QStringLiteral("packageDock"));
    auto* source = window.findChild<QDockWidget*>(QStringLiteral("editorDock"));
    QVERIFY(package && source);
    QVERIFY(window.tabifiedDockWidgets(source).contains(package));
    for (const char* key : { "dashboard", "graph", "findings", "summary", "boundary", "diff", "activity" }) {
        window.showView(*MainWindow::viewFromKey(QString::fromLatin1(key)));
        window.resize(screen);
        QCoreApplication::processEvents();
        QString culprits;
        if (window.minimumSizeHint().width() > screen.width() || window.width() > screen.width())
            for (QWidget* w : window.findChildren<QWidget*>())
                if (w->isVisible() && w->minimumSizeHint().width() > screen.width() / 3)
                    culprits += QStringLiteral("\n  %1 %2 min %3")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                    .arg(w->minimumSizeHint().width());
        QVERIFY2(window.width() <= screen.width(),
            qPrintable(
                QStringLiteral("%1: %2 wide%3").arg(QString::fromLatin1(key)).arg(window.width()).arg(culprits)));
        QVERIFY2(window.height() <= screen.height(),
            qPrintable(QStringLiteral("%1: %2 high").arg(QString::fromLatin1(key)).arg(window.height())));
        if (QByteArrayView(key) == "summary") {
            // Every column of the policy summary is in view, none scrolled off to the right.
            auto* summary = window.findChild<QTreeView*>(QStringLiteral("summaryTree"));
            QVERIFY(summary);
            QCOMPARE(summary->horizontalScrollBar()->maximum(), 0);
        }
        if (QByteArrayView(key) == "boundary") {
            // The sample's two mitigations are shown whole, not behind a scroll bar.
            auto* mitigations = window.findChild<QScrollArea*>(QStringLiteral("mitigationScroll"));
            QVERIFY(mitigations);
            QCOMPARE(mitigations->verticalScrollBar()->maximum(), 0);
            // ... and no height is left empty: not under the buttons, not under the short deny form.
            QVERIFY2(
                mitigations->height() <= mitigations->widget()->sizeHint().height() + 2 * mitigations->frameWidth(),
                qPrintable(QString::number(mitigations->height())));
            auto* denyTabs = window.findChild<QTabWidget*>(QStringLiteral("denyTabs"));
            QVERIFY(denyTabs);
            QVERIFY2(denyTabs->height() <= denyTabs->minimumSizeHint().height() + 2,
                qPrintable(
                    QStringLiteral("%1 > %2").arg(denyTabs->height()).arg(denyTabs->minimumSizeHint().height())));
        }
    }
}

// On a wide screen the package and the source stand on either side of the views, as they always did.
void TestMainWindow::docksSideBySideWhenWide()
{
    MainWindow window;
    scripted(window);
    window.resize(1700, 1000);
    window.show();
    auto* package = window.findChild<QDockWidget*>(QStringLiteral("packageDock"));
    auto* source = window.findChild<QDockWidget*>(QStringLiteral("editorDock"));
    QVERIFY(package && source);
    QVERIFY(window.tabifiedDockWidgets(source).isEmpty());
    QCOMPARE(window.dockWidgetArea(package), Qt::LeftDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(source), Qt::RightDockWidgetArea);
}

// A boundary longer than one managed policy is written as the command line writes it: several policies,
// each within AWS's limit, the first the boundary itself.
void TestMainWindow::boundaryTooLargeForOnePolicyIsExportedInParts()
{
    QTemporaryDir dir;
    MainWindow window;
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    window.openPathsNow({ kSample });
    // Every other ec2 action: no wildcard names such a set, so the list stays long.
    const Catalog& catalog = Catalog::bundled();
    const ServiceInfo& ec2 = catalog.service(catalog.findService("ec2"));
    std::vector<std::string> scattered;
    for (int a = ec2.firstAction; a < ec2.firstAction + ec2.actionCount; a += 2)
        scattered.push_back(catalog.actionName(a));
    window.document()->pushBoundaryEdit(BoundaryEdit::denyActions(scattered));
    QVERIFY(!window.document()->boundary()->compacted.fits);

    prompts->saveAs = dir.filePath(QStringLiteral("boundary.json"));
    window.findChild<QAction*>(QStringLiteral("actionExportBoundary"))->trigger();
    QVERIFY2(prompts->errors.isEmpty(), qPrintable(prompts->errors.join(QLatin1Char('\n'))));
    QFile file(prompts->saveAs);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const nlohmann::json parts = nlohmann::json::parse(file.readAll().toStdString());
    QVERIFY(parts.is_array());
    QVERIFY(parts.size() >= 2);
    size_t denied = 0;
    for (const nlohmann::json& part : parts) {
        QVERIFY(part.dump().size() <= 6144); // minified, as IAM counts
        for (const nlohmann::json& st : part["Statement"])
            if (st["Effect"] == "Deny" && st.contains("Action"))
                denied += st["Action"].is_array() ? st["Action"].size() : 1;
    }
    QVERIFY(denied > 0);
}

// What the window shows is what is there: the composer waits for a package, the Problems dock appears with
// problems and goes without them, Recent holds only what opened (once each) and can be cleared.
void TestMainWindow::statesTellTheTruth()
{
    QTemporaryDir dir;
    MainWindow window;
    scripted(window);
    window.show();
    auto* composer = window.findChild<BoundaryComposer*>();
    auto* problems = window.findChild<QDockWidget*>(QStringLiteral("problemsDock"));
    auto* recent = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(composer && problems && recent);
    QVERIFY(!composer->isEnabled());
    QVERIFY(!recent->isEnabled());

    // A file that is not there: an error in Problems, and not remembered.
    const QString missing = dir.filePath(QStringLiteral("vendor-role.json"));
    window.openPathsNow({ missing });
    QVERIFY(problems->isVisible());
    QVERIFY(!recent->isEnabled());

    // A clean policy: nothing in Problems, so no Problems dock; remembered once however often it is opened.
    const QString clean = QStringLiteral(GRANTSCOPE_FIXTURES "/policies/inventory-wildcard-service.json");
    window.openPathsNow({ clean });
    QVERIFY(window.document()->review()->package.diagnostics.empty());
    QVERIFY(!problems->isVisible());
    QVERIFY(composer->isEnabled());
    window.openPathsNow({ kSample });
    window.openPathsNow({ clean });
    QStringList entries;
    for (QAction* a : recent->actions())
        if (!a->isSeparator() && a->objectName() != QLatin1String("actionClearRecent"))
            entries << a->text();
    QCOMPARE(entries,
        (QStringList {
            QStringLiteral("inventory-wildcard-service.json"), QStringLiteral("acme-observability-onboarding.yaml") }));
    // A remembered package that has gone since is not offered.
    QFile::copy(clean, missing);
    window.openPathsNow({ missing });
    QVERIFY(QFile::remove(missing));
    window.openPathsNow({ kSample });
    for (QAction* a : recent->actions())
        QVERIFY(a->text() != QLatin1String("vendor-role.json"));

    recent->findChild<QAction*>(QStringLiteral("actionClearRecent"))->trigger();
    QVERIFY(!recent->isEnabled());
    QVERIFY(QSettings().value(QStringLiteral("recentPackages")).toStringList().isEmpty());
}

void TestMainWindow::helpAndAboutSayWhatTheyShould()
{
    MainWindow window;
    scripted(window);
    window.show();
    QAction* help = window.findChild<QAction*>(QStringLiteral("actionHelp"));
    QVERIFY(help);
    QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
    help->trigger();
    auto* guide = window.findChild<QTextBrowser*>(QStringLiteral("helpText"));
    QVERIFY(guide && guide->isVisible());
    // The guide is the README shipped with the program: its commands are there.
    QVERIFY(guide->toPlainText().contains(QLatin1String("grantscope-cli analyze")));

    const QString about = MainWindow::aboutText();
    QVERIFY(about.contains(QLatin1String("General Public License")));
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    QVERIFY(about.contains(QString::fromStdString(Catalog::bundled().dataVersion())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
