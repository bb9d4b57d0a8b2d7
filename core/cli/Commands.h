// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ReviewSubject.h"

#include <QStringList>

#include <cstdio>
#include <functional>
#include <string>

namespace grantscope {
class JsonStreamWriter;
} // namespace grantscope

namespace grantscope::cli {

int runExpand(const QStringList& args, std::FILE* out, std::FILE* err);
int runEvaluate(const QStringList& args, std::FILE* out, std::FILE* err);
int runExplain(const QStringList& args, std::FILE* out, std::FILE* err);
int runAnalyze(const QStringList& args, std::FILE* out, std::FILE* err);
int runBoundary(const QStringList& args, std::FILE* out, std::FILE* err);
int runDiff(const QStringList& args, std::FILE* out, std::FILE* err);
int runCompare(const QStringList& args, std::FILE* out, std::FILE* err);
int runReport(const QStringList& args, std::FILE* out, std::FILE* err);
int runActivity(const QStringList& args, std::FILE* out, std::FILE* err);
int runInventory(const QStringList& args, std::FILE* out, std::FILE* err);

/**
 * Renders report HTML to a PDF file at `path`; false with `error` set on failure. GUI builds register one
 * from the PDF module when a PDF report is asked for (app/cli/PdfLoader.cpp); in a core-only build there is
 * none and `report --format pdf` fails.
 */
using PdfRenderer = bool (*)(const std::string& html, const QString& path, QString* error);
void setPdfRenderer(PdfRenderer renderer);
PdfRenderer pdfRenderer();

/**
 * Writes `text` to `path` atomically, or to `out` when the path is empty or "-". Refuses a path that is one
 * of `inputs` (a package file or the review session: the reviewer's work must never be overwritten by a
 * report); a failed write, to a file or to standard output (a full disk, a closed pipe), is reported on `err`
 * and returns false, so the command exits 2 and leaves nothing partial behind.
 */
bool writeOutput(
    const QString& path, const std::string& text, std::FILE* out, std::FILE* err, const QStringList& inputs = {});
/**
 * Streams a JSON document `produce` writes to `path` as writeOutput() writes text: standard output when the
 * path is empty or "-", a file replaced only once all of it is written; nothing that could disguise text
 * reaches a terminal; a failed write is reported on `err` and returns false.
 */
bool streamOutput(const QString& path, std::FILE* out, std::FILE* err, const QStringList& inputs,
    const std::function<void(JsonStreamWriter&)>& produce);
/** True (with a message on `err`) when `output` names the same file as one of `inputs`. */
bool refuseOutputOverInput(const QString& output, const QStringList& inputs, std::FILE* err);
int runBench(const QStringList& args, std::FILE* out, std::FILE* err);

} // namespace grantscope::cli
