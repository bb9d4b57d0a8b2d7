// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/ThirdPartySummary.h"

#include "common/QtText.h"
#include "dashboard/ChartStyle.h"
#include "document/ReviewDocument.h"
#include "style/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace grantscope::ui {

namespace {

constexpr size_t kListed = 5;

// Worst severity first, then roles without findings: the chart's categories, top to bottom.
const std::optional<Severity> kRanks[]
    = { Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info, std::nullopt };

} // namespace

ThirdPartySummary::ThirdPartySummary(ReviewDocument* document, QWidget* parent)
    : QFrame(parent)
    , m_document(document)
    , m_text(new QLabel(this))
    , m_chart(new QChartView(new QChart, this))
{
    setObjectName(QStringLiteral("thirdPartySummary"));
    setAccessibleName(tr("Third parties"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("thirdPartySummaryText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setMinimumWidth(260);
    connect(m_text, &QLabel::linkActivated, this, [this] { Q_EMIT inventoryRequested(); });
    m_chart->setObjectName(QStringLiteral("thirdPartyChart"));
    m_chart->setAccessibleName(tr("Third-party roles by worst finding and activity"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setFrameShape(QFrame::NoFrame);
    m_chart->setMinimumHeight(220);
    m_chart->chart()->setAnimationOptions(QChart::NoAnimation);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_chart, 3);
    connect(document, &ReviewDocument::inventoryChanged, this, &ThirdPartySummary::update);
    update();
}

QString ThirdPartySummary::rolesText(int roles)
{
    return roles == 1 ? tr("1 role") : tr("%1 roles").arg(roles);
}

QString ThirdPartySummary::text() const
{
    return m_text->text();
}

void ThirdPartySummary::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_restyling) {
        m_restyling = true;
        rebuildChart();
        m_restyling = false;
    }
}

void ThirdPartySummary::update()
{
    setVisible(m_document->hasInventory());
    const Inventory& inventory = m_document->inventory();
    m_active.clear();
    m_inactive.clear();
    if (!m_document->hasInventory()) { // a vendor package: nothing to show, no chart to build
        m_text->clear();
        return;
    }
    for (const std::optional<Severity>& rank : kRanks) {
        int active = 0;
        int inactive = 0;
        for (const ThirdPartyRole& r : inventory.roles)
            if (r.worstSeverity == rank)
                ++(r.inactive ? inactive : active);
        m_active << active;
        m_inactive << inactive;
    }
    const bool dark = style::isDark(palette());
    const int roles = static_cast<int>(inventory.roles.size());
    QString html = QStringLiteral("<b>%1</b><br>").arg(tr("Third parties").toHtmlEscaped());
    const int parties = static_cast<int>(inventory.thirdParties.size());
    const QString partyCount = parties == 1 ? tr("1 third party") : tr("%1 third parties").arg(parties);
    html += tr("%1 can assume %2 of account %3.")
                .arg(partyCount, rolesText(roles), toQString(inventory.account))
                .toHtmlEscaped();
    html += QStringLiteral("<br>")
        + tr("%1 inactive (idle more than %2 days) · %3 without a strong External ID")
              .arg(inventory.inactiveRoles())
              .arg(inventory.idleDays)
              .arg(inventory.rolesWithoutExternalId())
              .toHtmlEscaped();
    if (!inventory.thirdParties.empty()) {
        html += QStringLiteral("<table style=\"margin-top:6px\" cellspacing=\"0\" cellpadding=\"2\">");
        for (size_t i = 0; i < inventory.thirdParties.size() && i < kListed; ++i) {
            const ThirdParty& p = inventory.thirdParties[i];
            const QString worst = p.worstSeverity ? QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                                        .arg(style::severityColor(*p.worstSeverity, dark).name(),
                                                            severityName(*p.worstSeverity).toHtmlEscaped())
                                                  : tr("no finding").toHtmlEscaped();
            html += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td><td>&nbsp;%3</td></tr>")
                        .arg(thirdPartyLabel(p.account, p.name).toHtmlEscaped(),
                            rolesText(static_cast<int>(p.roles.size())).toHtmlEscaped(), worst);
        }
        html += QStringLiteral("</table>");
        if (inventory.thirdParties.size() > kListed)
            html += tr("… and %1 more.").arg(inventory.thirdParties.size() - kListed).toHtmlEscaped();
    }
    html += QStringLiteral("<br><a href=\"inventory:\">%1</a>").arg(tr("Show every third party").toHtmlEscaped());
    m_text->setText(html);
    rebuildChart();
}

void ThirdPartySummary::rebuildChart()
{
    const QPalette pal = palette();
    QChart* chart = m_chart->chart();
    ChartStyle::prepare(chart, pal);
    chart->setTitle(tr("Third-party roles by worst finding"));
    QStringList categories;
    for (const std::optional<Severity>& rank : kRanks)
        categories << (rank ? severityName(*rank) : tr("None"));
    auto* active = new QBarSet(tr("Active"));
    auto* inactive = new QBarSet(tr("Inactive"));
    int max = 0;
    // Horizontal bars run bottom-up: the worst severity goes last to be drawn on top.
    QStringList shown;
    for (qsizetype i = categories.size() - 1; i >= 0; --i) {
        *active << m_active.value(i);
        *inactive << m_inactive.value(i);
        shown << categories.at(i);
        max = std::max(max, m_active.value(i) + m_inactive.value(i));
    }
    // No severity colour: the rows already are severities. Active in the text's colour, inactive paler.
    const QColor used = ChartStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.75);
    const QColor idle = ChartStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.3);
    active->setColor(used);
    active->setBorderColor(used);
    inactive->setColor(idle);
    inactive->setBorderColor(idle);
    auto* series = new QHorizontalStackedBarSeries;
    series->append(active);
    series->append(inactive);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(shown);
    axisY->setTruncateLabels(false);
    auto* axisX = new QValueAxis;
    ChartStyle::setCountRange(axisX, std::max(1, max));
    ChartStyle::styleAxis(axisY, pal);
    ChartStyle::styleAxis(axisX, pal);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace grantscope::ui
