// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardView.h"

#include "dashboard/AccessLevelByServiceModel.h"
#include "dashboard/CategoryCountModel.h"
#include "dashboard/ChartStyle.h"
#include "dashboard/ScoreCard.h"
#include "dashboard/SeverityCountModel.h"
#include "dashboard/ThirdPartySummary.h"
#include "document/ReviewDocument.h"
#include "models/FindingsModel.h"
#include "report/SignOffPanel.h"
#include "report/SubjectLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace grantscope::ui {

namespace {

QChartView* makeChartView(const char* name, const QString& accessibleName, int minimumHeight, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(minimumHeight);
    return view;
}

// Re-draws a chart whenever its model changes in any way.
template <typename Model, typename F> void follow(Model* model, QObject* context, F rebuild)
{
    QObject::connect(model, &QAbstractItemModel::modelReset, context, rebuild);
    QObject::connect(model, &QAbstractItemModel::dataChanged, context, rebuild);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, rebuild);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, rebuild);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, rebuild);
}

QBarSet* makeSet(const QString& label, const QColor& color)
{
    auto* set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    // Value labels sit inside the bars: dark on light fills, white on the rest.
    set->setLabelColor(color.lightnessF() > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    return set;
}

// Hovering a bar segment names its category, set and value: segments of a few actions are thin.
void addHoverTips(QAbstractBarSeries* series, const QStringList& categories, QWidget* view)
{
    QObject::connect(
        series, &QAbstractBarSeries::hovered, series, [categories, view](bool status, int index, QBarSet* set) {
            if (!status || index < 0 || index >= categories.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                DashboardView::tr("%1 · %2: %3").arg(categories.at(index), set->label()).arg(set->at(index)), view);
        });
}

} // namespace

DashboardView::DashboardView(ReviewDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_severityModel(new SeverityCountModel(document, this))
    , m_categoryModel(new CategoryCountModel(document, this))
    , m_accessModel(new AccessLevelByServiceModel(document, this))
    , m_scoreCard(new ScoreCard(this))
    , m_notReviewed(new QLabel(this))
    , m_thirdParties(new ThirdPartySummary(document, this))
    , m_severityView(makeChartView("severityChart", tr("Findings by severity"), 260, this))
    , m_categoryView(makeChartView("categoryChart", tr("Findings by category"), 260, this))
    , m_accessView(makeChartView("accessLevelChart", tr("Granted actions by service and access level"), 380, this))
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Dashboard"));

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setSpacing(12);
    m_notReviewed->setObjectName(QStringLiteral("notReviewedBanner"));
    m_notReviewed->setAccessibleName(tr("Not reviewed"));
    m_notReviewed->setWordWrap(true);
    m_notReviewed->setTextFormat(Qt::RichText);
    m_notReviewed->setStyleSheet(QStringLiteral("QLabel { border: 2px solid #b91c1c; background: #fef2f2; color: "
                                                "#450a0a; padding: 8px; border-radius: 4px; }"));
    m_notReviewed->hide();
    // A link opens the finding: the window shows it in the findings view and the source.
    connect(m_notReviewed, &QLabel::linkActivated, this, [this](const QString& link) {
        bool ok = false;
        const int finding = link.mid(link.indexOf(QLatin1Char(':')) + 1).toInt(&ok);
        if (ok)
            m_document->setCurrentFinding(finding);
    });
    grid->addWidget(m_notReviewed, 0, 0, 1, 2);
    grid->addWidget(m_scoreCard, 1, 0, 1, 2);
    // An account export: who from outside can get in, before the package-wide figures.
    grid->addWidget(m_thirdParties, 2, 0, 1, 2);
    connect(m_thirdParties, &ThirdPartySummary::inventoryRequested, this, &DashboardView::inventoryRequested);
    // What the report will recommend, and who signs it, beside the score it follows from.
    grid->addWidget(new SignOffPanel(document, content), 3, 0, 1, 2);
    grid->addWidget(m_severityView, 4, 0);
    grid->addWidget(m_categoryView, 4, 1);
    grid->addWidget(m_accessView, 5, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 2);
    grid->setRowStretch(5, 3);
    for (QWidget* w : { static_cast<QWidget*>(m_severityView), static_cast<QWidget*>(m_categoryView),
             static_cast<QWidget*>(m_accessView) })
        w->setParent(content);
    m_scoreCard->setParent(content);
    m_notReviewed->setParent(content);
    m_thirdParties->setParent(content);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    follow(m_severityModel, this, [this] { rebuildSeverityChart(); });
    follow(m_categoryModel, this, [this] { rebuildCategoryChart(); });
    follow(m_accessModel, this, [this] { rebuildAccessChart(); });
    connect(document, &ReviewDocument::reviewChanged, this, &DashboardView::updateScore);
    connect(document, &ReviewDocument::reviewChanged, this, &DashboardView::updateNotReviewed);
    connect(document, &ReviewDocument::verdictChanged, this, &DashboardView::updateScore);
    updateScore();
    updateNotReviewed();
    rebuildAll();
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_restyling) {
        m_restyling = true;
        rebuildAll();
        m_scoreCard->update();
        m_restyling = false;
    }
}

