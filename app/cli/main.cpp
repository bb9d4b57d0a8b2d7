// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli: the headless companion of the GrantScope desktop application.
#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

#ifdef GRANTSCOPE_HAVE_PDF
#include <QGuiApplication>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <strings.h>
#endif

namespace {

// PDF reports lay out text with QtGui, which needs a QGuiApplication (offscreen: no display needed).
// The application is given the program name only: QGuiApplication would take options such as
// "--session" and "-style" out of the command line for itself.
std::unique_ptr<QCoreApplication> makeApplication([[maybe_unused]] int argc, char** argv, int& programOnly)
{
#ifdef GRANTSCOPE_HAVE_PDF
    // A PDF is asked for by --format pdf, or by a report file named *.pdf however -o is spelt ("-o x.pdf",
    // "-ox.pdf", "--output=x.pdf"): any word ending in .pdf makes the GUI application, which costs nothing more.
    const auto pdfName = [](const char* name) {
        const size_t length = std::strlen(name);
        return length > 4 && strcasecmp(name + length - 4, ".pdf") == 0;
    };
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || strcasecmp(argv[i], "--format=pdf") == 0
            || (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && strcasecmp(argv[i + 1], "pdf") == 0)
            || pdfName(argv[i]);
    if (pdf) {
        if (!std::getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
        return std::make_unique<QGuiApplication>(programOnly, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(programOnly, argv);
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    static int programOnly = 1;
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, programOnly);
    QCoreApplication::setApplicationName(QStringLiteral("grantscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRANTSCOPE_VERSION));
    return grantscope::cli::run(arguments);
}
