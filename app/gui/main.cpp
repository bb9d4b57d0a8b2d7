// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope: the GrantScope desktop application.
#include "app/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GrantScope"));
    QApplication::setOrganizationName(QStringLiteral("GrantScope"));
    QApplication::setApplicationVersion(QStringLiteral(GRANTSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review the AWS IAM access a vendor asks for."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"), QApplication::translate("main", "Files, folders or zips to open."));
    parser.process(app);

    grantscope::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());
    window.show();
    return QApplication::exec();
}
