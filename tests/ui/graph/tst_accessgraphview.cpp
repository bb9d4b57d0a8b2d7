// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/AccessGraph.h"
#include "graph/AccessGraphView.h"
#include "graph/GraphEdgeItem.h"
#include "graph/GraphNodeItem.h"
#include "graph/GraphPanel.h"

#include "catalog/ManagedPolicyStore.h"
#include "document/ReviewDocument.h"

#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QLayout>
#include <QLineEdit>
#include <QPalette>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace grantscope;
using namespace grantscope::ui;

class TestAccessGraphView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void itemsOnlyForVisibleNodes();
    void administratorAccessBuildsFewItems();
    void clickingAServiceExpandsIt();
    void hoverTextNamesTheStatement();
    void filtersRebuildTheScene();
    void zoomWithKeysAndWheel();
    void exportsWriteFiles();
    void highlightFindingSelectsAndDims();
    void panelToolbar();
    void panelFollowsTheDocument();
    void largePackageIsBuiltOnAWorker();
    void screenshot();

private:
    static int countItems(const QGraphicsScene* scene, int type);
    int findingIndex(const std::string& rule) const;
    std::shared_ptr<Review> m_sample;
};

namespace {

QString samplePath()
{
    return QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
}

// A package made of AdministratorAccess alone: every action of every service.
QString writeAdministratorAccess(const QTemporaryDir& dir)
{
    const ManagedPolicyEntry* admin = ManagedPolicyStore::bundled().find("AdministratorAccess");
    const QString path = dir.filePath(QStringLiteral("AdministratorAccess.json"));
    QFile file(path);
    if (!admin || !file.open(QIODevice::WriteOnly))
        return {};
    file.write(admin->document.data(), static_cast<qint64>(admin->document.size()));
    return path;
}

QPoint centreOf(const AccessGraphView& view, const GraphNodeItem* item)
{
    return view.mapFromScene(item->sceneBoundingRect().center());
}

} // namespace

void TestAccessGraphView::initTestCase()
{
    m_sample = loadSharedReview({ samplePath() }, {});
    QVERIFY(m_sample);
}

int TestAccessGraphView::countItems(const QGraphicsScene* scene, int type)
{
    int n = 0;
    for (const QGraphicsItem* item : scene->items())
        n += item->type() == type ? 1 : 0;
    return n;
}

int TestAccessGraphView::findingIndex(const std::string& rule) const
{
    const auto& f = m_sample->analysis.findings;
    for (size_t i = 0; i < f.size(); ++i)
        if (f[i].rule == rule)
            return static_cast<int>(i);
    return -1;
}

void TestAccessGraphView::itemsOnlyForVisibleNodes()
{
    AccessGraphView view;
    QCOMPARE(view.objectName(), QStringLiteral("accessGraph"));
    QCOMPARE(countItems(view.scene(), GraphNodeItem::Type), 0);
    view.setReview(m_sample);
    const AccessGraph* g = view.graph();
    QCOMPARE(countItems(view.scene(), GraphNodeItem::Type), static_cast<int>(g->visibleNodes().size()));
    QCOMPARE(countItems(view.scene(), GraphEdgeItem::Type), static_cast<int>(g->visibleEdges().size()));
    QVERIFY(g->nodeCount() > static_cast<int>(g->visibleNodes().size())); // SecurityAudit's services are hidden
    for (int id : g->visibleNodes())
        QVERIFY(view.itemForNode(id));
}

void TestAccessGraphView::administratorAccessBuildsFewItems()
{
    QTemporaryDir dir;
    const QString path = writeAdministratorAccess(dir);
    QVERIFY(!path.isEmpty());

    AccessGraphView view;
    view.setReview(loadSharedReview({ path }, {}));
    QVERIFY(countItems(view.scene(), GraphNodeItem::Type) <= 2);
    const int policy = view.graph()->findNode(GraphNodeKind::Policy, u"AdministratorAccess");
    view.setExpanded(policy, true);
    const int items = countItems(view.scene(), GraphNodeItem::Type);
    QCOMPARE(items, static_cast<int>(view.graph()->visibleNodes().size()));
    QVERIFY(items <= AccessGraph::kChildCap + 3);
    const int ec2 = view.graph()->findNode(GraphNodeKind::Service, u"ec2");
    view.setExpanded(ec2, true);
    QVERIFY(countItems(view.scene(), GraphNodeItem::Type) <= 2 * AccessGraph::kChildCap + 4);
    QCOMPARE(view.nodeItemCount(), countItems(view.scene(), GraphNodeItem::Type));
}

