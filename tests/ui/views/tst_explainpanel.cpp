// SPDX-License-Identifier: GPL-3.0-or-later
// The "Can the vendor do this?" panel driven by objectName, its answers checked against explainRequest() for the
// same question; and the way to it from a finding and from the Review menu of the window.
#include "app/MainWindow.h"
#include "app/Prompts.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "review/BoundaryEvaluation.h"
#include "views/ContextKeysModel.h"
#include "views/ExplainPanel.h"
#include "views/FindingsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
// A role that may decrypt only through S3 (a kms:ViaService condition) and is denied S3 outside one bucket.
const QString kNorthwind = QStringLiteral(GRANTSCOPE_FIXTURES "/explain/northwind-backup.yaml");
// A bucket policy that lets one vendor role of another account list some prefixes.
const QString kReports = QStringLiteral(GRANTSCOPE_FIXTURES "/explain/shared-reports-bucket.yaml");
const QString kKey = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

class NoPrompts : public Prompts {
public:
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return {}; }
    QString openFolder(QWidget*, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    void error(QWidget*, const QString&, const QString&) override { }
    bool confirm(QWidget*, const QString&, const QString&) override { return true; }
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override { return SaveChoice::Discard; }
};

} // namespace

class TestExplainPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void disabledWithoutAPackage();
    void allowedRequestShowsStatementAndFixes();
    void applyingAFixIsOneUndoableStep();
    void deniedRequestSaysWhyNothingMatched();
    void conditionsShowTheRequestValue();
    void boundaryBeingComposedIsApplied();
    void principalOfAResourcePolicy();
    void actionThatNeedsNoPermission();
    void actionCompletionAndResourceTemplates();
    void contextKeysModel();
    void locationLinkJumps();
    void badQuestionIsAnErrorNotACrash();
    void explainFromAFinding();
    void findingWithoutAQuestionCannotBeExplained();
    void reviewMenuShowsThePanel();
    void fitsSmallScreens_data();
    void fitsSmallScreens();

private:
    template <typename T> T* child(const char* name) const { return m_panel->findChild<T*>(QLatin1String(name)); }
    void openReview(const std::shared_ptr<const Review>& review);
    void askFor(const QString& subject, const QString& action, const QString& resource);
    /** explainRequest() for the question the panel's inputs spell now. */
    Explanation expected() const;
    QString details() const { return child<QTextBrowser>("explainDetails")->toPlainText(); }
    QList<QPushButton*> applyButtons() const;

    std::shared_ptr<const Review> m_sample;
    std::shared_ptr<const Review> m_northwind;
    std::unique_ptr<ReviewDocument> m_document;
    std::unique_ptr<ExplainPanel> m_panel;
};

void TestExplainPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_explainpanel"));
    QSettings().clear();
    m_sample = loadSharedReview({ kSample }, {});
    m_northwind = loadSharedReview({ kNorthwind }, {});
    QVERIFY(!m_sample->package.empty());
    QVERIFY(!m_northwind->package.empty());
}

