// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Compare With Earlier Release: the window reads the release reviewed before on a worker and shows what
// changed, the same comparison `grantscope-cli compare` and `report --since` make; an unreadable release is an
// error, not an empty comparison.
#include "app/MainWindow.h"
#include "app/Prompts.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "graph/AccessGraph.h"
#include "graph/AccessGraphView.h"
#include "graph/GraphPanel.h"
#include "report/ReviewReport.h"
#include "review/ReleaseComparison.h"
#include "review/Review.h"
#include "views/ReleaseComparisonDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

const QString kOld = QStringLiteral(GRANTSCOPE_FIXTURES "/releases/lumen-terraform/v1");
const QString kNew = QStringLiteral(GRANTSCOPE_FIXTURES "/releases/lumen-terraform/v2");

class ScriptedPrompts : public Prompts {
public:
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return {}; }
    QString openFolder(QWidget*, const QString&) override { return folder; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    void error(QWidget*, const QString& title, const QString& text) override
    {
        shown << title + QLatin1Char('\n') + text;
    }
    bool confirm(QWidget*, const QString&, const QString&) override { return false; }
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override { return SaveChoice::Discard; }
    QString folder;
    QStringList shown;
};

} // namespace

class TestCompareRelease : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsWhatChangedSinceTheEarlierRelease();
    void unreadableReleaseIsAnError();

private:
    static void checkMarks(const AccessGraph& graph, const ReleaseComparison& comparison, bool newer);
};

void TestCompareRelease::showsWhatChangedSinceTheEarlierRelease()
{
    MainWindow window;
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionCompareReleaseFolder"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nothing open to compare with
    window.openPathsNow({ kNew });
    QVERIFY(action->isEnabled());

    QSignalSpy compared(&window, &MainWindow::releaseCompared);
    prompts->folder = kOld;
    action->trigger();
    QVERIFY(compared.wait(20000));
    auto* dialog = compared.first().first().value<QDialog*>();
    auto* shown = qobject_cast<ReleaseComparisonDialog*>(dialog);
    QVERIFY(shown);

    // The same answer as the engine gives for the two releases read the same way.
    const Review oldReview = loadReview({ kOld }, window.document()->review()->options);
    const ReleaseComparison direct = compareReleases(oldReview, *window.document()->review());
    QCOMPARE(shown->changes(), reportReleaseChanges(Catalog::bundled(), direct, { kOld }));
    const QString text = shown->shownText();
    QVERIFY2(text.contains(QStringLiteral("What changed since the reviewed version")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("LumenSecretsRotation")));
    QVERIFY(text.contains(QStringLiteral("New in this release.")));
    QVERIFY(text.contains(QStringLiteral("No longer trusts AWS arn:aws:iam::666677778888:root.")));
    QVERIFY(text.contains(QStringLiteral("New findings")));
    QVERIFY(prompts->shown.isEmpty());

    // Below the text, the two releases' graphs side by side, each marking what the other does not have.
    QVERIFY(shown->olderGraph() && shown->newerGraph());
    const AccessGraphView* olderView = shown->olderGraph()->view();
    const AccessGraphView* newerView = shown->newerGraph()->view();
    QTRY_VERIFY_WITH_TIMEOUT(!olderView->isBuilding() && !newerView->isBuilding(), 20000);
    QCOMPARE(olderView->graph()->review()->paths, oldReview.paths);
    QCOMPARE(newerView->graph()->review(), window.document()->review());
    checkMarks(*newerView->graph(), direct, true);
    checkMarks(*olderView->graph(), direct, false);

    // One search for both graphs.
    shown->newerGraph()->setSearchText(QString());
    QTest::keyClicks(shown->newerGraph()->findChild<QLineEdit*>(QStringLiteral("graphSearch")), QStringLiteral("kms"));
    QCOMPARE(shown->olderGraph()->searchText(), QStringLiteral("kms"));
}

// Every subject node carries its status from the comparison, every service node counts exactly the actions
// the comparison says were added (newer side) or removed (older side), and at least one is marked.
void TestCompareRelease::checkMarks(const AccessGraph& graph, const ReleaseComparison& comparison, bool newer)
{
    const Catalog& catalog = Catalog::bundled();
    ActionSet changed = catalog.emptySet();
    std::map<QString, ReleaseMark> expected;
    for (const SubjectComparison& s : comparison.subjects) {
        changed |= newer ? s.added : s.removed;
        const QString name = QString::fromStdString(newer || s.oldName.empty() ? s.name : s.oldName);
        if (s.status == SubjectStatus::Changed)
            expected[name] = ReleaseMark::Changed;
        else if (s.status == SubjectStatus::Added && newer)
            expected[name] = ReleaseMark::Added;
        else if (s.status == SubjectStatus::Removed && !newer)
            expected[name] = ReleaseMark::Removed;
    }
    QVERIFY(changed.any());
    int marked = 0;
    int subjects = 0;
    for (int id = 0; id < graph.nodeCount(); ++id) {
        const GraphNode& n = graph.node(id);
        if (n.kind == GraphNodeKind::Role) {
            const auto it = expected.find(n.label);
            QCOMPARE(n.release, it == expected.end() ? ReleaseMark::None : it->second);
            subjects += n.release != ReleaseMark::None;
        } else if (n.kind == GraphNodeKind::Service) {
            const ServiceInfo& info = catalog.service(n.catalogIndex);
            int count = 0;
            for (int a = info.firstAction; a < info.firstAction + info.actionCount; ++a)
                count += changed.test(a);
            QCOMPARE(n.releaseActions, count);
            marked += count;
        }
    }
    QCOMPARE(marked, changed.count());
    QVERIFY(subjects > 0);
}

void TestCompareRelease::unreadableReleaseIsAnError()
{
    MainWindow window;
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    window.openPathsNow({ kNew });
    QSignalSpy compared(&window, &MainWindow::releaseCompared);
    window.compareWithRelease({ QStringLiteral(GRANTSCOPE_FIXTURES "/releases/no-such-release") });
    QTRY_VERIFY_WITH_TIMEOUT(!prompts->shown.isEmpty(), 20000);
    QVERIFY2(prompts->shown.first().contains(QStringLiteral("no-such-release")), qPrintable(prompts->shown.first()));
    QCOMPARE(compared.count(), 0);
}

QTEST_MAIN(TestCompareRelease)
#include "tst_comparerelease.moc"