void TestAccessGraphView::clickingAServiceExpandsIt()
{
    AccessGraphView view;
    view.resize(1200, 800);
    view.setReview(m_sample);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int kms = view.graph()->findNode(GraphNodeKind::Service, u"kms");
    GraphNodeItem* item = view.itemForNode(kms);
    QVERIFY(item);
    view.centerOn(item);
    QSignalSpy activated(&view, &AccessGraphView::nodeActivated);
    const int before = view.nodeItemCount();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centreOf(view, item));
    QTRY_VERIFY(view.graph()->isExpanded(kms));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toInt(), kms);
    QVERIFY(view.nodeItemCount() > before);
    QVERIFY(view.itemForNode(view.graph()->findNode(GraphNodeKind::Action, u"kms:Decrypt")));
    // The clicked node stays under the cursor, so a second click collapses it again.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centreOf(view, view.itemForNode(kms)));
    QTRY_VERIFY(!view.graph()->isExpanded(kms));
    QCOMPARE(view.nodeItemCount(), before);
}

void TestAccessGraphView::hoverTextNamesTheStatement()
{
    AccessGraphView view;
    view.setReview(m_sample);
    view.setExpanded(view.graph()->findNode(GraphNodeKind::Service, u"kms"), true);
    const QString tip = view.toolTipForNode(view.graph()->findNode(GraphNodeKind::Action, u"kms:CreateGrant"));
    QVERIFY2(tip.contains(QLatin1String("EncryptedLogArchive")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("acme-observability-onboarding.yaml:")));
}

void TestAccessGraphView::filtersRebuildTheScene()
{
    AccessGraphView view;
    view.setReview(m_sample);
    const int all = view.nodeItemCount();
    view.setSeverityFilter(Severity::High);
    QVERIFY(view.nodeItemCount() < all);
    QVERIFY(!view.itemForNode(view.graph()->findNode(GraphNodeKind::Service, u"logs")));
    QVERIFY(view.itemForNode(view.graph()->findNode(GraphNodeKind::Service, u"kms")));
    view.setSeverityFilter(std::nullopt);
    view.setSearchText(QStringLiteral("StopInstances"));
    QVERIFY(view.itemForNode(view.graph()->findNode(GraphNodeKind::Service, u"ec2")));
    QVERIFY(!view.itemForNode(view.graph()->findNode(GraphNodeKind::Service, u"kms")));
    view.setSearchText({});
    view.setServiceFilter(QStringLiteral("kms"));
    QVERIFY(!view.itemForNode(view.graph()->findNode(GraphNodeKind::Service, u"ec2")));
    view.setServiceFilter({});
    view.setAccessLevelFilter(static_cast<AccessLevels>(AccessLevel::PermissionsManagement));
    QVERIFY(!view.itemForNode(view.graph()->findNode(GraphNodeKind::Service, u"logs")));
    view.setAccessLevelFilter(kAllAccessLevels);
    QCOMPARE(view.nodeItemCount(), all);
    QCOMPARE(countItems(view.scene(), GraphNodeItem::Type), all);
}

void TestAccessGraphView::zoomWithKeysAndWheel()
{
    AccessGraphView view;
    view.resize(800, 600);
    view.setReview(m_sample);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qreal start = view.zoom();
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.zoom() > start);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(view.zoom() < start);
    const qreal beforeWheel = view.zoom();
    const QPoint at = view.viewport()->rect().center();
    QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
        Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.zoom() > beforeWheel);
    for (int i = 0; i < 40; ++i)
        view.zoomIn();
    QVERIFY(view.zoom() <= 4.0 + 1e-9);
    view.fitToView();
    QVERIFY(view.zoom() <= 1.0 + 1e-9);
    QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(view.sceneRect().center()));
}

