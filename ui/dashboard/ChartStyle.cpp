// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/ChartStyle.h"

#include "style/Palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace grantscope::ui {

bool ChartStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor ChartStyle::mix(const QColor& a, const QColor& b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(a.redF() * k + b.redF() * amountOfB),
        static_cast<float>(a.greenF() * k + b.greenF() * amountOfB),
        static_cast<float>(a.blueF() * k + b.blueF() * amountOfB));
}

void ChartStyle::prepare(QChart* chart, const QPalette& palette)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    // The theme gets close; the palette's own colours make the chart sit on the page like any widget.
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(window);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setTitleBrush(text);
    QFont titleFont; // the application font, not the theme's
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(QFont());
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void ChartStyle::styleAxis(QAbstractAxis* axis, const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    axis->setLabelsBrush(text);
    axis->setLabelsFont(QFont());
    axis->setTitleBrush(mix(window, text, 0.7));
    axis->setLinePen(QPen(mix(window, text, 0.35), 1));
    axis->setGridLinePen(QPen(mix(window, text, 0.12), 1));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

void ChartStyle::setCountRange(QValueAxis* axis, int max)
{
    max = std::max(max, 1);
    // A step of 1, 2 or 5 times a power of ten, so that about five integer ticks cover the range.
    int step = 1;
    for (int magnitude = 1; step * 5 < max; magnitude *= 10) {
        for (int m : { 1, 2, 5 }) {
            step = m * magnitude;
            if (step * 5 >= max)
                break;
        }
    }
    const int top = (max + step - 1) / step * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

QColor ChartStyle::accessLevelColor(AccessLevel level, const QPalette& palette)
{
    return style::accessLevelColor(level, palette);
}

} // namespace grantscope::ui