void TestExplainPanel::init()
{
    m_document = std::make_unique<ReviewDocument>();
    m_panel = std::make_unique<ExplainPanel>(m_document.get());
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestExplainPanel::cleanup()
{
    m_panel.reset();
    m_document.reset();
}

void TestExplainPanel::openReview(const std::shared_ptr<const Review>& review)
{
    m_document->setReview(review);
}

void TestExplainPanel::askFor(const QString& subject, const QString& action, const QString& resource)
{
    auto* subjects = child<QComboBox>("explainSubject");
    if (!subject.isEmpty())
        subjects->setCurrentIndex(subjects->findData(subject));
    auto* actionEdit = child<QLineEdit>("explainAction");
    actionEdit->clear();
    QTest::keyClicks(actionEdit, action);
    auto* resourceBox = child<QComboBox>("explainResource");
    resourceBox->clearEditText();
    QTest::keyClicks(resourceBox->lineEdit(), resource);
    QTest::mouseClick(child<QPushButton>("explainAsk"), Qt::LeftButton);
}

Explanation TestExplainPanel::expected() const
{
    const std::shared_ptr<const BoundaryEvaluation> boundary = m_document->boundary();
    ExplainQuestion q = m_panel->question();
    return explainRequest(Catalog::bundled(), m_document->review()->package, q);
}

QList<QPushButton*> TestExplainPanel::applyButtons() const
{
    QList<QPushButton*> out;
    for (int i = 0;; ++i) {
        auto* b = child<QPushButton>(qPrintable(QStringLiteral("explainApplyFix%1").arg(i)));
        if (!b || b->isHidden())
            return out;
        out << b;
    }
}

void TestExplainPanel::disabledWithoutAPackage()
{
    QVERIFY(child<QLabel>("explainHint")->isVisible());
    QVERIFY(!child<QPushButton>("explainAsk")->isEnabled());
    QVERIFY(!child<QComboBox>("explainSubject")->isEnabled());
    m_panel->ask(); // nothing to ask about: no answer, no crash
    QVERIFY(!m_panel->hasAnswer());

    openReview(m_sample);
    QVERIFY(!child<QLabel>("explainHint")->isVisible());
    QVERIFY(child<QPushButton>("explainAsk")->isEnabled());
    for (const char* name :
        { "explainSubject", "explainAction", "explainResource", "explainPrincipal", "explainContext" })
        QVERIFY2(!child<QWidget>(name)->accessibleName().isEmpty(), name);
    // The subjects are those explain accepts, in package order.
    auto* subjects = child<QComboBox>("explainSubject");
    const std::vector<std::string> names = explainSubjects(m_sample->package);
    QCOMPARE(subjects->count(), static_cast<int>(names.size()));
    for (size_t i = 0; i < names.size(); ++i)
        QCOMPARE(subjects->itemData(static_cast<int>(i)).toString(), QString::fromStdString(names[i]));

    m_document->setReview(nullptr); // closed again
    QVERIFY(child<QLabel>("explainHint")->isVisible());
    QVERIFY(!child<QPushButton>("explainAsk")->isEnabled());
}

void TestExplainPanel::allowedRequestShowsStatementAndFixes()
{
    openReview(m_sample);
    askFor({}, QStringLiteral("kms:Decrypt"), kKey);
    QVERIFY(m_panel->hasAnswer());
    const Explanation want = expected();
    QVERIFY(want.ok());
    QCOMPARE(want.decision, Decision::Allowed);
    QCOMPARE(m_panel->explanation().decision, want.decision);
    QCOMPARE(m_panel->explanation().matched, want.matched);
    const QString decision = child<QLabel>("explainDecision")->text();
    QCOMPARE(decision, ExplainPanel::decisionText(want));
    QVERIFY2(decision.startsWith(QLatin1String("Allowed")), qPrintable(decision));

    QVERIFY(!want.matched.empty());
    const StatementTrace& matched = want.matched.front();
    const QString text = details();
    QVERIFY2(text.contains(QString::fromStdString(matched.sid)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1:%2:%3")
                               .arg(QFileInfo(matched.file).fileName())
                               .arg(matched.location.line)
                               .arg(matched.location.column)),
        qPrintable(text));
    QVERIFY(text.contains(QString::fromStdString(matched.policy)));

    QVERIFY(!want.fixes.empty());
    QCOMPARE(applyButtons().size(), static_cast<int>(want.fixes.size()));
    for (size_t i = 0; i < want.fixes.size(); ++i)
        QVERIFY(child<QLabel>(qPrintable(QStringLiteral("explainFixText%1").arg(i)))
                    ->text()
                    .contains(want.fixes[i].edit.description()));
}

void TestExplainPanel::applyingAFixIsOneUndoableStep()
{
    openReview(m_sample);
    askFor({}, QStringLiteral("kms:Decrypt"), kKey);
    const Explanation before = expected();
    QCOMPARE(before.decision, Decision::Allowed);
    const BoundaryDraft draft = m_document->boundaryDraft();
    const int steps = m_document->undoStack()->count();
    QVERIFY(!m_panel->findChild<QCheckBox*>(QStringLiteral("explainUseBoundary"))->isChecked());

    QVERIFY(!applyButtons().isEmpty());
    QTest::mouseClick(applyButtons().front(), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QVERIFY(m_document->boundaryDraft() != draft);
    BoundaryDraft withFix = draft;
    BoundaryEdit edit = before.fixes.front().edit;
    edit.apply(withFix);
    QCOMPARE(m_document->boundaryDraft(), withFix);
    // The answer is asked again with the boundary that now holds the fix, and the fix denies it.
    QVERIFY(child<QCheckBox>("explainUseBoundary")->isChecked());
    const Explanation after = expected();
    QCOMPARE(after.boundarySource, std::string("given"));
    QCOMPARE(m_panel->explanation().decision, after.decision);
    QCOMPARE(after.decision, before.fixes.front().decision);
    QVERIFY(child<QLabel>("explainDecision")->text().startsWith(QLatin1String("Denied")));
    QVERIFY(applyButtons().isEmpty());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->boundaryDraft(), draft);
    QCOMPARE(m_panel->explanation().decision, Decision::Allowed); // follows the draft back
}

void TestExplainPanel::deniedRequestSaysWhyNothingMatched()
{
    openReview(m_sample);
    askFor({}, QStringLiteral("s3:PutObject"), QStringLiteral("arn:aws:s3:::acme-archive-123456789012/2026/12/05.log"));
    const Explanation want = expected();
    QCOMPARE(want.decision, Decision::ImplicitlyDenied);
    QCOMPARE(m_panel->explanation().decision, want.decision);
    QCOMPARE(child<QLabel>("explainDecision")->text(), ExplainPanel::decisionText(want));
    QVERIFY(want.matched.empty());
    QVERIFY(!want.notMatched.empty());
    const QString text = details();
    for (const StatementTrace& s : want.notMatched)
        QVERIFY2(text.contains(mismatchText(s, want.action, want.resource)), qPrintable(text));
    QVERIFY(!child<QWidget>("explainFixes")->isVisible()); // nothing to deny
}

void TestExplainPanel::conditionsShowTheRequestValue()
{
    openReview(m_northwind);
    askFor({}, QStringLiteral("kms:Decrypt"), kKey);
    const Explanation without = expected();
    QCOMPARE(m_panel->explanation().decision, without.decision);
    QCOMPARE(without.decision, Decision::ImplicitlyDenied);
    QVERIFY2(details().contains(QStringLiteral("✗ fails")), qPrintable(details()));
    QVERIFY(details().contains(QStringLiteral("kms:ViaService")));

    const int row = m_panel->contextModel()->addEntry(
        { QStringLiteral("kms:ViaService"), QStringLiteral("s3.us-east-1.amazonaws.com") });
    QCOMPARE(row, 0);
    QTest::mouseClick(child<QPushButton>("explainAsk"), Qt::LeftButton);
    const Explanation with = expected();
    QCOMPARE(with.decision, Decision::Allowed);
    QCOMPARE(m_panel->explanation().decision, with.decision);
    const QString text = details();
    QVERIFY2(text.contains(QStringLiteral("✓ holds")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"s3.us-east-1.amazonaws.com\"")));

    // The NotResource deny, explicitly.
    askFor({}, QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::acme-payroll/q4.csv"));
    const Explanation denied = expected();
    QCOMPARE(denied.decision, Decision::ExplicitlyDenied);
    QCOMPARE(m_panel->explanation().decision, denied.decision);
    QVERIFY(child<QLabel>("explainDecision")->text().startsWith(QLatin1String("Denied explicitly")));
}

void TestExplainPanel::boundaryBeingComposedIsApplied()
{
    openReview(m_sample);
    m_document->pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:*" }));
    askFor({}, QStringLiteral("kms:Decrypt"), kKey);
    QCOMPARE(m_panel->explanation().decision, Decision::Allowed); // unchecked: the draft does not count
    QCOMPARE(m_panel->explanation().decision, expected().decision);
    child<QCheckBox>("explainUseBoundary")->setChecked(true);
    QTest::mouseClick(child<QPushButton>("explainAsk"), Qt::LeftButton);
    const Explanation want = expected();
    QCOMPARE(want.decision, Decision::ExplicitlyDenied);
    QCOMPARE(m_panel->explanation().decision, want.decision);
    QCOMPARE(m_panel->explanation().matched, want.matched);
    QVERIFY(details().contains(QLatin1String("boundary being composed")));
}

void TestExplainPanel::principalOfAResourcePolicy()
{
    openReview(m_sample);
    QVERIFY(!child<QLineEdit>("explainPrincipal")->isEnabled()); // a role: no statement names a principal

    const std::shared_ptr<const Review> reports = loadSharedReview({ kReports }, {});
    openReview(reports);
    auto* subjects = child<QComboBox>("explainSubject");
    const int grantee = subjects->findData(QStringLiteral("ReportsBucketPolicy"));
    QVERIFY(grantee >= 0);
    subjects->setCurrentIndex(grantee);
    auto* principal = child<QLineEdit>("explainPrincipal");
    QVERIFY(principal->isEnabled());
    m_panel->contextModel()->addEntry({ QStringLiteral("s3:prefix"), QStringLiteral("exports/") });
    const QString bucket = QStringLiteral("arn:aws:s3:::acme-billing-reports-123456789012");

    QTest::keyClicks(principal, QStringLiteral("arn:aws:iam::444455556666:role/NorthwindExport"));
    askFor(QStringLiteral("ReportsBucketPolicy"), QStringLiteral("s3:ListBucket"), bucket);
    Explanation want = expected();
    QCOMPARE(want.decision, Decision::ImplicitlyDenied);
    QCOMPARE(m_panel->explanation().decision, want.decision);
    const auto principalReason = std::find_if(want.notMatched.begin(), want.notMatched.end(),
        [](const StatementTrace& s) { return s.mismatch == StatementMismatch::Principal; });
    QVERIFY(principalReason != want.notMatched.end());
    QVERIFY(details().contains(mismatchText(*principalReason, want.action, want.resource)));

    principal->setText(QStringLiteral("arn:aws:iam::555566667777:role/ContosoReportsReader"));
    QTest::mouseClick(child<QPushButton>("explainAsk"), Qt::LeftButton);
    want = expected();
    QCOMPARE(want.decision, Decision::Allowed);
    QCOMPARE(m_panel->explanation().decision, want.decision);
    QCOMPARE(want.boundarySource, std::string("not-applicable"));
    QVERIFY(!child<QWidget>("explainFixes")->isVisible()); // no boundary limits a grantee
}

// sts:GetCallerIdentity is allowed to every caller, even under a deny of the boundary being composed.
void TestExplainPanel::actionThatNeedsNoPermission()
{
    openReview(m_sample);
    m_document->pushBoundaryEdit(BoundaryEdit::denyActions({ "sts:*" }));
    child<QCheckBox>("explainUseBoundary")->setChecked(true);
    askFor({}, QStringLiteral("sts:GetCallerIdentity"), QStringLiteral("*"));
    const Explanation want = expected();
    QVERIFY(want.needsNoPermission);
    QCOMPARE(want.decision, Decision::Allowed);
    QCOMPARE(m_panel->explanation().decision, want.decision);
    const QString decision = child<QLabel>("explainDecision")->text();
    QCOMPARE(decision, ExplainPanel::decisionText(want));
    QVERIFY2(decision.contains(QLatin1String("needs no permission")), qPrintable(decision));
    QVERIFY(applyButtons().isEmpty());
}

void TestExplainPanel::actionCompletionAndResourceTemplates()
{
    openReview(m_sample);
    auto* action = child<QLineEdit>("explainAction");
    QCompleter* completer = action->completer();
    QVERIFY(completer);
    QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);
    QCOMPARE(completer->filterMode(), Qt::MatchContains);
    QCOMPARE(completer->model()->rowCount(), Catalog::bundled().actionCount());
    completer->setCompletionPrefix(QStringLiteral("DECRYPT"));
    QStringList found;
    for (int i = 0; completer->setCurrentRow(i); ++i)
        found << completer->currentCompletion();
    QVERIFY2(found.contains(QStringLiteral("kms:Decrypt")), qPrintable(found.join(QLatin1Char(' '))));
    for (const QString& name : found)
        QVERIFY(name.contains(QLatin1String("decrypt"), Qt::CaseInsensitive));

    QTest::keyClicks(action, QStringLiteral("kms:decrypt"));
    auto* resource = child<QComboBox>("explainResource");
    const std::vector<std::string> templates = resourceTemplates(Catalog::bundled(), "kms:decrypt");
    QVERIFY(!templates.empty());
    QCOMPARE(resource->count(), static_cast<int>(templates.size()));
    for (size_t i = 0; i < templates.size(); ++i)
        QCOMPARE(resource->itemText(static_cast<int>(i)), QString::fromStdString(templates[i]));
    QVERIFY(resource->currentText().isEmpty()); // offered, not typed for the reviewer

    action->setText(QStringLiteral("sts:GetCallerIdentity")); // takes no resource
    QCOMPARE(resource->count(), 1);
    QCOMPARE(resource->itemText(0), QStringLiteral("*"));
}