void DashboardView::rebuildAll()
{
    rebuildSeverityChart();
    rebuildCategoryChart();
    rebuildAccessChart();
}

void DashboardView::updateScore()
{
    const Review* review = m_document->review();
    if (!review) {
        m_score.reset();
        m_scoreCard->setScore(std::nullopt);
        return;
    }
    m_score = m_document->residualRisk().before; // the report's score, by the same core function
    int roles = 0;
    int users = 0;
    int groups = 0;
    int resourcePolicies = 0;
    int conditional = 0;
    int granted = 0;
    for (const SubjectSummary& s : review->analysis.subjects) {
        roles += s.kind == "role" ? 1 : 0;
        users += s.kind == "user" ? 1 : 0;
        groups += s.kind == "group" ? 1 : 0;
        resourcePolicies += s.kind == "resource-policy" ? 1 : 0;
        conditional += s.condition.empty() ? 0 : 1;
        granted += s.grantedActions;
    }
    const QLocale locale;
    QString facts = tr("Roles: %1 · Actions granted: %2 · Findings: %3")
                        .arg(roles)
                        .arg(locale.toString(granted))
                        .arg(review->analysis.findings.size());
    QStringList others;
    if (users > 0)
        others << tr("IAM users: %1").arg(users);
    if (groups > 0)
        others << tr("IAM groups: %1").arg(groups);
    if (resourcePolicies > 0)
        others << tr("Resource policies letting outsiders in: %1").arg(resourcePolicies);
    if (conditional > 0)
        others << tr("Created only under a condition: %1").arg(conditional);
    if (!others.isEmpty())
        facts += QStringLiteral("\n") + others.join(QStringLiteral(" · "));
    m_scoreCard->setScore(m_score, facts);
}

void DashboardView::updateNotReviewed()
{
    const Review* review = m_document->review();
    const std::vector<size_t> indices = review ? notReviewedFindings(review->analysis) : std::vector<size_t> {};
    if (indices.empty()) {
        m_notReviewed->clear();
        m_notReviewed->hide();
        return;
    }
    constexpr size_t kListed = 6;
    QString html = QStringLiteral("<b>%1</b><br>%2<ul style=\"margin:4px 0 0 0\">")
                       .arg((indices.size() == 1 ? tr("Not reviewed: 1 part of the package")
                                                 : tr("Not reviewed: %1 parts of the package").arg(indices.size()))
                                .toHtmlEscaped(),
                           tr("They can grant access and the review could not read them; the score and the charts "
                              "below do not include what they grant.")
                               .toHtmlEscaped());
    for (size_t i = 0; i < indices.size() && i < kListed; ++i) {
        const Finding& f = review->analysis.findings[indices[i]];
        const QString what = QString::fromStdString(f.resources.empty() ? f.subject : f.resources.front());
        const QString where = QFileInfo(f.file).fileName()
            + (f.location.line > 0 ? QLatin1Char(':') + QString::number(f.location.line) : QString());
        html += QStringLiteral("<li><a href=\"finding:%1\">%2</a> — %3</li>")
                    .arg(QString::number(indices[i]), (what.isEmpty() ? where : what).toHtmlEscaped(),
                        where.toHtmlEscaped());
    }
    if (indices.size() > kListed)
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("… and %1 more in the findings").arg(indices.size() - kListed).toHtmlEscaped());
    m_notReviewed->setText(html + QStringLiteral("</ul>"));
    m_notReviewed->show();
}

void DashboardView::rebuildSeverityChart()
{
    const QPalette pal = palette();
    QChart* chart = m_severityView->chart();
    ChartStyle::prepare(chart, pal);
    chart->setTitle(tr("Findings by severity"));
    chart->legend()->hide();

    const int rows = m_severityModel->rowCount();
    QStringList categories;
    int max = 0;
    for (int r = 0; r < rows; ++r) {
        categories << m_severityModel->index(r, SeverityCountModel::SeverityColumn).data().toString();
        max = std::max(max, m_severityModel->count(r));
    }
    // One set per severity with a value only in its own column: each bar gets its severity's colour.
    auto* series = new QStackedBarSeries;
    for (int r = 0; r < rows; ++r) {
        const auto severity
            = static_cast<Severity>(m_severityModel->index(r, 0).data(SeverityCountModel::SeverityRole).toInt());
        QBarSet* set = makeSet(categories.at(r), FindingsModel::severityColor(severity));
        for (int c = 0; c < rows; ++c)
            set->append(c == r ? m_severityModel->count(r) : 0);
        series->append(set);
    }
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    // Five short names in the chart's width: Qt Charts would still cut them ("Criti…", "Me…") at 1280 px.
    axisX->setTruncateLabels(false);
    auto* axisY = new QValueAxis;
    ChartStyle::setCountRange(axisY, max);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    ChartStyle::styleAxis(axisX, pal);
    ChartStyle::styleAxis(axisY, pal);
}

