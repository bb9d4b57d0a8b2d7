// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/ReviewDocument.h"
#include "editor/EditorGutter.h"
#include "editor/PolicyEditor.h"
#include "editor/PolicyEditorPanel.h"

#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using namespace grantscope;
using namespace grantscope::ui;

class TestPolicyEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensReadOnly();
    void goToLinePlacesCursorAndCentres();
    void goToLineCountsCodePoints();
    void goToLineFlashesThenSettles();
    void markersFromTheAnalysis();
    void gutterShowsMarkerToolTip();
    void highlightsTheSample();
    void followsAPaletteChange();
    void searchHighlightCountsMatches();
    void findTextWrapsAround();

private:
    QString m_path;
    QString m_text;
    std::shared_ptr<const Review> m_review;
    PolicyEditor* m_editor = nullptr;
};

void TestPolicyEditor::initTestCase()
{
    m_path = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_text = QString::fromUtf8(file.readAll());
    m_review = loadSharedReview({ m_path }, LoadOptions {});
    QVERIFY(!m_review->analysis.findings.empty());
}

void TestPolicyEditor::init()
{
    m_editor = new PolicyEditor;
    m_editor->resize(800, 500);
    m_editor->openText(QStringLiteral("acme-observability-onboarding.yaml"), m_text, Syntax::Yaml);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestPolicyEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

void TestPolicyEditor::opensReadOnly()
{
    QCOMPARE(m_editor->objectName(), QStringLiteral("policyEditor"));
    QVERIFY(m_editor->isReadOnly());
    QCOMPARE(m_editor->blockCount(), static_cast<int>(m_text.count(QLatin1Char('\n'))) + 1);
    QCOMPARE(m_editor->syntax(), Syntax::Yaml);
    m_editor->setFocus();
    QTest::keyClicks(m_editor, QStringLiteral("typed"));
    QCOMPARE(m_editor->toPlainText(), m_text);
    QVERIFY(m_editor->gutter()->width() > 0);
    QCOMPARE(m_editor->viewport()->geometry().left(), m_editor->gutter()->geometry().right() + 1);
}

void TestPolicyEditor::goToLinePlacesCursorAndCentres()
{
    m_editor->goToLine(70, 21);
    QCOMPARE(m_editor->currentLine(), 70);
    QCOMPARE(m_editor->currentColumn(), 21);
    const QTextCursor cursor = m_editor->textCursor();
    QVERIFY(cursor.block().text().mid(cursor.positionInBlock()).startsWith(QStringLiteral("kms:Decrypt")));
    // Centred: line 70 is inside the viewport, not at its top or bottom edge.
    const QRect line = m_editor->lineRect(70);
    const QRect viewport = m_editor->viewport()->rect();
    QVERIFY(viewport.contains(line));
    QVERIFY(line.top() > viewport.height() / 4);
    QVERIFY(line.bottom() < viewport.height() * 3 / 4);
    QVERIFY(m_editor->verticalScrollBar()->value() > 0);

    // Out-of-range requests are clamped, never crash.
    m_editor->goToLine(10000, 500);
    QCOMPARE(m_editor->currentLine(), m_editor->blockCount());
    m_editor->goToLine(0, 0);
    QCOMPARE(m_editor->currentLine(), 1);
    QCOMPARE(m_editor->currentColumn(), 1);
}

void TestPolicyEditor::goToLineCountsCodePoints()
{
    // Columns count code points: "😀" is one column but two UTF-16 units.
    m_editor->openText(QStringLiteral("unicode.json"), QStringLiteral("{\n  \"é😀x\": 1\n}"), Syntax::Json);
    m_editor->goToLine(2, 6);
    QCOMPARE(m_editor->currentLine(), 2);
    QCOMPARE(m_editor->currentColumn(), 6);
    const QTextCursor cursor = m_editor->textCursor();
    QCOMPARE(cursor.block().text().at(cursor.positionInBlock()), QLatin1Char('x'));
}

void TestPolicyEditor::goToLineFlashesThenSettles()
{
    m_editor->goToLine(70, 21);
    QCOMPARE(m_editor->flashedLine(), 70);
    QTRY_COMPARE(m_editor->flashedLine(), 0);
    QCOMPARE(m_editor->currentLine(), 70);
}

void TestPolicyEditor::markersFromTheAnalysis()
{
    m_editor->setMarkers(PolicyEditorPanel::markersForFile(m_review->analysis, m_path));
    QVERIFY(!m_editor->markers().empty());
    // Line 70 (kms:Decrypt on every key) carries a critical finding, listed before the low one on the same line.
    const std::vector<PolicyEditor::Marker> at70 = m_editor->markersAt(70);
    QVERIFY(at70.size() >= 2);
    QCOMPARE(at70.front().severity, Severity::Critical);
    QCOMPARE(at70.back().severity, Severity::Low);
    const QString tip = m_editor->markerToolTip(70);
    QVERIFY2(tip.contains(QStringLiteral("Decrypt with any KMS key")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Critical")));
    QVERIFY(m_editor->markerToolTip(3).isEmpty());
    // Every finding in this file has its marker.
    for (const Finding& f : m_review->analysis.findings)
        if (f.file == m_path)
            QVERIFY(!m_editor->markersAt(f.location.line).empty());
    // Opening another text drops the markers of the previous one.
    m_editor->openText(QStringLiteral("other.json"), QStringLiteral("{}"), Syntax::Json);
    QVERIFY(m_editor->markers().empty());
}

void TestPolicyEditor::gutterShowsMarkerToolTip()
{
    m_editor->setMarkers(PolicyEditorPanel::markersForFile(m_review->analysis, m_path));
    m_editor->goToLine(70, 21);
    EditorGutter* gutter = m_editor->findChild<EditorGutter*>(QStringLiteral("editorGutter"));
    QVERIFY(gutter);
    const QRect line = m_editor->lineRect(70);
    QVERIFY(line.isValid());
    const QPoint pos(gutter->width() / 2, line.center().y());
    QCOMPARE(m_editor->lineAt(pos.y()), 70);
    QHelpEvent help(QEvent::ToolTip, pos, gutter->mapToGlobal(pos));
    QApplication::sendEvent(gutter, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Decrypt with any KMS key")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

namespace {

QTextCharFormat formatAt(const QTextBlock& block, int pos)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange& r : ranges)
        if (pos >= r.start && pos < r.start + r.length)
            return r.format;
    return {};
}

} // namespace

void TestPolicyEditor::highlightsTheSample()
{
    // Line 50: "        - PolicyName: AcmeTelemetryRead"
    const QTextBlock block = m_editor->document()->findBlockByNumber(49);
    const int key = static_cast<int>(block.text().indexOf(QStringLiteral("PolicyName")));
    const int value = static_cast<int>(block.text().indexOf(QStringLiteral("AcmeTelemetryRead")));
    QVERIFY(key > 0 && value > key);
    QTRY_VERIFY(!block.layout()->formats().isEmpty());
    const QTextCharFormat keyFormat = formatAt(block, key);
    const QTextCharFormat valueFormat = formatAt(block, value);
    QVERIFY(keyFormat.foreground() != valueFormat.foreground());
    QCOMPARE(keyFormat.foreground(), m_editor->highlighter()->format(SyntaxHighlighter::Token::Key).foreground());
    QCOMPARE(valueFormat.foreground(), m_editor->highlighter()->format(SyntaxHighlighter::Token::String).foreground());
    // Line 42: "              AWS: !Sub "arn:aws:iam::${AcmeAccountId}:root""
    const QTextBlock tagged = m_editor->document()->findBlockByNumber(41);
    QCOMPARE(formatAt(tagged, static_cast<int>(tagged.text().indexOf(QStringLiteral("!Sub")))).foreground(),
        m_editor->highlighter()->format(SyntaxHighlighter::Token::Tag).foreground());
}

void TestPolicyEditor::followsAPaletteChange()
{
    const QBrush lightKey = m_editor->highlighter()->format(SyntaxHighlighter::Token::Key).foreground();
    QPalette dark = m_editor->palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    m_editor->setPalette(dark);
    const QBrush darkKey = m_editor->highlighter()->format(SyntaxHighlighter::Token::Key).foreground();
    QVERIFY(darkKey != lightKey);
    QVERIFY(darkKey.color().lightnessF() > 0.5);
    const QTextBlock block = m_editor->document()->findBlockByNumber(49);
    QTRY_COMPARE(
        formatAt(block, static_cast<int>(block.text().indexOf(QStringLiteral("PolicyName")))).foreground(), darkKey);
}

void TestPolicyEditor::searchHighlightCountsMatches()
{
    QCOMPARE(m_editor->setSearchHighlight(QStringLiteral("kms:"), {}), 3);
    QCOMPARE(m_editor->setSearchHighlight(QStringLiteral("KMS:"), QTextDocument::FindCaseSensitively), 0);
    QCOMPARE(m_editor->setSearchHighlight(QString(), {}), 0);
}

void TestPolicyEditor::findTextWrapsAround()
{
    m_editor->goToLine(100, 1);
    QVERIFY(m_editor->findText(QStringLiteral("kms:CreateGrant"), {}));
    QCOMPARE(m_editor->currentLine(), 71);
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("kms:CreateGrant"));
    QVERIFY(!m_editor->findText(QStringLiteral("no such text"), {}));
}

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
