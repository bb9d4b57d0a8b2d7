// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a saved review whose package files changed since: the window says so before anything else, and
// the dashboard keeps saying so.
#include "app/MainWindow.h"
#include "app/Prompts.h"
#include "document/ReviewDocument.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");

class ScriptedPrompts : public Prompts {
public:
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return {}; }
    QString openFolder(QWidget*, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return saveAs; }
    QString saveAs;
    void error(QWidget*, const QString& title, const QString& text) override
    {
        shown << title + QLatin1Char('\n') + text;
    }
    bool confirm(QWidget*, const QString&, const QString&) override { return false; }
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override { return SaveChoice::Discard; }
    QStringList shown;
};

ScriptedPrompts* scripted(MainWindow& window)
{
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    return prompts;
}

} // namespace

class TestPackageChanged : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void warnsWhenTheVendorFileChanged();
};

void TestPackageChanged::warnsWhenTheVendorFileChanged()
{
    QTemporaryDir dir;
    const QString vendor = dir.filePath(QStringLiteral("acme-onboarding.yaml"));
    QVERIFY(QFile::copy(kSample, vendor));
    const QString review = dir.filePath(QStringLiteral("acme.grantscope"));
    {
        MainWindow window;
        ScriptedPrompts* prompts = scripted(window);
        window.openPathsNow({ vendor });
        window.document()->setReviewer(QStringLiteral("Dana Reviewer"));
        QVERIFY(window.saveSessionTo(review));
        QVERIFY(prompts->shown.isEmpty());
    }
    {
        // Unchanged: opened without a word.
        MainWindow window;
        ScriptedPrompts* prompts = scripted(window);
        QVERIFY(window.openSessionNow(review));
        QVERIFY2(prompts->shown.isEmpty(), qPrintable(prompts->shown.join(QLatin1Char('\n'))));
        QVERIFY(window.document()->packageChanges().empty());
        QCOMPARE(window.document()->reviewer(), QStringLiteral("Dana Reviewer"));
    }
    {
        QFile f(vendor);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# Outputs added in release 2.4\n");
    }
    MainWindow window;
    ScriptedPrompts* prompts = scripted(window);
    QVERIFY(window.openSessionNow(review));
    QCOMPARE(prompts->shown.size(), 1);
    QVERIFY(prompts->shown[0].startsWith(QStringLiteral("The package changed since the review was saved")));
    QVERIFY(prompts->shown[0].contains(QFileInfo(vendor).absoluteFilePath()));
    QCOMPARE(window.document()->packageChanges().size(), size_t(1));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("packageChangedBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isHidden());

    // The report exported now says so at its top as well.
    prompts->saveAs = dir.filePath(QStringLiteral("report.html"));
    window.findChild<QAction*>(QStringLiteral("actionExportReport"))->trigger();
    QFile report(prompts->saveAs);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.contains("id=\"package-changed\""));
    QVERIFY(html.contains("Dana Reviewer"));
    QCOMPARE(prompts->shown.size(), 1);
}

QTEST_MAIN(TestPackageChanged)
#include "tst_packagechanged.moc"
