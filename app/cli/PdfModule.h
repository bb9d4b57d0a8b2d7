// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two entry points of the grantscope_pdf module (PdfSupport.cpp), which grantscope-cli resolves by
// name after loading it with QLibrary (PdfLoader.cpp). C names, so no C++ mangling has to match.

#include <QString>

#include <string>

class QCoreApplication;

namespace grantscope::pdfmodule {

/** Makes the QGuiApplication PDF output needs (offscreen unless QT_QPA_PLATFORM says otherwise). */
using MakeApplication = QCoreApplication* (*)(int* argc, char** argv);
inline constexpr char kMakeApplication[] = "grantscope_pdf_make_application";

/** Prints report HTML to a PDF file, as ui::PdfReport::write. */
using Write = bool (*)(const std::string* html, const QString* path, QString* error);
inline constexpr char kWrite[] = "grantscope_pdf_write";

} // namespace grantscope::pdfmodule
