// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope: the GrantScope desktop application.
#include "activity/ActivityView.h"
#include "analysis/RuleSet.h"
#include "app/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

void installTranslations(QApplication& app)
{
    // The application's own translations are compiled in (":/i18n"); Qt's come from the system.
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("grantscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
        // The rules' titles, rationales and mitigations in the same language as the rest of the window.
        grantscope::RuleSet::setLanguage(own->language());
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// A screenshot needs no display: unless the user chose a platform, it renders offscreen. Decided before
// QApplication exists, since it picks the platform when constructed.
void renderOffscreenForScreenshots(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
}

} // namespace

int main(int argc, char** argv)
{
    renderOffscreenForScreenshots(argc, argv);
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GrantScope"));
    QApplication::setOrganizationName(QStringLiteral("GrantScope"));
    QApplication::setApplicationVersion(QStringLiteral(GRANTSCOPE_VERSION));
    // The same id as the installed launcher and icon, so that the desktop matches the window to both.
    QApplication::setDesktopFileName(QStringLiteral(GRANTSCOPE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" GRANTSCOPE_APP_ID ".svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review the AWS IAM access a vendor asks for."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window for PATH into FILE.png and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption view(QStringLiteral("view"),
        QApplication::translate("main",
            "View to show: dashboard, graph, findings, summary, boundary, diff, activity, explain or inventory."),
        QStringLiteral("view"), QStringLiteral("dashboard"));
    const QCommandLineOption size(QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot."), QStringLiteral("WxH"),
        QStringLiteral("1600x1000"));
    const QCommandLineOption trail(QStringLiteral("trail"),
        QApplication::translate("main", "CloudTrail files or folder to compare the package with (repeatable)."),
        QStringLiteral("PATH"));
    const QCommandLineOption compareWith(QStringLiteral("compare-with"),
        QApplication::translate("main",
            "An earlier release of the package to compare it with (files, folder or zip; repeatable); with "
            "--screenshot, the comparison is rendered."),
        QStringLiteral("PATH"));
    parser.addOptions({ screenshot, view, size, trail, compareWith });
    parser.addPositionalArgument(QStringLiteral("path"),
        QApplication::translate("main", "Files, folders or zips to open, or a saved review (.grantscope)."));
    parser.process(app);

    using View = grantscope::ui::MainWindow::View;
    const QString viewName = parser.value(view);
    const std::optional<View> chosenView = grantscope::ui::MainWindow::viewFromKey(viewName);
    if (!chosenView) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main",
                "grantscope: unknown view \"%1\"; choose dashboard, graph, findings, summary, boundary, diff, "
                "activity, explain or inventory")
                           .arg(viewName)));
        return 2;
    }
    const View chosen = *chosenView;

    // A screenshot shows the window as it first opens: neither the reviewer's saved layout nor their recent
    // files are read, and nothing it does is remembered.
    std::optional<QTemporaryDir> screenshotSettings;
    if (parser.isSet(screenshot)) {
        for (const QString& path : parser.positionalArguments() + parser.values(compareWith))
            if (!QFileInfo::exists(path)) {
                std::fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate("main", "grantscope: %1: no such file or folder").arg(path)));
                return 2;
            }
        screenshotSettings.emplace();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, screenshotSettings->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings->path());
    }

    grantscope::ui::MainWindow window;

    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() != 2 || wh.value(0).toInt() < 320 || wh.value(1).toInt() < 240) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "grantscope: --size wants WIDTHxHEIGHT, e.g. 1366x768")));
            return 2;
        }
        window.resize(wh.value(0).toInt(), wh.value(1).toInt());
        window.show();
        if (!parser.positionalArguments().isEmpty())
            window.openPathsNow(parser.positionalArguments());
        if (parser.isSet(trail))
            window.activityView()->readTrailsNow(parser.values(trail));
        if (parser.isSet(view) || window.sessionPath().isEmpty())
            window.showView(chosen);
        QWidget* shown = &window;
        if (parser.isSet(compareWith)) {
            QDialog* compared = nullptr;
            QEventLoop loop;
            QObject::connect(&window, &grantscope::ui::MainWindow::releaseCompared, &loop, [&](QDialog* dialog) {
                compared = dialog;
                loop.quit();
            });
            window.compareWithRelease(parser.values(compareWith));
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            loop.exec();
            if (!compared) {
                std::fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate("main", "grantscope: the earlier release cannot be read")));
                return 2;
            }
            compared->resize(wh.value(0).toInt(), wh.value(1).toInt());
            compared->show();
            shown = compared;
        }
        // Work on a worker (the graphs of a large package, the side-by-side text of the boundary diff) shows a
        // busy bar while it runs: the picture is taken once none shows, as a reviewer would see it (at most
        // two minutes).
        for (int i = 0; i < 1200; ++i) {
            bool busy = false;
            for (const QProgressBar* bar : shown->findChildren<QProgressBar*>())
                busy = busy || bar->isVisible();
            if (!busy)
                break;
            QApplication::processEvents(QEventLoop::AllEvents, 100);
        }
        // Charts replace their axes with deleteLater(): let those go before painting.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
        const QPixmap pixmap = shown->grab();
        if (!pixmap.save(parser.value(screenshot))) {
            std::fprintf(stderr, "grantscope: cannot write %s\n", qPrintable(parser.value(screenshot)));
            return 2;
        }
        return 0;
    }

    window.show();
    // After a crash, the autosaved review comes first; declined, the paths given are opened.
    if (!window.offerRecovery() && !parser.positionalArguments().isEmpty()) {
        window.openPaths(parser.positionalArguments());
        // The trails are read once the package is: the activity view measures its roles.
        if (parser.isSet(trail))
            QObject::connect(&window, &grantscope::ui::MainWindow::loadFinished, &window,
                [&window, paths = parser.values(trail)](bool ok) {
                    if (ok && window.activityView()->trailPaths().isEmpty())
                        window.activityView()->readTrails(paths);
                });
        // The comparison once the package is open: it compares with the review the window holds.
        if (parser.isSet(compareWith))
            QObject::connect(&window, &grantscope::ui::MainWindow::loadFinished, &window,
                [&window, paths = parser.values(compareWith), done = false](bool ok) mutable {
                    if (ok && !done) {
                        done = true;
                        window.compareWithRelease(paths);
                    }
                });
    }
    if (parser.isSet(view))
        window.showView(chosen);
    return QApplication::exec();
}
