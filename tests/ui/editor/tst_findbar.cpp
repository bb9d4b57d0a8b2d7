// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/FindBar.h"
#include "editor/PolicyEditor.h"
#include "editor/PolicyEditorPanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace grantscope::ui;

class TestFindBar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlFOpensAndTypingFinds();
    void f3StepsThroughMatches();
    void caseToggle();
    void noMatchIsReported();
    void escapeCloses();

private:
    void open(); // Ctrl+F in the editor
    PolicyEditorPanel* m_panel = nullptr;
    FindBar* m_bar = nullptr;
    QLineEdit* m_edit = nullptr;
};

void TestFindBar::init()
{
    m_panel = new PolicyEditorPanel;
    m_panel->resize(800, 600);
    QVERIFY(m_panel->showFile(
        QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml")));
    m_panel->show();
    QApplication::setActiveWindow(m_panel);
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    m_bar = m_panel->findChild<FindBar*>(QStringLiteral("findBar"));
    QVERIFY(m_bar);
    m_edit = m_bar->findChild<QLineEdit*>(QStringLiteral("editorFind"));
    QVERIFY(m_edit);
    QVERIFY(m_bar->isHidden());
}

void TestFindBar::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestFindBar::open()
{
    m_panel->editor()->setFocus();
    QTRY_VERIFY(m_panel->editor()->hasFocus());
    QTest::keyClick(m_panel->editor(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_bar->isVisible());
    QTRY_VERIFY(m_edit->hasFocus());
}

void TestFindBar::ctrlFOpensAndTypingFinds()
{
    open();
    QSignalSpy searched(m_bar, &FindBar::searched);
    QTest::keyClicks(m_edit, QStringLiteral("kms:CreateGrant"));
    QVERIFY(!searched.isEmpty());
    QCOMPARE(searched.last().at(0).toBool(), true);
    PolicyEditor* editor = m_panel->editor();
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("kms:CreateGrant"));
    QCOMPARE(editor->currentLine(), 71);
    QCOMPARE(editor->searchMatchCount(), 1);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 1"));
}

void TestFindBar::f3StepsThroughMatches()
{
    open();
    QTest::keyClicks(m_edit, QStringLiteral("kms:"));
    PolicyEditor* editor = m_panel->editor();
    QCOMPARE(editor->searchMatchCount(), 3);
    QCOMPARE(editor->currentLine(), 70);
    QTest::keyClick(m_edit, Qt::Key_F3);
    QCOMPARE(editor->currentLine(), 71);
    QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 3"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(editor->currentLine(), 72);
    QTest::keyClick(m_edit, Qt::Key_F3); // wraps to the first match
    QCOMPARE(editor->currentLine(), 70);
    QTest::keyClick(m_edit, Qt::Key_F3, Qt::ShiftModifier); // and back
    QCOMPARE(editor->currentLine(), 72);
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(editor->currentLine(), 71);
    // Away from the matches, the status counts them.
    editor->goToLine(1, 1);
    QCOMPARE(m_bar->statusText(), QStringLiteral("3 matches"));
    editor->goToLine(70, 22); // just past the first match
    // F3 works from the editor too.
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_F3);
    QCOMPARE(editor->currentLine(), 71);
    QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 3"));
}

void TestFindBar::caseToggle()
{
    open();
    QTest::keyClicks(m_edit, QStringLiteral("KMS:CREATEGRANT"));
    QCOMPARE(m_panel->editor()->currentLine(), 71);
    auto* toggle = m_bar->findChild<QToolButton*>(QStringLiteral("findCaseSensitive"));
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(m_bar->caseSensitive());
    QCOMPARE(m_panel->editor()->searchMatchCount(), 0);
    QCOMPARE(m_bar->statusText(), QStringLiteral("No matches"));
}

void TestFindBar::noMatchIsReported()
{
    open();
    QSignalSpy searched(m_bar, &FindBar::searched);
    QTest::keyClicks(m_edit, QStringLiteral("iam:PassRole"));
    QCOMPARE(searched.last().at(0).toBool(), false);
    QCOMPARE(m_bar->statusText(), QStringLiteral("No matches"));
    QVERIFY(m_edit->palette().color(QPalette::Base) != m_panel->palette().color(QPalette::Base));
}

void TestFindBar::escapeCloses()
{
    open();
    QTest::keyClicks(m_edit, QStringLiteral("kms:"));
    QCOMPARE(m_panel->editor()->searchMatchCount(), 3);
    QTest::keyClick(m_edit, Qt::Key_Escape);
    QTRY_VERIFY(m_bar->isHidden());
    QCOMPARE(m_panel->editor()->searchMatchCount(), 0);
    QTRY_VERIFY(m_panel->editor()->hasFocus());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
