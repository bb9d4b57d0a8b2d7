// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/ActivityView.h"

#include "activity/EventMapping.h"
#include "activity/RightsizedPolicy.h"
#include "catalog/Catalog.h"
#include "dashboard/ChartStyle.h"
#include "document/ReviewDocument.h"
#include "models/FindingsModel.h"
#include "review/Review.h"
#include "style/ShownText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>

namespace grantscope::ui {

namespace {

enum Column { ActionColumn, StatusColumn, LastUsedColumn };
constexpr int kChartServices = 6; // services with most events get their own colour; the rest are "other"

QString timeText(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString dayText(std::int64_t day)
{
    return QDateTime::fromSecsSinceEpoch(day * 86400, Qt::UTC).toString(QStringLiteral("MM-dd"));
}

// The service of an event source as IAM names it ("monitoring.amazonaws.com" is cloudwatch).
QString serviceOf(const std::string& source)
{
    return shownText(EventMapping::bundled().servicePrefix(source));
}

// An action in AWS's casing ("s3:GetObject") when the catalogue knows it.
QString actionText(const std::string& lower)
{
    const Catalog& catalog = Catalog::bundled();
    const int index = catalog.findAction(lower);
    return index >= 0 ? QString::fromStdString(catalog.actionName(index)) : shownText(lower);
}

QColor statusColor(int status)
{
    switch (status) {
    case 0:
        return QColor(0x2e, 0x7d, 0x32); // used
    case 1:
        return QColor(0xb9, 0x1c, 0x1c); // denied
    case 2:
        return QColor(0xb4, 0x53, 0x09); // unused
    default:
        return QColor(0x6b, 0x72, 0x80); // not observable
    }
}

// A table cell that sorts by a rank rather than by its text (the use column: used, denied, never used,
// not observable) or by time (last used).
class RankedItem : public QTableWidgetItem {
public:
    RankedItem(const QString& text, qint64 rank)
        : QTableWidgetItem(text)
        , m_rank(rank)
    { }
    bool operator<(const QTableWidgetItem& other) const override
    {
        const auto* ranked = dynamic_cast<const RankedItem*>(&other);
        return ranked ? m_rank < ranked->m_rank : QTableWidgetItem::operator<(other);
    }

private:
    qint64 m_rank;
};

// A role's events in its own account: per day (days since the epoch), per service.
using DailyEvents = std::map<std::int64_t, std::map<QString, int>>;

DailyEvents dailyEvents(const ActivityLog& log, const ActivityRole& role)
{
    DailyEvents byDay;
    for (const ActivityEvent& e : log.events) {
        if (e.principal < 0 || e.call < 0)
            continue;
        const EventPrincipal& p = log.principals[static_cast<size_t>(e.principal)];
        if (!p.role || p.arn != role.arn || p.account != role.account)
            continue;
        ++byDay[e.time / 86400][serviceOf(log.calls[static_cast<size_t>(e.call)].source)];
    }
    return byDay;
}

// A tree view asks its delegate for a row's height without saying how wide the column is, so wrapped text
// would be measured as one line: this tells it the column's width.
class WrappingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem sized(option);
        if (const auto* view = qobject_cast<const QTreeView*>(option.widget))
            sized.rect.setSize({ view->columnWidth(index.column()), option.fontMetrics.height() });
        return QStyledItemDelegate::sizeHint(sized, index);
    }
};

} // namespace

// Everything the view draws from one reading, computed on the worker with the reading itself: switching
// roles then only fills widgets.
struct ActivityView::Result {
    std::shared_ptr<const ActivityReview> activity;
    std::vector<std::shared_ptr<const CompactedBoundary>> rightsized; // per report role; null: nothing used
    std::vector<DailyEvents> daily; // per report role
    std::shared_ptr<const ActionUse> use;
};

