// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

/** A position in a source text: 1-based line and column (column counts Unicode code points). 0 means unknown. */
struct SourceLocation {
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

enum class DiagnosticSeverity { Error, Warning, Info };

/**
 * A located problem found in an input. Every fallible core call reports these instead of throwing.
 * `code` is a stable machine-readable id (e.g. "json-syntax", "unknown-action"); `message` is translated text.
 */
struct Diagnostic {
    DiagnosticSeverity severity = DiagnosticSeverity::Error;
    std::string code;
    QString file;
    SourceLocation location;
    QString message;

    /** "file:line:column: error: message", the form compilers use, so editors can jump to it. */
    QString toString() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

} // namespace grantscope
