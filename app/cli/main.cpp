// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli: the headless companion of the GrantScope desktop application.
#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("grantscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRANTSCOPE_VERSION));
    return grantscope::cli::run(QCoreApplication::arguments());
}
