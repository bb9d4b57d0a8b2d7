// SPDX-License-Identifier: GPL-3.0-or-later
// Built into grantscope-cli only when the GUI is built: gives `report --format pdf` its renderer.
#include "cli/Commands.h"
#include "report/PdfReport.h"

namespace {

[[maybe_unused]] const bool g_registered = [] {
    grantscope::cli::setPdfRenderer(&grantscope::ui::PdfReport::write);
    return true;
}();

} // namespace
