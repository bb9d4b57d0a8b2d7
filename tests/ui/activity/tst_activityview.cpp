// SPDX-License-Identifier: GPL-3.0-or-later
// The activity view on the sample package and its sample trail: what it shows is what
// reviewActivity() (the command line's activity) finds, read in the background or at once.
#include "activity/ActivityView.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <set>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
const QString kTrail = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/trail");

} // namespace

class TestActivityView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyStateSaysWhatToDo();
    void sampleTrailAsTheCommandLineSeesIt();
    void backgroundReadingGivesTheSameAnswer();
    void missingTrailIsSaidNotShownAsIdle();
};

void TestActivityView::emptyStateSaysWhatToDo()
{
    ReviewDocument document;
    ActivityView view(&document);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("activitySummary"))->text().contains(QStringLiteral("CloudTrail")));
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("readTrails"))->isEnabled()); // nothing open
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("exportRightsized"))->isEnabled());
}

void TestActivityView::sampleTrailAsTheCommandLineSeesIt()
{
    ReviewDocument document;
    document.setReview(loadSharedReview({ kSample }, {}));
    ActivityView view(&document);
    QVERIFY(view.findChild<QPushButton*>(QStringLiteral("readTrails"))->isEnabled());
    view.readTrailsNow({ kTrail });
    const ActivityReview* shown = view.activity();
    QVERIFY(shown);
    QVERIFY(!shown->failed());
    QVERIFY(shown->log.filesRead > 0);
    QVERIFY(!shown->report.roles.empty());

    // The same computation as `grantscope-cli activity`, independently run.
    ActivityInputs inputs;
    inputs.trails = { kTrail };
    const Review* review = document.review();
    const ActivityReview expected = reviewActivity(review->package, review->options, review->analysis.findings, inputs);
    QCOMPARE(shown->report.matched, expected.report.matched);
    const RoleUsage& usage = expected.report.roles.front();
    QVERIFY(!usage.used.empty());
    QCOMPARE(view.roleShown(), QString::fromStdString(usage.name));

    auto* table = view.findChild<QTableWidget*>(QStringLiteral("activityTable"));
    const size_t rows = usage.used.size() + usage.denied.size() + usage.unused.size() + usage.unobservable.size();
    QCOMPARE(static_cast<size_t>(table->rowCount()), rows);
    std::multiset<QString> uses;
    for (int row = 0; row < table->rowCount(); ++row)
        uses.insert(table->item(row, 1)->text());
    QCOMPARE(uses.count(QStringLiteral("used")), usage.used.size());
    QCOMPARE(uses.count(QStringLiteral("never used")), usage.unused.size());
    // Actions in AWS's casing, and a last-used time for each used action.
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1)->text() == QStringLiteral("used")) {
            QVERIFY(table->item(row, 0)->text().contains(QLatin1Char(':')));
            QVERIFY(table->item(row, 0)->text() != table->item(row, 0)->text().toLower());
            QVERIFY(table->item(row, 2)->text().endsWith(QStringLiteral("UTC")));
        }

    size_t findings = 0;
    for (const ActivityFinding& f : expected.report.findings)
        findings += (f.role.empty() || f.role == usage.name) ? 1 : 0;
    QCOMPARE(static_cast<size_t>(view.findChild<QTreeWidget*>(QStringLiteral("activityFindings"))->topLevelItemCount()),
        findings);
    QVERIFY(!view.findChild<QChartView*>(QStringLiteral("activityChart"))->chart()->series().isEmpty());
    QVERIFY(view.rightsized());
    QVERIFY(view.rightsized()->fits);
    QVERIFY(view.findChild<QPushButton*>(QStringLiteral("exportRightsized"))->isEnabled());

    // What the graph marks: the package's use as catalogue actions, computed with the reading.
    const std::shared_ptr<const ActionUse> use = view.actionUse();
    QVERIFY(use);
    QCOMPARE(use->used.count(), actionUse(expected, Catalog::bundled()).used.count());
    QVERIFY(use->used.any());

    // The comparison with the role's policies is asked for the role shown.
    auto* compare = view.findChild<QPushButton*>(QStringLiteral("compareRightsized"));
    QVERIFY(compare->isEnabled());
    QSignalSpy asked(&view, &ActivityView::compareRightsizedRequested);
    compare->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.front().front().toString(), view.roleShown());
}

void TestActivityView::backgroundReadingGivesTheSameAnswer()
{
    ReviewDocument document;
    document.setReview(loadSharedReview({ kSample }, {}));
    ActivityView now(&document);
    now.readTrailsNow({ kTrail });
    ActivityView view(&document);
    QSignalSpy done(&view, &ActivityView::readingFinished);
    view.readTrails({ kTrail });
    QVERIFY(view.isReading() || done.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QCOMPARE(done.front().front().toBool(), true);
    QCOMPARE(view.activity()->report.matched, now.activity()->report.matched);
    QCOMPARE(view.findChild<QTableWidget*>(QStringLiteral("activityTable"))->rowCount(),
        now.findChild<QTableWidget*>(QStringLiteral("activityTable"))->rowCount());
}

void TestActivityView::missingTrailIsSaidNotShownAsIdle()
{
    ReviewDocument document;
    document.setReview(loadSharedReview({ kSample }, {}));
    ActivityView view(&document);
    view.readTrailsNow({ QStringLiteral(GRANTSCOPE_SOURCE_DIR "/no/such/trail") });
    QVERIFY(!view.activity()); // no "never used" verdict from trails that were not read
    QVERIFY(!view.actionUse()); // nor on the graph
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("compareRightsized"))->isEnabled());
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("activitySummary"))->text().contains(QStringLiteral("No activity")));
    QCOMPARE(view.findChild<QTableWidget*>(QStringLiteral("activityTable"))->rowCount(), 0);
}

QTEST_MAIN(TestActivityView)
#include "tst_activityview.moc"