void TestExplainPanel::contextKeysModel()
{
    ContextKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEntry({ QStringLiteral("aws:SourceIp"), QStringLiteral("192.0.2.1") });
    model.addEntry({ QStringLiteral("AWS:SOURCEIP"), QStringLiteral("198.51.100.7") });
    model.addEntry({ QStringLiteral("  "), QStringLiteral("ignored") });
    model.addEntry();
    QVERIFY(model.setData(model.index(3, ContextKeysModel::KeyColumn), QStringLiteral(" aws:ResourceTag/team ")));
    QVERIFY(model.setData(model.index(3, ContextKeysModel::ValueColumn), QStringLiteral("observability")));
    const RequestContext context = model.context();
    const std::vector<std::string>* ips = context.find("aws:sourceip");
    QVERIFY(ips);
    QCOMPARE(*ips, (std::vector<std::string> { "192.0.2.1", "198.51.100.7" }));
    QVERIFY(context.find("aws:ResourceTag/team"));
    QCOMPARE(context.find("aws:ResourceTag/team")->front(), std::string("observability"));
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.context().contains("aws:SourceIp"));

    // Add Key and Remove Key in the panel.
    openReview(m_sample);
    QTest::mouseClick(child<QPushButton>("explainAddKey"), Qt::LeftButton);
    QCOMPARE(m_panel->contextModel()->rowCount(), 1);
    child<QTableView>("explainContext")->setCurrentIndex(m_panel->contextModel()->index(0, 0));
    QTest::mouseClick(child<QPushButton>("explainRemoveKey"), Qt::LeftButton);
    QCOMPARE(m_panel->contextModel()->rowCount(), 0);
}

