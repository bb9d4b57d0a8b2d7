// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/AccessLevel.h"
#include "dashboard/AccessLevelByServiceModel.h"
#include "dashboard/DashboardView.h"
#include "dashboard/SeverityCountModel.h"
#include "dashboard/ThirdPartySummary.h"
#include "document/ReviewDocument.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

#include <algorithm>

using namespace grantscope;
using namespace grantscope::ui;

class TestDashboardView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyState();
    void scoreOfTheSample();
    void scoreFallsWhenHighFindingsAreFalsePositives();
    void severityChartFollowsTheModel();
    void chartsFollowThePalette();
    void screenshots();
    void notReviewedLeads();
    void thirdPartiesOfAnExport();

private:
    std::shared_ptr<Review> m_review;
};

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe3, 0xe3, 0xe3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    return p;
}

QStackedBarSeries* firstStackedSeries(QChartView* view)
{
    const auto series = view->chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QStackedBarSeries*>(series.first());
}

} // namespace

void TestDashboardView::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(QApplication::style()->standardPalette());
    m_review = loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml") },
        LoadOptions {});
}

void TestDashboardView::emptyState()
{
    ReviewDocument document;
    DashboardView view(&document);
    QCOMPARE(view.objectName(), QStringLiteral("dashboard"));
    QVERIFY(!view.score());
    auto* value = view.findChild<QLabel*>(QStringLiteral("scoreValue"));
    QVERIFY(value);
    QCOMPARE(value->text(), QStringLiteral("–"));
    for (const char* name : { "severityChart", "categoryChart", "accessLevelChart" }) {
        auto* chart = view.findChild<QChartView*>(QString::fromLatin1(name));
        QVERIFY2(chart, name);
        QCOMPARE(chart->chart()->animationOptions(), QChart::NoAnimation);
    }
}

void TestDashboardView::scoreOfTheSample()
{
    ReviewDocument document;
    DashboardView view(&document);
    document.setReview(m_review);
    QVERIFY(view.score());
    const RiskScore score = *view.score();
    QCOMPARE(score, computeRiskScore(m_review->analysis));
    QVERIFY(score.score > 0);
    QCOMPARE(score.worst, std::optional<Severity>(Severity::Critical));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("scoreValue"))->text(), QString::number(score.score));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("scoreExplanation"))->text(), score.explanation());
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("scoreGrade"))->accessibleName(),
        QStringLiteral("Grade %1").arg(score.grade));
}

void TestDashboardView::scoreFallsWhenHighFindingsAreFalsePositives()
{
    ReviewDocument document;
    DashboardView view(&document);
    document.setReview(m_review);
    const int before = view.score()->score;
    int marked = 0;
    for (size_t i = 0; i < m_review->analysis.findings.size(); ++i)
        if (m_review->analysis.findings[i].severity >= Severity::High) {
            document.setVerdict(static_cast<int>(i), { FindingDecision::FalsePositive, {} });
            ++marked;
        }
    QVERIFY(marked > 0);
    QVERIFY2(view.score()->score < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(view.score()->score)));
    QCOMPARE(view.score()->excluded, marked);
    QVERIFY(view.score()->worst < std::optional<Severity>(Severity::High));
    // The severity chart drops the high bar with them.
    QStackedBarSeries* series = firstStackedSeries(view.findChild<QChartView*>(QStringLiteral("severityChart")));
    QVERIFY(series);
    QCOMPARE(series->barSets().at(1)->at(1), 0.0);
}

