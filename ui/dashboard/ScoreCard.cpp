// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/ScoreCard.h"

#include "style/Palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace grantscope::ui {

namespace {

constexpr int kBadgeSize = 64;

QFont scaled(const QFont& base, qreal factor, bool bold)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(base.pixelSize() * factor));
    f.setBold(bold);
    return f;
}

} // namespace

ScoreCard::ScoreCard(QWidget* parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_number(new QLabel(this))
    , m_outOf(new QLabel(this))
    , m_title(new QLabel(tr("Risk score"), this))
    , m_explanation(new QLabel(this))
    , m_facts(new QLabel(this))
{
    setObjectName(QStringLiteral("scoreCard"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_badge->setObjectName(QStringLiteral("scoreGrade"));
    m_badge->setFixedSize(kBadgeSize, kBadgeSize);
    m_number->setObjectName(QStringLiteral("scoreValue"));
    m_number->setFont(scaled(font(), 3.2, true));
    m_outOf->setObjectName(QStringLiteral("scoreOutOf"));
    m_outOf->setFont(scaled(font(), 1.2, false));
    m_outOf->setForegroundRole(QPalette::PlaceholderText);
    m_title->setFont(scaled(font(), 1.05, true));
    m_explanation->setObjectName(QStringLiteral("scoreExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setFont(scaled(font(), 1.1, false));
    m_facts->setObjectName(QStringLiteral("scoreFacts"));
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* l : { m_number, m_outOf, m_title, m_explanation, m_facts })
        l->setTextFormat(Qt::PlainText);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setHorizontalSpacing(14);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_badge, 0, 0, 3, 1, Qt::AlignVCenter);
    layout->addWidget(m_number, 0, 1, 3, 1, Qt::AlignVCenter);
    layout->addWidget(m_outOf, 0, 2, 3, 1, Qt::AlignBottom);
    layout->addWidget(m_title, 0, 3);
    layout->addWidget(m_explanation, 1, 3);
    layout->addWidget(m_facts, 2, 3);
    layout->setColumnStretch(3, 1);
    layout->setColumnMinimumWidth(2, 8);
    setScore(std::nullopt);
}

QColor ScoreCard::gradeColor(QChar grade)
{
    return style::toQColor(gradePalette(grade).light); // the report's grade colours: one table in core
}

void ScoreCard::setScore(const std::optional<RiskScore>& score, const QString& facts)
{
    m_score = score;
    if (score) {
        m_number->setText(QString::number(score->score));
        m_outOf->setText(tr("/ 100"));
        m_explanation->setText(score->explanation());
        m_badge->setAccessibleName(tr("Grade %1").arg(score->grade));
        m_badge->setToolTip(tr("Findings weigh by severity (critical 30, high 10, medium 3, low 1), each further one "
                               "a fifth less than the one before; the worst severity sets a floor, so one critical "
                               "finding alone gives F. Grades: A 0–14, B 15–39, C 40–59, D 60–74, F 75–100."));
    } else {
        m_number->setText(QStringLiteral("–"));
        m_outOf->clear();
        m_explanation->setText(tr("Open a vendor package to see how much risk the access it asks for carries."));
        m_badge->setAccessibleName(tr("No grade"));
        m_badge->setToolTip({});
    }
    m_facts->setText(facts);
    m_facts->setVisible(!facts.isEmpty());
    updateBadge();
}

void ScoreCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateBadge();
}

void ScoreCard::updateBadge()
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(kBadgeSize, kBadgeSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, kBadgeSize - 2, kBadgeSize - 2);
    if (m_score) {
        const QColor fill = gradeColor(m_score->grade);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(r, 12, 12);
        // Dark letters on the light yellows, white on the rest, for contrast in either theme.
        p.setPen(fill.lightnessF() > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
        p.setFont(scaled(font(), 2.6, true));
        p.drawText(r, Qt::AlignCenter, QString(m_score->grade));
    } else {
        const QColor text = palette().color(QPalette::WindowText);
        p.setPen(QPen(QColor(text.red(), text.green(), text.blue(), 90), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 12, 12);
    }
    p.end();
    m_badge->setPixmap(pixmap);
}

} // namespace grantscope::ui