ActivityView::ActivityView(ReviewDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("activityView"));
    setAccessibleName(tr("Activity"));
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    m_open = new QPushButton(tr("Read &CloudTrail..."), this);
    m_open->setObjectName(QStringLiteral("readTrails"));
    m_open->setToolTip(tr("CloudTrail deliveries (.json, .json.gz, folders in the AWSLogs layout), lookup-events "
                          "output or Lake/Athena CSV exports"));
    connect(m_open, &QPushButton::clicked, this, &ActivityView::openTrailsRequested);
    bar->addWidget(m_open);
    bar->addWidget(new QLabel(tr("Role:"), this));
    m_roles = new QComboBox(this);
    m_roles->setObjectName(QStringLiteral("activityRole"));
    m_roles->setAccessibleName(tr("Role"));
    m_roles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roles->setMinimumContentsLength(16);
    connect(m_roles, &QComboBox::currentIndexChanged, this, &ActivityView::showRole);
    bar->addWidget(m_roles, 1);
    m_export = new QPushButton(tr("Export &Rightsized Policy..."), this);
    m_export->setObjectName(QStringLiteral("exportRightsized"));
    m_export->setToolTip(tr("A policy of the actions and resources the role was seen using, within what it is "
                            "granted"));
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRightsizedRequested(roleShown()); });
    bar->addWidget(m_export);
    m_compare = new QPushButton(tr("Com&pare with the Role's Policies"), this);
    m_compare->setObjectName(QStringLiteral("compareRightsized"));
    m_compare->setToolTip(tr("Show the rightsized policy beside what the role's own policies grant, in the diff view"));
    connect(m_compare, &QPushButton::clicked, this, [this] { Q_EMIT compareRightsizedRequested(roleShown()); });
    bar->addWidget(m_compare);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("activityProgress"));
    m_progress->setMaximumWidth(200);
    bar->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("activityCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ActivityView::cancel);
    bar->addWidget(m_cancel);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_findings = new QTreeWidget(split);
    m_findings->setObjectName(QStringLiteral("activityFindings"));
    m_findings->setAccessibleName(tr("Activity findings"));
    m_findings->setHeaderLabels({ tr("Severity"), tr("Finding"), tr("Actions") });
    m_findings->setRootIsDecorated(false);
    m_findings->setAlternatingRowColors(true);
    // A finding is a sentence: it wraps in the width the severity and the actions leave, rather than running
    // off the view's right edge.
    m_findings->setWordWrap(true);
    m_findings->setItemDelegate(new WrappingDelegate(m_findings));
    m_findings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->header()->setStretchLastSection(false);
    // Row heights are measured once: a new width of the sentences' column measures them again.
    connect(m_findings->header(), &QHeaderView::sectionResized, m_findings, [this](int column) {
        if (column == 1)
            m_findings->doItemsLayout();
    });
    auto* lower = new QSplitter(Qt::Horizontal, split);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chart = new QChartView(chart, lower);
    m_chart->setObjectName(QStringLiteral("activityChart"));
    m_chart->setAccessibleName(tr("Events per day by service"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(260, 200);
    m_table = new QTableWidget(0, 3, lower);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Granted actions and their use"));
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Use"), tr("Last used") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LastUsedColumn, QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setSizes({ 500, 500 });
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    // A new package (or the same one read with other settings) makes the activity stale: measure again.
    connect(m_document, &ReviewDocument::reviewChanged, this, [this] {
        if (!m_paths.isEmpty() && m_document->review())
            start(m_paths, false);
        else
            clear(tr("Read the vendor's CloudTrail to see what its roles did, which grants they never used and "
                     "a policy sized to their use."));
    });
    clear(tr("Read the vendor's CloudTrail to see what its roles did, which grants they never used and a policy "
             "sized to their use."));
}

ActivityView::~ActivityView()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ActivityView::readTrails(const QStringList& paths)
{
    start(paths, false);
}

void ActivityView::readTrailsNow(const QStringList& paths)
{
    start(paths, true);
}

bool ActivityView::isReading() const
{
    return m_watcher && m_watcher->isRunning();
}

void ActivityView::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

QString ActivityView::roleShown() const
{
    return m_roles->currentText();
}

void ActivityView::start(const QStringList& paths, bool now)
{
    const std::shared_ptr<const Review> review = m_document->shared();
    if (!review || paths.isEmpty())
        return;
    cancel();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_paths = paths;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    ActivityInputs inputs;
    inputs.trails = paths;
    auto work = [review, inputs, stop = m_stop](const std::function<void(int, int)>& report) {
        auto activity = std::make_shared<ActivityReview>(
            reviewActivity(review->package, review->options, review->analysis.findings, inputs, [&](int done, int all) {
                report(done, all);
                return !stop->load();
            }));
        auto result = std::make_shared<Result>();
        result->activity = activity;
        if (activity->cancelled || activity->failed())
            return result;
        const Catalog& catalog = Catalog::bundled();
        for (const RoleUsage& usage : activity->report.roles) {
            const auto role = std::find_if(activity->roles.begin(), activity->roles.end(),
                [&](const ActivityRole& r) { return r.name == usage.name; });
            const bool known = role != activity->roles.end();
            result->rightsized.push_back(usage.used.empty() || !known
                    ? nullptr
                    : std::make_shared<const CompactedBoundary>(rightsizedPolicy(catalog, usage, role->granted)));
            result->daily.push_back(known ? dailyEvents(activity->log, *role) : DailyEvents {});
        }
        result->use = std::make_shared<const ActionUse>(grantscope::actionUse(*activity, catalog));
        return result;
    };
    if (now) {
        finished(work([](int, int) {}));
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_open->setEnabled(false);
    m_summary->setText(tr("Reading CloudTrail..."));
    m_watcher = new QFutureWatcher<std::shared_ptr<Result>>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] { finished(m_watcher->result()); });
    m_watcher->setFuture(QtConcurrent::run([work](QPromise<std::shared_ptr<Result>>& promise) {
        promise.addResult(work([&promise](int done, int all) {
            promise.setProgressRange(0, all);
            promise.setProgressValue(done);
        }));
    }));
}

std::shared_ptr<const ActionUse> ActivityView::actionUse() const
{
    return m_result ? m_result->use : nullptr;
}

void ActivityView::finished(std::shared_ptr<Result> result)
{
    m_progress->hide();
    m_cancel->hide();
    m_open->setEnabled(true);
    m_result = result;
    m_activity = result ? result->activity : nullptr;
    if (!m_activity || m_activity->cancelled) {
        clear(tr("Reading CloudTrail was cancelled; nothing of it is shown."));
        Q_EMIT readingFinished(false);
        return;
    }
    const ActivityLog& log = m_activity->log;
    QStringList problems;
    for (const Diagnostic& d : log.diagnostics)
        if (d.severity == DiagnosticSeverity::Error)
            problems << shownText(d.toString());
    for (const Diagnostic& d : m_activity->diagnostics)
        problems << shownText(d.toString());
    if (m_activity->failed()) {
        clear(tr("No activity to show.") + QLatin1Char(' ') + problems.join(QLatin1Char(' ')));
        Q_EMIT readingFinished(false);
        return;
    }
    QString summary = tr("%n trail file(s) read", nullptr, log.filesRead);
    if (log.filesSkipped > 0)
        summary += QStringLiteral(", ")
            + tr("%n skipped (not reviewed: damaged or not CloudTrail)", nullptr, log.filesSkipped);
    summary += QStringLiteral("; ")
        + tr("%n event(s), %1 of them by the package's roles in their accounts", nullptr,
            static_cast<int>(log.events.size()))
              .arg(m_activity->report.matched);
    if (!problems.isEmpty())
        summary += QStringLiteral("\n") + problems.mid(0, 3).join(QLatin1Char('\n'));
    m_summary->setText(summary);
    const QSignalBlocker block(m_roles);
    m_roles->clear();
    for (const RoleUsage& usage : m_activity->report.roles)
        m_roles->addItem(shownText(usage.name));
    m_roles->setEnabled(m_roles->count() > 1);
    showRole(0);
    Q_EMIT readingFinished(true);
}

void ActivityView::clear(const QString& message)
{
    m_activity.reset();
    m_result.reset();
    m_rightsized.reset();
    m_progress->hide();
    m_cancel->hide();
    m_summary->setText(message);
    {
        const QSignalBlocker block(m_roles);
        m_roles->clear();
    }
    m_roles->setEnabled(false);
    m_export->setEnabled(false);
    m_compare->setEnabled(false);
    m_open->setEnabled(m_document->review() != nullptr);
    m_findings->clear();
    m_table->setRowCount(0);
    m_chart->chart()->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->chart()->axes())
        m_chart->chart()->removeAxis(axis);
    m_chart->chart()->setTitle({});
}