void TestDashboardView::severityChartFollowsTheModel()
{
    ReviewDocument document;
    DashboardView view(&document);
    document.setReview(m_review);
    QStackedBarSeries* series = firstStackedSeries(view.findChild<QChartView*>(QStringLiteral("severityChart")));
    QVERIFY(series);
    QCOMPARE(series->count(), view.severityModel()->rowCount());
    for (int row = 0; row < view.severityModel()->rowCount(); ++row)
        QCOMPARE(series->barSets().at(row)->at(row), static_cast<qreal>(view.severityModel()->count(row)));
    // The severity names are shown in full ("Critical", not "Criti…") however narrow the window.
    const auto severityAxes = series->attachedAxes();
    const auto names = std::find_if(
        severityAxes.begin(), severityAxes.end(), [](QAbstractAxis* a) { return qobject_cast<QBarCategoryAxis*>(a); });
    QVERIFY(names != severityAxes.end());
    QVERIFY(!qobject_cast<QBarCategoryAxis*>(*names)->truncateLabels());

    const auto accessSeries = view.findChild<QChartView*>(QStringLiteral("accessLevelChart"))->chart()->series();
    QCOMPARE(accessSeries.size(), 1);
    auto* access = qobject_cast<QHorizontalStackedBarSeries*>(accessSeries.first());
    QVERIFY(access);
    QCOMPARE(access->count(), 5); // one set per access level
    const int rows = view.accessLevelModel()->rowCount();
    QCOMPARE(access->barSets().first()->count(), rows);
    // The top row of the chart is the model's first service; the first set is Permissions management.
    QCOMPARE(access->barSets().first()->label(), accessLevelName(AccessLevel::PermissionsManagement));
    QCOMPARE(access->barSets().first()->at(rows - 1),
        view.accessLevelModel()->index(0, AccessLevelByServiceModel::PermissionsManagementColumn).data().toReal());
    // The service names are the axis labels, in full (elided they would all read "...").
    const auto axes = access->attachedAxes();
    const auto it
        = std::find_if(axes.begin(), axes.end(), [](QAbstractAxis* a) { return qobject_cast<QBarCategoryAxis*>(a); });
    QVERIFY(it != axes.end());
    auto* services = qobject_cast<QBarCategoryAxis*>(*it);
    QVERIFY(!services->truncateLabels());
    QCOMPARE(services->categories().size(), rows);
    QCOMPARE(services->categories().last(),
        view.accessLevelModel()->index(0, AccessLevelByServiceModel::ServiceColumn).data().toString());
    // Rebuilding leaves one pair of axes, not one more per rebuild.
    document.setReview(m_review);
    QCOMPARE(view.findChild<QChartView*>(QStringLiteral("accessLevelChart"))->chart()->axes().size(), 2);
}

void TestDashboardView::chartsFollowThePalette()
{
    ReviewDocument document;
    DashboardView view(&document);
    document.setReview(m_review);
    QChart* chart = view.findChild<QChartView*>(QStringLiteral("severityChart"))->chart();
    QCOMPARE(chart->backgroundBrush().color(), view.palette().color(QPalette::Window));
    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(chart->backgroundBrush().color(), darkPalette().color(QPalette::Window));
    QCOMPARE(chart->titleBrush().color(), darkPalette().color(QPalette::WindowText));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QTRY_COMPARE(chart->backgroundBrush().color(), QApplication::style()->standardPalette().color(QPalette::Window));
}

