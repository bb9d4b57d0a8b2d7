// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/FindBar.h"

#include "editor/PolicyEditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

namespace grantscope::ui {

namespace {

QToolButton* makeButton(QWidget* parent, const char* name, const QIcon& icon, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setIcon(icon);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

QShortcut* makeShortcut(QWidget* scope, const QList<QKeySequence>& keys)
{
    auto* s = new QShortcut(scope);
    s->setKeys(keys);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    return s;
}

} // namespace

FindBar::FindBar(PolicyEditor* editor, QWidget* shortcutScope, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_edit(new QLineEdit(this))
    , m_previous(makeButton(this, "findPrevious",
          QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)),
          tr("Previous match (Shift+F3)")))
    , m_next(makeButton(this, "findNext",
          QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)),
          tr("Next match (F3)")))
    , m_case(makeButton(this, "findCaseSensitive", QIcon(), tr("Match case")))
    , m_close(makeButton(this, "findClose",
          QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)),
          tr("Close (Escape)")))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("editorFind"));
    m_edit->setPlaceholderText(tr("Find in file"));
    m_edit->setAccessibleName(tr("Find in file"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_case->setText(tr("Aa"));
    m_case->setCheckable(true);
    m_case->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("No matches")) + 8);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_case);
    layout->addWidget(m_status);
    layout->addStretch(0);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] { search(false, true); });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_case, &QToolButton::toggled, this, [this] { search(false, true); });
    // "2 of 5" follows the cursor, however it moves.
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!isHidden())
            updateStatus();
    });

    QWidget* scope = shortcutScope ? shortcutScope : editor;
    connect(makeShortcut(scope, { QKeySequence(QKeySequence::Find) }), &QShortcut::activated, this, &FindBar::activate);
    connect(makeShortcut(scope, { QKeySequence(Qt::Key_F3) }), &QShortcut::activated, this, &FindBar::findNext);
    connect(makeShortcut(scope, { QKeySequence(Qt::SHIFT | Qt::Key_F3) }), &QShortcut::activated, this,
        &FindBar::findPrevious);
    connect(makeShortcut(this, { QKeySequence(Qt::Key_Escape) }), &QShortcut::activated, this, &FindBar::dismiss);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString& text)
{
    m_edit->setText(text);
}

bool FindBar::caseSensitive() const
{
    return m_case->isChecked();
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::activate()
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    refreshHighlight();
    updateStatus();
}

void FindBar::findNext()
{
    if (isHidden() && m_edit->text().isEmpty()) {
        activate();
        return;
    }
    search(false, false);
}

void FindBar::findPrevious()
{
    if (isHidden() && m_edit->text().isEmpty()) {
        activate();
        return;
    }
    search(true, false);
}

void FindBar::dismiss()
{
    hide();
    m_editor->setSearchHighlight({}, {});
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStatus();
}

void FindBar::search(bool backward, bool fromSelectionStart)
{
    const QString term = m_edit->text();
    refreshHighlight();
    if (term.isEmpty()) {
        updateStatus();
        return;
    }
    QTextDocument::FindFlags flags;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (fromSelectionStart) {
        // While typing, the match grows where it is instead of jumping to the next one.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_editor->setTextCursor(cursor);
    }
    const bool found = m_editor->findText(term, flags);
    updateStatus();
    Q_EMIT searched(found);
}

void FindBar::refreshHighlight()
{
    QTextDocument::FindFlags flags;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    m_editor->setSearchHighlight(isHidden() ? QString() : m_edit->text(), flags);
}

void FindBar::updateStatus()
{
    QPalette pal = palette();
    const int count = m_editor->searchMatchCount();
    if (m_edit->text().isEmpty() || isHidden()) {
        m_status->clear();
    } else if (count == 0) {
        m_status->setText(tr("No matches"));
        // Tint the field towards red, but from the palette's own base so dark themes stay dark.
        const QColor base = pal.color(QPalette::Base);
        const QColor red(220, 50, 47);
        pal.setColor(QPalette::Base,
            QColor::fromRgbF(static_cast<float>(base.redF() * 0.75 + red.redF() * 0.25),
                static_cast<float>(base.greenF() * 0.75 + red.greenF() * 0.25),
                static_cast<float>(base.blueF() * 0.75 + red.blueF() * 0.25)));
    } else if (const int current = m_editor->currentMatchIndex(); current > 0) {
        m_status->setText(tr("%1 of %2").arg(current).arg(count));
    } else {
        m_status->setText(tr("%1 matches").arg(count));
    }
    m_edit->setPalette(pal);
}

} // namespace grantscope::ui
