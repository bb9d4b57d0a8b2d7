// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope: the GrantScope desktop application.
#include "activity/ActivityView.h"
#include "app/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslations(QApplication& app)
{
    // The application's own translations are compiled in (":/i18n"); Qt's come from the system.
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("grantscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GrantScope"));
    QApplication::setOrganizationName(QStringLiteral("GrantScope"));
    QApplication::setApplicationVersion(QStringLiteral(GRANTSCOPE_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review the AWS IAM access a vendor asks for."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window for PATH into FILE.png and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption view(QStringLiteral("view"),
        QApplication::translate(
            "main", "View to show: dashboard, graph, findings, summary, boundary, diff or activity."),
        QStringLiteral("view"), QStringLiteral("dashboard"));
    const QCommandLineOption size(QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot."), QStringLiteral("WxH"),
        QStringLiteral("1600x1000"));
    const QCommandLineOption trail(QStringLiteral("trail"),
        QApplication::translate("main", "CloudTrail files or folder to compare the package with (repeatable)."),
        QStringLiteral("PATH"));
    parser.addOptions({ screenshot, view, size, trail });
    parser.addPositionalArgument(QStringLiteral("path"),
        QApplication::translate("main", "Files, folders or zips to open, or a saved review (.grantscope)."));
    parser.process(app);

    grantscope::ui::MainWindow window;
    using View = grantscope::ui::MainWindow::View;
    const QString viewName = parser.value(view);
    const View chosen = grantscope::ui::MainWindow::viewFromKey(viewName).value_or(View::Dashboard);

    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        window.resize(
            wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1600, wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 1000);
        window.show();
        if (!parser.positionalArguments().isEmpty())
            window.openPathsNow(parser.positionalArguments());
        if (parser.isSet(trail))
            window.activityView()->readTrailsNow(parser.values(trail));
        if (parser.isSet(view) || window.sessionPath().isEmpty())
            window.showView(chosen);
        // Charts replace their axes with deleteLater(): let those go before painting.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
        const QPixmap pixmap = window.grab();
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
    }
    if (parser.isSet(view))
        window.showView(chosen);
    return QApplication::exec();
}