void DashboardView::rebuildCategoryChart()
{
    const QPalette pal = palette();
    QChart* chart = m_categoryView->chart();
    ChartStyle::prepare(chart, pal);
    chart->setTitle(tr("Findings by category"));

    // Horizontal bars are laid out bottom-up: reverse the rows so the largest category is on top.
    const int rows = m_categoryModel->rowCount();
    QStringList categories;
    int max = 0;
    for (int r = rows - 1; r >= 0; --r) {
        categories << m_categoryModel->index(r, CategoryCountModel::CategoryColumn).data().toString();
        max = std::max(max, m_categoryModel->index(r, CategoryCountModel::TotalColumn).data().toInt());
    }
    // A category axis leaves out the labels it has no line for: many categories make the chart taller (the
    // dashboard scrolls) rather than leave bars unnamed.
    m_categoryView->setMinimumHeight(std::max(260, 120 + rows * (fontMetrics().height() + 6)));
    auto* series = new QHorizontalStackedBarSeries;
    for (int column = CategoryCountModel::CriticalColumn; column <= CategoryCountModel::InfoColumn; ++column) {
        QList<qreal> values;
        bool any = false;
        for (int r = rows - 1; r >= 0; --r) {
            const int v = m_categoryModel->index(r, column).data().toInt();
            values << v;
            any = any || v > 0;
        }
        if (!any)
            continue; // a severity without findings would only clutter the legend
        const auto severity = static_cast<Severity>(CategoryCountModel::severityOfColumn(column));
        QBarSet* set = makeSet(
            m_categoryModel->headerData(column, Qt::Horizontal).toString(), FindingsModel::severityColor(severity));
        set->append(values);
        series->append(set);
    }
    series->setBarWidth(0.65);
    addHoverTips(series, categories, m_categoryView);
    chart->addSeries(series);
    chart->legend()->setVisible(rows > 0);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false);
    axisY->setGridLineVisible(false);
    auto* axisX = new QValueAxis;
    ChartStyle::setCountRange(axisX, max);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    ChartStyle::styleAxis(axisX, pal);
    ChartStyle::styleAxis(axisY, pal);
}

void DashboardView::rebuildAccessChart()
{
    const QPalette pal = palette();
    QChart* chart = m_accessView->chart();
    ChartStyle::prepare(chart, pal);
    const int rows = m_accessModel->rowCount();
    chart->setTitle(m_accessModel->serviceCount() > rows
            ? tr("Granted actions by access level: %1 of %2 services, those with write access first")
                  .arg(rows)
                  .arg(m_accessModel->serviceCount())
            : tr("Granted actions by service and access level"));

    // Horizontal bars are laid out bottom-up: reverse the rows so the first service is on top.
    QStringList services;
    int max = 0;
    for (int r = rows - 1; r >= 0; --r) {
        services << m_accessModel->index(r, AccessLevelByServiceModel::ServiceColumn).data().toString();
        max = std::max(max, m_accessModel->index(r, AccessLevelByServiceModel::TotalColumn).data().toInt());
    }
    // The levels that change things sit next to the axis, where their lengths compare best.
    using M = AccessLevelByServiceModel;
    auto* series = new QHorizontalStackedBarSeries;
    for (int column :
        { M::PermissionsManagementColumn, M::WriteColumn, M::TaggingColumn, M::ReadColumn, M::ListColumn }) {
        const auto level = static_cast<AccessLevel>(M::accessLevelOfColumn(column));
        QBarSet* set = makeSet(accessLevelName(level), ChartStyle::accessLevelColor(level, pal));
        for (int r = rows - 1; r >= 0; --r)
            set->append(m_accessModel->index(r, column).data().toInt());
        series->append(set);
    }
    series->setBarWidth(0.7);
    addHoverTips(series, services, m_accessView);
    chart->addSeries(series);
    chart->legend()->setVisible(rows > 0);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(services);
    axisY->setGridLineVisible(false);
    axisY->setTruncateLabels(false); // service prefixes are short; elided they would all read "..."
    auto* axisX = new QValueAxis;
    ChartStyle::setCountRange(axisX, max);
    axisX->setTitleText(tr("Actions granted"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    ChartStyle::styleAxis(axisX, pal);
    ChartStyle::styleAxis(axisY, pal);
}

} // namespace grantscope::ui
