// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "doc/SourceFile.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope::cli {

/** Appends `s` to `out` as a JSON string literal (quotes included), escaping per RFC 8259. */
void appendJsonString(std::string& out, std::string_view s);

/** Writes `text` to `stream` in one call. */
void write(std::FILE* stream, std::string_view text);
void write(std::FILE* stream, const QString& text);

/**
 * Prints diagnostics as "file:line:column: severity: message"; warnings only when `warnings` is set. Notes
 * (Info: files of the package not reviewed or excluded) are always printed: nothing is left out unsaid.
 */
void printDiagnostics(std::FILE* err, const Diagnostics& diagnostics, bool warnings);

/** How standard input is named in messages, when "-" is given for a file. */
QString standardInputName();

/**
 * A report's format, "html", "pdf" or "md": the one named (`given`, e.g. --format), else the one the file's
 * extension implies (.html, .htm, .pdf, .md, .markdown); empty when neither tells (or the file is "-").
 */
QString reportFormat(const QString& given, const QString& path);

/**
 * Reads all of standard input (at most `maxBytes`), named standardInputName() in diagnostics; a read error
 * or more than `maxBytes` bytes is an Error diagnostic with code "io".
 */
std::optional<SourceText> readStandardInput(Diagnostics& diagnostics, size_t maxBytes = 16u * 1024 * 1024);

/** Reads `path` as readSourceFile() does, or standard input when it is "-". */
std::optional<SourceText> readInput(const QString& path, Diagnostics& diagnostics);

/** A policy file found on the command line: a file itself, or each *.json file (sorted) in a folder. */
struct InputFile {
    QString path; // as found, for reading ("-": standard input)
    QString display; // as shown in messages
    std::string stem; // file name without ".json"
    bool listedRegular = false; // a folder's listing said it is a regular file (not a link to one)
};

/**
 * Expands PATH arguments into files. A folder contributes its `*.json` files (not recursive, sorted
 * by name); "-" stands for standard input. Missing paths become Error diagnostics.
 */
std::vector<InputFile> collectPolicyFiles(const QStringList& paths, Diagnostics& diagnostics);
/** As readInput(); a file its folder's listing found regular is read without a stat first (readListedFile). */
std::optional<SourceText> readInput(const InputFile& file, Diagnostics& diagnostics);

} // namespace grantscope::cli