void TestAccessGraphView::exportsWriteFiles()
{
    AccessGraphView view;
    view.setReview(m_sample);
    view.setExpanded(view.graph()->findNode(GraphNodeKind::Service, u"kms"), true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    const QString png = dir.filePath(QStringLiteral("graph.png"));
    QVERIFY(view.exportSvg(svg));
    QVERIFY(view.exportPng(png));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("kms:Decrypt")); // text stays text
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= view.sceneRect().width());
    // Not a blank page: the red of the high-severity nodes is in it.
    bool red = false;
    for (int y = 0; y < image.height() && !red; y += 2)
        for (int x = 0; x < image.width() && !red; x += 2) {
            const QColor c = image.pixelColor(x, y);
            red = c.red() > 180 && c.green() < 90 && c.blue() < 90;
        }
    QVERIFY(red);
}

void TestAccessGraphView::highlightFindingSelectsAndDims()
{
    AccessGraphView view;
    view.resize(1000, 700);
    view.setReview(m_sample);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int fi = findingIndex("kms-decrypt-any-key");
    QVERIFY(fi >= 0);
    view.highlightFinding(fi);
    QCOMPARE(view.highlightedFinding(), fi);
    const AccessGraph* g = view.graph();
    GraphNodeItem* decrypt = view.itemForNode(g->findNode(GraphNodeKind::Action, u"kms:Decrypt"));
    QVERIFY(decrypt); // revealed: kms was opened for it
    QVERIFY(decrypt->isSelected());
    QVERIFY(view.itemForNode(g->findNode(GraphNodeKind::Service, u"kms"))->isSelected());
    GraphNodeItem* ec2 = view.itemForNode(g->findNode(GraphNodeKind::Service, u"ec2"));
    QVERIFY(ec2);
    QVERIFY(!ec2->isSelected());
    QVERIFY(ec2->opacity() < 0.5);
    QVERIFY(decrypt->opacity() == 1.0);
    QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(decrypt->sceneBoundingRect().center()));

    view.highlightFinding(-1);
    QVERIFY(view.scene()->selectedItems().isEmpty());
    QCOMPARE(ec2->opacity(), 1.0);
}

void TestAccessGraphView::panelToolbar()
{
    GraphPanel panel;
    panel.setReview(m_sample);
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("graphSearch"));
    auto* severity = panel.findChild<QComboBox*>(QStringLiteral("graphSeverityFilter"));
    QVERIFY(search);
    QVERIFY(severity);
    for (const char* name : { "graphFit", "graphExportSvg", "graphExportPng", "graphAccessLevels" })
        QVERIFY2(panel.findChild<QToolButton*>(QString::fromLatin1(name)), name);
    AccessGraphView* view = panel.view();
    QCOMPARE(panel.findChild<AccessGraphView*>(QStringLiteral("accessGraph")), view);

    const int kms = view->graph()->findNode(GraphNodeKind::Service, u"kms");
    const int ec2 = view->graph()->findNode(GraphNodeKind::Service, u"ec2");
    QTest::keyClicks(search, QStringLiteral("decrypt"));
    QTRY_VERIFY(!view->itemForNode(ec2));
    QVERIFY(view->itemForNode(kms));
    search->clear();
    QTRY_VERIFY(view->itemForNode(ec2));

    severity->setCurrentIndex(severity->findData(static_cast<int>(Severity::High)));
    QVERIFY(!view->itemForNode(view->graph()->findNode(GraphNodeKind::Service, u"logs")));
    severity->setCurrentIndex(0);
    QVERIFY(view->itemForNode(view->graph()->findNode(GraphNodeKind::Service, u"logs")));

    QSignalSpy exports(&panel, &GraphPanel::exportRequested);
    panel.findChild<QToolButton*>(QStringLiteral("graphExportSvg"))->click();
    panel.findChild<QToolButton*>(QStringLiteral("graphExportPng"))->click();
    QCOMPARE(exports.count(), 2);
    QCOMPARE(exports.at(0).first().toBool(), true);
    QCOMPARE(exports.at(1).first().toBool(), false);
}

