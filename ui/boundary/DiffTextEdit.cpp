// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/DiffTextEdit.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

#include <algorithm>

namespace grantscope::ui {

namespace {

class Gutter : public QWidget {
public:
    explicit Gutter(DiffTextEdit* editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }

private:
    DiffTextEdit* m_editor;
};

} // namespace

DiffTextEdit::DiffTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void DiffTextEdit::setLineNumbers(std::vector<int> numbers)
{
    m_numbers = std::move(numbers);
    setViewportMargins(gutterWidth(), 0, 0, 0);
    m_gutter->update();
}

int DiffTextEdit::gutterWidth() const
{
    int largest = 1;
    for (int n : m_numbers)
        largest = std::max(largest, n);
    const int digits = static_cast<int>(QString::number(largest).size());
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 2);
}

void DiffTextEdit::setLineBackgrounds(std::vector<QColor> colours)
{
    m_backgrounds = std::move(colours);
    viewport()->update();
}

QColor DiffTextEdit::lineBackground(int block) const
{
    return block >= 0 && static_cast<size_t>(block) < m_backgrounds.size() ? m_backgrounds[static_cast<size_t>(block)]
                                                                           : QColor();
}

void DiffTextEdit::paintEvent(QPaintEvent* event)
{
    if (!m_backgrounds.empty()) {
        QPainter painter(viewport());
        QTextBlock block = firstVisibleBlock();
        QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        while (block.isValid() && rect.top() <= event->rect().bottom()) {
            const QColor colour = lineBackground(block.blockNumber());
            if (colour.isValid() && block.isVisible())
                painter.fillRect(QRectF(0, rect.top(), viewport()->width(), rect.height()), colour);
            block = block.next();
            rect.translate(0, rect.height());
            if (block.isValid())
                rect.setHeight(blockBoundingRect(block).height());
        }
    }
    QPlainTextEdit::paintEvent(event);
}

void DiffTextEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void DiffTextEdit::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const size_t n = static_cast<size_t>(block.blockNumber());
        if (block.isVisible() && n < m_numbers.size() && m_numbers[n] > 0)
            painter.drawText(0, top, m_gutter->width() - 4, height, Qt::AlignRight | Qt::AlignVCenter,
                QString::number(m_numbers[n]));
        block = block.next();
        top += height;
    }
}

} // namespace grantscope::ui
