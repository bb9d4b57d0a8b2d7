// SPDX-License-Identifier: GPL-3.0-or-later
// FindingsView driven by objectName: filters, selection, details and the reviewer's verdict.
#include "boundary/BoundaryEdit.h"
#include "document/ReviewDocument.h"
#include "models/FindingsModel.h"
#include "views/FindingsView.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace grantscope;
using namespace grantscope::ui;

class TestFindingsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void widgetsHaveObjectNames();
    void searchFilters();
    void severityAndCategoryFilters();
    void clickShowsDetails();
    void selectFindingClearsHidingFilters();
    void decisionAndNote();
    void followsTheDocument();
    void detailsEscapePackageText();
    void detailsShowConditionAndSubjectKind();
    void boundaryEditsLeaveColumnWidthsAlone();

private:
    template <typename T> T* child(const char* name) const { return m_view->findChild<T*>(QLatin1String(name)); }
    int findingOf(const char* rule) const;
    int proxyRowOf(int finding) const;

    std::shared_ptr<const Review> m_sample;
    std::unique_ptr<ReviewDocument> m_document;
    std::unique_ptr<FindingsView> m_view;
};

void TestFindingsView::initTestCase()
{
    m_sample = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") }, {});
    QCOMPARE(m_sample->analysis.findings.size(), size_t(12));
}

void TestFindingsView::init()
{
    m_document = std::make_unique<ReviewDocument>();
    m_view = std::make_unique<FindingsView>(m_document.get());
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_document->setReview(m_sample);
}

void TestFindingsView::cleanup()
{
    m_view.reset();
    m_document.reset();
}

int TestFindingsView::findingOf(const char* rule) const
{
    const auto& findings = m_sample->analysis.findings;
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].rule == rule)
            return static_cast<int>(i);
    return -1;
}

int TestFindingsView::proxyRowOf(int finding) const
{
    const QAbstractItemModel* model = child<QTableView>("findingsTable")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(FindingsModel::FindingIndexRole).toInt() == finding)
            return row;
    return -1;
}

void TestFindingsView::widgetsHaveObjectNames()
{
    for (const char* name : { "severityFilter", "categoryFilter", "decisionFilter", "findingDecision" })
        QVERIFY2(child<QComboBox>(name), name);
    QVERIFY(child<QLineEdit>("findingsSearch"));
    QVERIFY(child<QTableView>("findingsTable"));
    QVERIFY(child<QTextBrowser>("findingDetails"));
    QVERIFY(child<QPlainTextEdit>("findingNote"));
    QTableView* table = child<QTableView>("findingsTable");
    QVERIFY(table->isSortingEnabled());
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table->model()->rowCount(), 12);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(FindingsModel::SeverityColumn));
    QCOMPARE(table->model()->index(0, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Critical));
    QVERIFY(!child<QComboBox>("findingDecision")->isEnabled()); // nothing selected yet
}

void TestFindingsView::searchFilters()
{
    QTableView* table = child<QTableView>("findingsTable");
    QLineEdit* search = child<QLineEdit>("findingsSearch");
    QTest::keyClicks(search, QStringLiteral("kms:decrypt"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QVERIFY(proxyRowOf(findingOf("kms-decrypt-any-key")) >= 0);
    QVERIFY(proxyRowOf(findingOf("infrastructure-write")) >= 0);
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 12);
    QTest::keyClicks(search, QStringLiteral("acme-archive"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(
        table->model()->index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("data-read-objects"));
}

void TestFindingsView::severityAndCategoryFilters()
{
    QTableView* table = child<QTableView>("findingsTable");
    QComboBox* severity = child<QComboBox>("severityFilter");
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Down); // Low and above
    QTest::keyClick(severity, Qt::Key_Down); // Medium and above
    QTest::keyClick(severity, Qt::Key_Down); // High and above
    QTRY_COMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(table->model()->index(row, 0).data(FindingsModel::SeverityRole).toInt() >= int(Severity::High));

    QComboBox* category = child<QComboBox>("categoryFilter");
    QVERIFY(category->findText(QStringLiteral("trust")) > 0);
    QVERIFY(category->findText(QStringLiteral("decryption")) > 0);
    category->setFocus();
    QTest::keyClicks(category, QStringLiteral("decr"));
    QTRY_COMPARE(category->currentText(), QStringLiteral("decryption"));
    QTRY_COMPARE(table->model()->rowCount(), 2);

    QTest::keyClick(severity, Qt::Key_Home); // All severities
    QTest::keyClicks(category, QStringLiteral("trust"));
    QTRY_COMPARE(table->model()->rowCount(), 2); // trust-root-principal and trust-weak-external-id (medium)
}

void TestFindingsView::clickShowsDetails()
{
    QTableView* table = child<QTableView>("findingsTable");
    QSignalSpy activated(m_view.get(), &FindingsView::findingActivated);
    const int kms = findingOf("kms-decrypt-any-key");
    const int row = proxyRowOf(kms);
    QVERIFY(row >= 0);
    const QRect rect = table->visualRect(table->model()->index(row, FindingsModel::TitleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), kms);
    QCOMPARE(m_view->currentFinding(), kms);
    QCOMPARE(m_document->currentFinding(), kms);

    const QString details = child<QTextBrowser>("findingDetails")->toPlainText();
    QVERIFY(details.contains(QStringLiteral("Decrypt with any KMS key")));
    QVERIFY(details.contains(QStringLiteral("EncryptedLogArchive")));
    QVERIFY(details.contains(QStringLiteral("AcmeTelemetryRead")));
    QVERIFY(details.contains(QStringLiteral("kms:decrypt")));
    QVERIFY(details.contains(m_sample->analysis.findings[static_cast<size_t>(kms)].mitigation.left(30)));
    QVERIFY(details.contains(QStringLiteral("https://docs.aws.amazon.com/kms/")));
    QVERIFY(details.contains(QStringLiteral("acme-observability-onboarding.yaml:70:21")));
    QVERIFY(child<QComboBox>("findingDecision")->isEnabled());

    // Moving down with the keyboard activates the next finding.
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_COMPARE(activated.size(), 2);
    QVERIFY(activated.at(1).at(0).toInt() != kms);
}

void TestFindingsView::selectFindingClearsHidingFilters()
{
    QTableView* table = child<QTableView>("findingsTable");
    QSignalSpy activated(m_view.get(), &FindingsView::findingActivated);
    QTest::keyClicks(child<QLineEdit>("findingsSearch"), QStringLiteral("kms"));
    QTRY_VERIFY(table->model()->rowCount() < 12);
    const int weak = findingOf("trust-weak-external-id");
    QCOMPARE(proxyRowOf(weak), -1);
    m_view->selectFinding(weak);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), weak);
    QCOMPARE(child<QLineEdit>("findingsSearch")->text(), QString());
    QCOMPARE(table->model()->rowCount(), 12);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(FindingsModel::FindingIndexRole).toInt(), weak);
    QVERIFY(child<QTextBrowser>("findingDetails")->toPlainText().contains(QStringLiteral("acme-1234")));
    m_view->selectFinding(weak); // already selected: no second signal
    QCOMPARE(activated.size(), 1);
}