void TestAccessGraphView::panelFollowsTheDocument()
{
    ReviewDocument document;
    GraphPanel panel(&document);
    QCOMPARE(panel.view()->nodeItemCount(), 0);
    document.setReview(m_sample);
    QVERIFY(panel.view()->nodeItemCount() > 0);
    const int fi = findingIndex("kms-decrypt-any-key");
    document.setCurrentFinding(fi);
    QCOMPARE(panel.view()->highlightedFinding(), fi);
    QVERIFY(!panel.view()->scene()->selectedItems().isEmpty());
}

// Writes the sample graph, kms opened, where GRANTSCOPE_SCREENSHOT_DIR points (for looking at it).
void TestAccessGraphView::screenshot()
{
    GraphPanel panel;
    panel.resize(1500, 860);
    panel.setReview(m_sample);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->setExpanded(panel.view()->graph()->findNode(GraphNodeKind::Service, u"kms"), true);
    panel.view()->fitToView();
    panel.layout()->activate();
    const QPixmap shot = panel.grab();
    QVERIFY(!shot.isNull());
    const QByteArray dir = qgetenv("GRANTSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GRANTSCOPE_SCREENSHOT_DIR to save the screenshot");
    QVERIFY(shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/graph-sample.png")));

    // The same on a dark palette: colours come from it, so the text must stay readable.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    panel.setPalette(dark);
    QVERIFY(panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/graph-sample-dark.png")));

    // AdministratorAccess with its policy and iam opened: the capped columns.
    QTemporaryDir tmp;
    panel.setPalette(QPalette());
    panel.setReview(loadSharedReview({ writeAdministratorAccess(tmp) }, {}));
    const AccessGraph* g = panel.view()->graph();
    panel.view()->setExpanded(g->findNode(GraphNodeKind::Policy, u"AdministratorAccess"), true);
    panel.view()->setExpanded(g->findNode(GraphNodeKind::Service, u"iam"), true);
    panel.view()->fitToView();
    panel.layout()->activate();
    QVERIFY(panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/graph-admin.png")));
}

// A package with many policies is built off the GUI thread: the view is empty and says it is building, the
// panel shows a busy bar, and a newer review replaces a build still running.
void TestAccessGraphView::largePackageIsBuiltOnAWorker()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto& policies = ManagedPolicyStore::bundled().policies();
    const size_t count = AccessGraphView::kBackgroundPolicies + 16;
    QVERIFY(policies.size() > count);
    for (size_t i = 0; i < count; ++i) {
        QFile f(dir.filePath(QString::fromUtf8(policies[i].name.data(), static_cast<qsizetype>(policies[i].name.size()))
            + QStringLiteral(".json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(policies[i].document.data(), static_cast<qint64>(policies[i].document.size()));
    }
    const std::shared_ptr<const Review> large = loadSharedReview({ dir.path() });
    QVERIFY(large->expansions.size() >= AccessGraphView::kBackgroundPolicies);

    GraphPanel panel;
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    AccessGraphView* view = panel.view();
    QSignalSpy built(view, &AccessGraphView::graphBuilt);
    panel.setReview(large);
    QVERIFY(view->isBuilding());
    QVERIFY(!view->graph()->review());
    QCOMPARE(view->nodeItemCount(), 0);
    auto* progress = panel.findChild<QWidget*>(QStringLiteral("graphProgress"));
    QVERIFY(progress && progress->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, 30000);
    QVERIFY(!view->isBuilding());
    QVERIFY(!progress->isVisible());
    QCOMPARE(view->graph()->review(), large.get());
    QVERIFY(view->nodeItemCount() > 0);

    // The sample given while the large package is being built again wins: the stale build is dropped.
    panel.setReview(large);
    QVERIFY(view->isBuilding());
    panel.setReview(m_sample);
    QVERIFY(!view->isBuilding());
    QCOMPARE(view->graph()->review(), m_sample.get());
    QTest::qWait(1500);
    QCOMPARE(view->graph()->review(), m_sample.get());
    QVERIFY(!progress->isVisible());
}

QTEST_MAIN(TestAccessGraphView)
#include "tst_accessgraphview.moc"
