// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <string>

namespace grantscope {

/** The raw bytes of one input file and the name that diagnostics about it use. */
struct SourceText {
    QString file;
    std::string bytes;
    friend bool operator==(const SourceText&, const SourceText&) = default;
};

/**
 * Reads a whole file, opened read-only; the file is never modified. Refuses directories and files
 * larger than `maxBytes` (checked before reading; pipes and devices are read at most `maxBytes + 1`
 * bytes), and reports missing or unreadable files. Every refusal is an Error diagnostic with code
 * "io" whose `file` and message name the path. Never throws.
 */
std::optional<SourceText> readSourceFile(
    const QString& path, Diagnostics& diagnostics, size_t maxBytes = 16u * 1024 * 1024);

} // namespace grantscope
