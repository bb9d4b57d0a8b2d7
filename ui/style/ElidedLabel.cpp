// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/ElidedLabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace grantscope::ui {

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget* parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for an ellipsis and a letter or two; the layout gives it more when it has more.
    return { fontMetrics().horizontalAdvance(QStringLiteral("M…")), QLabel::minimumSizeHint().height() };
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), m_mode, area.width());
    QStyleOption option;
    option.initFrom(this);
    style()->drawItemText(
        &painter, area, static_cast<int>(alignment()), option.palette, isEnabled(), shown, foregroundRole());
}

} // namespace grantscope::ui
