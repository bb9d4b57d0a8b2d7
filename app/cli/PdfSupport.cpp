// SPDX-License-Identifier: GPL-3.0-or-later
// The grantscope_pdf module: gives `grantscope-cli report --format pdf` its renderer, the GUI library's
// PdfReport, and the QGuiApplication it needs. Only this module links QtGui; the CLI loads it on demand.
#include "PdfModule.h"
#include "report/PdfReport.h"

#include <QGuiApplication>

#include <type_traits>

extern "C" {

Q_DECL_EXPORT QCoreApplication* grantscope_pdf_make_application(int* argc, char** argv)
{
    // Offscreen: a PDF needs fonts and layout, not a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return new QGuiApplication(*argc, argv);
}

Q_DECL_EXPORT bool grantscope_pdf_write(const std::string* html, const QString* path, QString* error)
{
    return grantscope::ui::PdfReport::write(*html, *path, error);
}

} // extern "C"

// The signatures above must stay those the CLI resolves them as.
static_assert(std::is_same_v<decltype(&grantscope_pdf_make_application), grantscope::pdfmodule::MakeApplication>);
static_assert(std::is_same_v<decltype(&grantscope_pdf_write), grantscope::pdfmodule::Write>);