void TestExplainPanel::locationLinkJumps()
{
    openReview(m_sample);
    askFor({}, QStringLiteral("kms:Decrypt"), kKey);
    QSignalSpy jumps(m_panel.get(), &ExplainPanel::locationActivated);
    auto* browser = child<QTextBrowser>("explainDetails");
    QVERIFY(browser->toHtml().contains(QLatin1String("loc:m0")));
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("loc:m0")));
    QCOMPARE(jumps.size(), 1);
    const StatementTrace& s = m_panel->explanation().matched.front();
    QCOMPARE(jumps.front().at(0).toString(), s.file);
    QCOMPARE(jumps.front().at(1).toInt(), s.location.line);
    QCOMPARE(jumps.front().at(2).toInt(), s.location.column);
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("loc:n9999"))); // out of range: ignored
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("https://example.com/")));
    QCOMPARE(jumps.size(), 1);
}

void TestExplainPanel::badQuestionIsAnErrorNotACrash()
{
    openReview(m_sample);
    askFor({}, QStringLiteral("kms:Decrpyt"), kKey);
    const Explanation want = expected();
    QVERIFY(!want.ok());
    QVERIFY(!m_panel->explanation().ok());
    QVERIFY(child<QLabel>("explainDecision")->text().contains(want.error));
    QVERIFY(details().isEmpty());
    askFor({}, QStringLiteral("kms:Decrypt"), QString()); // no resource
    QVERIFY(!m_panel->explanation().ok());
}

