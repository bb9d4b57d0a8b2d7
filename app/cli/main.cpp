// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli: the headless companion of the GrantScope desktop application.
#include "cli/CliApp.h"
#include "common/BatchHeap.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

#ifdef GRANTSCOPE_HAVE_PDF
#include "PdfLoader.h"
#endif

int main(int argc, char** argv)
{
    // A batch run: the heap grows in large steps and keeps what is freed (common/BatchHeap.h).
    grantscope::prepareBatchHeap();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The application is given the program name only: QGuiApplication would take options such as
    // "--session" and "-style" out of the command line for itself.
    static int programOnly = 1;
    std::unique_ptr<QCoreApplication> app;
#ifdef GRANTSCOPE_HAVE_PDF
    // PDF reports lay out text with QtGui, which needs a QGuiApplication: the PDF module makes it. Every
    // other command runs on QtCore alone, without loading QtGui at all.
    if (grantscope::cli::asksForPdf(argc, argv))
        app = grantscope::cli::loadPdfSupport(programOnly, argv);
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(programOnly, argv);
    QCoreApplication::setApplicationName(QStringLiteral("grantscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRANTSCOPE_VERSION));
    const int status = grantscope::cli::run(arguments);
    // Nothing is left to do but free memory piece by piece, which the kernel does at once on exit.
    grantscope::finishBatchRun(status);
    return status;
}