void TestFindingsView::decisionAndNote()
{
    const int kms = findingOf("kms-decrypt-any-key");
    m_view->selectFinding(kms);
    QTRY_COMPARE(m_view->currentFinding(), kms);
    QSignalSpy verdicts(m_document.get(), &ReviewDocument::verdictChanged);
    QComboBox* decision = child<QComboBox>("findingDecision");
    decision->setFocus();
    QTest::keyClick(decision, Qt::Key_Down);
    QTRY_COMPARE(m_document->verdict(kms).decision, FindingDecision::AcceptedRisk);
    QCOMPARE(verdicts.last().at(0).toInt(), kms);

    QPlainTextEdit* note = child<QPlainTextEdit>("findingNote");
    QTest::keyClicks(note, QStringLiteral("only the archive key"));
    QTRY_COMPARE(m_document->verdict(kms).note, QStringLiteral("only the archive key"));
    QCOMPARE(m_document->verdict(kms).decision, FindingDecision::AcceptedRisk);
    QCOMPARE(note->toPlainText(), QStringLiteral("only the archive key")); // typing was not disturbed

    QTableView* table = child<QTableView>("findingsTable");
    const int row = proxyRowOf(kms);
    QCOMPARE(
        table->model()->index(row, FindingsModel::DecisionColumn).data().toString(), QStringLiteral("Accepted risk"));
    QCOMPARE(table->model()->index(row, FindingsModel::NoteColumn).data().toString(),
        QStringLiteral("only the archive key"));

    // Another finding shows its own (empty) verdict; coming back shows the stored one.
    const int weak = findingOf("trust-weak-external-id");
    m_view->selectFinding(weak);
    QTRY_COMPARE(m_view->currentFinding(), weak);
    QCOMPARE(decision->currentText(), QStringLiteral("Open"));
    QCOMPARE(note->toPlainText(), QString());
    m_view->selectFinding(kms);
    QTRY_COMPARE(note->toPlainText(), QStringLiteral("only the archive key"));
    QCOMPARE(decision->currentText(), QStringLiteral("Accepted risk"));

    // The decision filter hides what is decided.
    QComboBox* decisionFilter = child<QComboBox>("decisionFilter");
    decisionFilter->setCurrentIndex(decisionFilter->findData(int(FindingDecision::Open)));
    QTRY_COMPARE(table->model()->rowCount(), 11);
}

void TestFindingsView::followsTheDocument()
{
    QSignalSpy activated(m_view.get(), &FindingsView::findingActivated);
    const int weak = findingOf("trust-weak-external-id");
    m_document->setCurrentFinding(weak);
    QTRY_COMPARE(m_view->currentFinding(), weak);
    QCOMPARE(activated.size(), 1);
    // A verdict set elsewhere (e.g. a loaded session) shows in the pane.
    m_document->setVerdict(weak, { FindingDecision::ToMitigate, QStringLiteral("boundary denies it") });
    QTRY_COMPARE(child<QComboBox>("findingDecision")->currentText(), QStringLiteral("To mitigate"));
    QCOMPARE(child<QPlainTextEdit>("findingNote")->toPlainText(), QStringLiteral("boundary denies it"));
    // A new review clears the selection and the pane.
    m_document->setReview(m_sample);
    QTRY_COMPARE(m_view->currentFinding(), -1);
    QVERIFY(!child<QComboBox>("findingDecision")->isEnabled());
    QCOMPARE(child<QPlainTextEdit>("findingNote")->toPlainText(), QString());
}