void TestExplainPanel::explainFromAFinding()
{
    MainWindow window;
    window.setPrompts(std::make_unique<NoPrompts>());
    window.resize(1280, 720);
    window.show();
    window.openPathsNow({ kSample });
    const Review* review = window.document()->review();
    QVERIFY(review);
    int finding = -1;
    for (size_t i = 0; i < review->analysis.findings.size() && finding < 0; ++i)
        if (review->analysis.findings[i].rule == "kms-decrypt-any-key")
            finding = static_cast<int>(i);
    QVERIFY(finding >= 0);
    const ExplainQuestion question
        = questionFromFinding(Catalog::bundled(), review->analysis.findings[size_t(finding)]);
    QVERIFY(!question.action.empty());

    window.showView(MainWindow::View::Findings);
    window.document()->setCurrentFinding(finding);
    auto* explain = window.findChild<QAction*>(QStringLiteral("actionExplainFinding"));
    QVERIFY(explain);
    QVERIFY(explain->isEnabled());
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("explainFindingButton"))->isEnabled());
    explain->trigger();

    QCOMPARE(window.currentView(), MainWindow::View::Explain);
    ExplainPanel* panel = window.explainPanel();
    QCOMPARE(panel->findChild<QComboBox*>(QStringLiteral("explainSubject"))->currentData().toString(),
        QString::fromStdString(question.subject));
    QCOMPARE(
        panel->findChild<QLineEdit*>(QStringLiteral("explainAction"))->text(), QString::fromStdString(question.action));
    QCOMPARE(panel->findChild<QComboBox*>(QStringLiteral("explainResource"))->currentText(),
        QString::fromStdString(question.resource));
    QVERIFY(panel->hasAnswer());
    const Explanation want = explainRequest(Catalog::bundled(), review->package, panel->question());
    QCOMPARE(panel->explanation().decision, want.decision);
    QCOMPARE(panel->explanation().matched, want.matched);
}

