// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

namespace grantscope::cli {

/** True when the command line asks for a PDF report (--format pdf, or any word naming a *.pdf file). */
bool asksForPdf(int argc, char** argv);

/**
 * Loads the grantscope_pdf module (next to the program, else in the installed library folder), registers
 * its renderer with setPdfRenderer() and returns the QGuiApplication it makes. When the module is missing
 * or broken, registers a renderer that fails with the loader's message (so `report` exits 2 saying
 * why) and returns nullptr: the caller makes a plain QCoreApplication.
 */
std::unique_ptr<QCoreApplication> loadPdfSupport(int& argc, char** argv);

} // namespace grantscope::cli