void ActivityView::showRole(int index)
{
    if (!m_result || !m_activity || index < 0 || static_cast<size_t>(index) >= m_activity->report.roles.size())
        return;
    const RoleUsage& usage = m_activity->report.roles[static_cast<size_t>(index)];
    fillFindings(usage.name);
    fillTable(usage);
    fillChart(static_cast<size_t>(index));
    m_rightsized = m_result->rightsized[static_cast<size_t>(index)];
    m_export->setEnabled(m_rightsized != nullptr);
    m_compare->setEnabled(m_rightsized != nullptr);
}

void ActivityView::fillFindings(const std::string& role)
{
    m_findings->clear();
    for (const ActivityFinding& f : m_activity->report.findings) {
        if (!f.role.empty() && f.role != role)
            continue;
        QStringList actions;
        for (const std::string& a : f.actions)
            actions << actionText(a);
        auto* item = new QTreeWidgetItem(
            m_findings, { severityName(f.severity), shownText(f.title), actions.join(QStringLiteral(", ")) });
        item->setForeground(0, FindingsModel::severityColor(f.severity));
        item->setToolTip(1, shownText(f.title));
        item->setToolTip(2, actions.join(QLatin1Char('\n')));
    }
}

void ActivityView::fillChart(size_t role)
{
    QChart* chart = m_chart->chart();
    ChartStyle::prepare(chart, palette());
    chart->setTitle(tr("Events per day by service"));
    const DailyEvents& byDay = m_result->daily[role];
    std::map<QString, int> total;
    for (const auto& [day, services] : byDay)
        for (const auto& [service, count] : services)
            total[service] += count;
    if (byDay.empty()) {
        chart->setTitle(tr("No event of this role in the trails"));
        return;
    }
    std::vector<std::pair<int, QString>> ranked;
    for (const auto& [service, count] : total)
        ranked.emplace_back(count, service);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList shown;
    for (size_t i = 0; i < ranked.size() && i < kChartServices; ++i)
        shown << ranked[i].second;
    const std::int64_t first = byDay.begin()->first;
    const std::int64_t last = byDay.rbegin()->first;
    // At most 60 bars: longer periods are grouped into weeks (or more) per bar.
    const std::int64_t span = std::max<std::int64_t>(1, (last - first + 60) / 60);
    QStringList categories;
    for (std::int64_t d = first; d <= last; d += span)
        categories << dayText(d);
    auto* series = new QStackedBarSeries;
    int max = 0;
    std::vector<int> heights(static_cast<size_t>(categories.size()), 0);
    const QStringList sets
        = ranked.size() > static_cast<size_t>(shown.size()) ? shown + QStringList { tr("other") } : shown;
    for (int s = 0; s < sets.size(); ++s) {
        auto* set = new QBarSet(sets.at(s));
        const QColor color
            = s < shown.size() ? QColor::fromHsv((s * 57 + 200) % 360, 150, 200) : QColor(0x9c, 0xa3, 0xaf);
        set->setColor(color);
        set->setBorderColor(color);
        std::vector<int> values(static_cast<size_t>(categories.size()), 0);
        for (const auto& [day, services] : byDay)
            for (const auto& [service, count] : services) {
                const bool own = s < shown.size() ? service == sets.at(s) : !shown.contains(service);
                if (own)
                    values[static_cast<size_t>((day - first) / span)] += count;
            }
        for (size_t i = 0; i < values.size(); ++i) {
            set->append(values[i]);
            heights[i] += values[i];
            max = std::max(max, heights[i]);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    axisX->setLabelsAngle(-90);
    auto* axisY = new QValueAxis;
    ChartStyle::setCountRange(axisY, max);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    ChartStyle::styleAxis(axisX, palette());
    ChartStyle::styleAxis(axisY, palette());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ActivityView::fillTable(const RoleUsage& usage)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    // Rows are made once at their final count: inserting them one by one is quadratic for a role granted
    // every action.
    m_table->setRowCount(
        static_cast<int>(usage.used.size() + usage.denied.size() + usage.unused.size() + usage.unobservable.size()));
    int row = 0;
    const QStringList statusNames = { tr("used"), tr("denied"), tr("never used"), tr("not observable in CloudTrail") };
    auto add = [&](const std::vector<std::string>& actions, int status) {
        for (const std::string& a : actions) {
            m_table->setItem(row, ActionColumn, new QTableWidgetItem(actionText(a)));
            auto* use = new RankedItem(statusNames.at(status), status);
            use->setForeground(statusColor(status));
            m_table->setItem(row, StatusColumn, use);
            const auto last = usage.lastUsed.find(a);
            m_table->setItem(row, LastUsedColumn,
                last == usage.lastUsed.end() ? new RankedItem(QString(), 0)
                                             : new RankedItem(timeText(last->second), last->second));
            ++row;
        }
    };
    add(usage.used, 0);
    add(usage.denied, 1);
    add(usage.unused, 2);
    add(usage.unobservable, 3);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatusColumn, Qt::AscendingOrder); // used first, as the reviewer reads them
}

} // namespace grantscope::ui