void TestExplainPanel::findingWithoutAQuestionCannotBeExplained()
{
    MainWindow window;
    window.setPrompts(std::make_unique<NoPrompts>());
    window.openPathsNow({ kSample });
    const Review* review = window.document()->review();
    int finding = -1;
    for (size_t i = 0; i < review->analysis.findings.size() && finding < 0; ++i)
        if (questionFromFinding(Catalog::bundled(), review->analysis.findings[i]).action.empty())
            finding = static_cast<int>(i);
    QVERIFY2(finding >= 0, "the sample has a trust finding");
    window.document()->setCurrentFinding(finding);
    auto* explain = window.findChild<QAction*>(QStringLiteral("actionExplainFinding"));
    QVERIFY(!explain->isEnabled());
    const QString why = ExplainPanel::whyNoQuestion(review->analysis.findings[size_t(finding)]);
    QVERIFY(!why.isEmpty());
    QCOMPARE(explain->toolTip(), why);
    auto* button = window.findChild<QPushButton*>(QStringLiteral("explainFindingButton"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), why);
}

void TestExplainPanel::reviewMenuShowsThePanel()
{
    MainWindow window;
    window.setPrompts(std::make_unique<NoPrompts>());
    window.show();
    window.openPathsNow({ kSample });
    auto* action = window.findChild<QAction*>(QStringLiteral("actionExplain"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QCOMPARE(window.currentView(), MainWindow::View::Dashboard);
    action->trigger();
    QCOMPARE(window.currentView(), MainWindow::View::Explain);
    QCOMPARE(MainWindow::viewFromKey(QStringLiteral("explain")), MainWindow::View::Explain);
    QCOMPARE(MainWindow::viewKey(MainWindow::View::Explain), QStringLiteral("explain"));
}

void TestExplainPanel::fitsSmallScreens_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

// The panel with an answer fits a laptop screen; its inputs and the Ask button stay visible.
void TestExplainPanel::fitsSmallScreens()
{
    QFETCH(QSize, screen);
    MainWindow window;
    window.setPrompts(std::make_unique<NoPrompts>());
    window.resize(screen);
    window.show();
    window.openPathsNow({ kSample });
    window.showView(MainWindow::View::Explain);
    ExplainPanel* panel = window.explainPanel();
    ExplainQuestion question;
    question.action = "kms:Decrypt";
    question.resource = kKey.toStdString();
    panel->setQuestion(question);
    panel->ask();
    window.resize(screen);
    QCoreApplication::processEvents();
    // For looking at: GRANTSCOPE_SHOT_DIR=/tmp/shots writes explain-answer-WxH.png.
    if (const QString dir = qEnvironmentVariable("GRANTSCOPE_SHOT_DIR"); !dir.isEmpty())
        window.grab().save(
            QStringLiteral("%1/explain-answer-%2x%3.png").arg(dir).arg(screen.width()).arg(screen.height()));
    QVERIFY2(window.width() <= screen.width(), qPrintable(QString::number(window.width())));
    QVERIFY2(window.height() <= screen.height(), qPrintable(QString::number(window.height())));
    for (const char* name :
        { "explainSubject", "explainAction", "explainResource", "explainAsk", "explainDecision", "explainApplyFix0" }) {
        auto* w = panel->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(w && w->isVisible(), name);
        const QRect inPanel(w->mapTo(panel, QPoint(0, 0)), w->size());
        QVERIFY2(panel->rect().contains(inPanel), qPrintable(QStringLiteral("%1 clipped").arg(QLatin1String(name))));
        QVERIFY2(w->height() >= w->minimumSizeHint().height(), name);
    }
}

QTEST_MAIN(TestExplainPanel)
#include "tst_explainpanel.moc"
