// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/EditorGutter.h"

#include "editor/PolicyEditor.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QTextBlock>
#include <QToolTip>

namespace grantscope::ui {

EditorGutter::EditorGutter(PolicyEditor* editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("editorGutter"));
    setAccessibleName(tr("Line numbers and finding markers"));
    setCursor(Qt::ArrowCursor);
}

QSize EditorGutter::sizeHint() const
{
    return { m_editor->gutterWidth(), 0 };
}

void EditorGutter::paintEvent(QPaintEvent* event)
{
    m_editor->paintGutter(event);
}

bool EditorGutter::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int line = m_editor->lineAt(help->pos().y());
        const QString text = line > 0 ? m_editor->markerToolTip(line) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, m_editor->lineRect(line));
        }
        return true;
    }
    return QWidget::event(event);
}

void EditorGutter::mousePressEvent(QMouseEvent* event)
{
    // A click on a line number puts the cursor on that line, as in most editors.
    const int line = m_editor->lineAt(event->position().toPoint().y());
    if (line > 0 && event->button() == Qt::LeftButton) {
        QTextCursor cursor(m_editor->document()->findBlockByNumber(line - 1));
        m_editor->setTextCursor(cursor);
        m_editor->setFocus(Qt::MouseFocusReason);
    }
    QWidget::mousePressEvent(event);
}

} // namespace grantscope::ui