void TestFindingsView::detailsEscapePackageText()
{
    auto review = std::make_shared<Review>();
    Finding f;
    f.rule = "<b>rule</b>";
    f.category = "trust";
    f.title = QStringLiteral("<img src=\"https://example.com/track.png\">Title");
    f.rationale = QStringLiteral("<script>alert(1)</script> & more");
    f.mitigation = QStringLiteral("<a href=\"https://example.com\">click</a>");
    f.severityReason = QStringLiteral("<i>reason</i>");
    f.actions = { "s3:<getobject>" };
    f.resources = { "arn:aws:s3:::<bucket>" };
    f.subject = "<Role>";
    f.file = QStringLiteral("<file>.yaml");
    f.evidence.push_back({ QStringLiteral("<file>.yaml"), { 3, 4 }, "<Policy>", "<Sid>", 0 });
    f.references = { "<https://example.com/ref>" };
    review->analysis.findings.push_back(f);
    m_document->setReview(review);
    m_view->selectFinding(0);
    QTRY_COMPARE(m_view->currentFinding(), 0);
    const QTextBrowser* details = child<QTextBrowser>("findingDetails");
    const QString text = details->toPlainText();
    // Every piece of markup from the package is shown as text, none is interpreted.
    for (const char* literal : { "<img src=\"https://example.com/track.png\">Title", "<script>alert(1)</script> & more",
             "<a href=\"https://example.com\">click</a>", "<i>reason</i>", "s3:<getobject>", "arn:aws:s3:::<bucket>",
             "<Role>", "<file>.yaml:3:4", "<Policy>", "<Sid>", "<https://example.com/ref>", "<b>rule</b>" })
        QVERIFY2(text.contains(QLatin1String(literal)), literal);
    const QString html = details->toHtml();
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("href=\"https://example.com\"")));
}

// The detail names the subject's kind and, for a grant created only under a condition, the condition.
void TestFindingsView::detailsShowConditionAndSubjectKind()
{
    m_document->setReview(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml") }, {}));
    const auto& findings = m_document->review()->analysis.findings;
    int user = -1;
    int role = -1;
    int notReviewed = -1;
    for (size_t i = 0; i < findings.size(); ++i) {
        if (findings[i].subject == "quillstack-legacy-agent" && !findings[i].condition.empty() && user < 0)
            user = static_cast<int>(i);
        if (findings[i].subject == "QuillstackIndexer" && role < 0)
            role = static_cast<int>(i);
        if (findings[i].rule == "package-unreviewed")
            notReviewed = static_cast<int>(i);
    }
    QVERIFY(user >= 0);
    QVERIFY(role >= 0);
    QVERIFY(notReviewed >= 0);
    QTextBrowser* details = child<QTextBrowser>("findingDetails");

    m_document->setCurrentFinding(user);
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("quillstack-legacy-agent (IAM user)")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Conditional: only when UseLegacyAgent=true")));
    if (!findings[static_cast<size_t>(user)].severityReason.isEmpty())
        QVERIFY(details->toPlainText().contains(findings[static_cast<size_t>(user)].severityReason));

    m_document->setCurrentFinding(role);
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("QuillstackIndexer (IAM role)")));
    QVERIFY(!details->toPlainText().contains(QStringLiteral("Conditional:")));

    m_document->setCurrentFinding(notReviewed);
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Not reviewed:")));
}

// A boundary edit recolours every row but changes no text: the widths stay as they are, including one the
// reviewer set by hand. A decision measures its own column (shown once some finding has one).
void TestFindingsView::boundaryEditsLeaveColumnWidthsAlone()
{
    QHeaderView* header = child<QTableView>("findingsTable")->horizontalHeader();
    header->resizeSection(FindingsModel::RuleColumn, 333);
    header->resizeSection(FindingsModel::SubjectColumn, 277);
    m_document->pushBoundaryEdit(BoundaryEdit::denyActions({ "kms:Decrypt" }));
    m_document->pushBoundaryEdit(BoundaryEdit::denyOnResources({ { "ec2:*", "*" } }));
    QCOMPARE(header->sectionSize(FindingsModel::RuleColumn), 333);
    QCOMPARE(header->sectionSize(FindingsModel::SubjectColumn), 277);

    QVERIFY(header->isSectionHidden(FindingsModel::DecisionColumn));
    m_document->setVerdict(findingOf("kms-decrypt-any-key"), { FindingDecision::AcceptedRisk, QString() });
    QVERIFY(!header->isSectionHidden(FindingsModel::DecisionColumn));
    QVERIFY(header->sectionSize(FindingsModel::DecisionColumn) > 0);
}

QTEST_MAIN(TestFindingsView)
#include "tst_findingsview.moc"
