// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

namespace grantscope::ui {

/**
 * Prints the review report's HTML (reportToHtml) to a PDF file: A4, 15 mm margins, page numbers in the
 * footer. Inline SVG charts, which QTextDocument cannot draw, are rendered to images first. Needs a
 * QGuiApplication (the offscreen platform will do). The file is written atomically.
 */
class PdfReport {
public:
    static bool write(const std::string& html, const QString& path, QString* error = nullptr);
};

} // namespace grantscope::ui