void TestDashboardView::screenshots()
{
    ReviewDocument document;
    document.setReview(m_review);
    DashboardView view(&document);
    view.resize(1100, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(QStringLiteral("/tmp/dashboard-sample.png")));

    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(view.findChild<QChartView*>(QStringLiteral("severityChart"))->chart()->backgroundBrush().color(),
        darkPalette().color(QPalette::Window));
    QVERIFY(view.grab().save(QStringLiteral("/tmp/dashboard-dark.png")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    qInfo("screenshots: /tmp/dashboard-sample.png /tmp/dashboard-dark.png");
}

// Parts of the package that were not reviewed head the dashboard, above the score, each linked to its
// finding; a package without such parts shows no banner.
void TestDashboardView::notReviewedLeads()
{
    ReviewDocument document;
    DashboardView view(&document);
    view.resize(1100, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* banner = view.findChild<QLabel*>(QStringLiteral("notReviewedBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    document.setReview(m_review); // the sample reads completely
    QVERIFY(banner->isHidden());

    document.setReview(loadSharedReview({ QStringLiteral(GRANTSCOPE_FIXTURES "/gui/quillstack-archive.yaml") }, {}));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Not reviewed: 1 part of the package")));
    QVERIFY(banner->text().contains(QStringLiteral("SupportPermissionSet")));
    auto* score = view.findChild<QLabel*>(QStringLiteral("scoreValue"));
    QVERIFY(score);
    QVERIFY(banner->mapTo(&view, QPoint(0, 0)).y() < score->mapTo(&view, QPoint(0, 0)).y());

    // The link selects the finding.
    const auto& findings = document.review()->analysis.findings;
    int gap = -1;
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].rule == "package-unreviewed")
            gap = static_cast<int>(i);
    QVERIFY(gap >= 0);
    Q_EMIT banner->linkActivated(QStringLiteral("finding:%1").arg(gap));
    QCOMPARE(document.currentFinding(), gap);

    // The facts line counts the other kinds of subjects.
    auto* facts = view.findChild<QLabel*>(QStringLiteral("scoreFacts"));
    if (facts) {
        QVERIFY(facts->text().contains(QStringLiteral("IAM users: 1")));
        QVERIFY(facts->text().contains(QStringLiteral("Resource policies letting outsiders in: 2")));
    }
}

// An account export: the dashboard says who from outside can get in, from the inventory the Third parties
// view lists; a vendor package has no such panel.
void TestDashboardView::thirdPartiesOfAnExport()
{
    QStandardPaths::setTestModeEnabled(true);
    ReviewDocument document;
    DashboardView view(&document);
    view.resize(1280, 900);
    view.show();
    ThirdPartySummary* summary = view.thirdParties();
    QVERIFY(summary);
    document.setReview(m_review); // the sample vendor package
    QVERIFY(!summary->isVisible());

    document.setReview(loadSharedReview(
        { QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/account-authorization-details.json") }));
    QVERIFY(document.hasInventory());
    QVERIFY(summary->isVisible());
    const Inventory& inventory = document.inventory();
    QVERIFY(!inventory.roles.empty());
    // The bars count every role once, by its worst finding (critical first, "none" last) and its activity.
    const QList<int> active = summary->activeCounts();
    const QList<int> inactive = summary->inactiveCounts();
    QCOMPARE(active.size(), 6);
    int total = 0;
    int idle = 0;
    const std::optional<Severity> ranks[]
        = { Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info, std::nullopt };
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(active[i] + inactive[i], inventory.rolesAt(ranks[i]));
        total += active[i] + inactive[i];
        idle += inactive[i];
    }
    QCOMPARE(total, static_cast<int>(inventory.roles.size()));
    QCOMPARE(idle, inventory.inactiveRoles());
    const QString text = summary->text();
    QVERIFY2(text.contains(QStringLiteral("account 111122223333")), qPrintable(text));
    for (size_t i = 0; i < inventory.thirdParties.size() && i < 5; ++i) {
        const ThirdParty& p = inventory.thirdParties[i];
        QVERIFY2(text.contains(thirdPartyLabel(p.account, p.name).toHtmlEscaped()), qPrintable(text));
    }
    // Its series is drawn from those counts.
    auto* chart = summary->findChild<QChartView*>(QStringLiteral("thirdPartyChart"));
    QVERIFY(chart);
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 2);
    QCOMPARE(series->barSets().at(0)->at(5), qreal(active[0])); // critical is drawn last, on top

    // The link asks the window for the whole list.
    QSignalSpy requested(&view, &DashboardView::inventoryRequested);
    auto* label = summary->findChild<QLabel*>(QStringLiteral("thirdPartySummaryText"));
    QVERIFY(label);
    Q_EMIT label->linkActivated(QStringLiteral("inventory:"));
    QCOMPARE(requested.count(), 1);
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
