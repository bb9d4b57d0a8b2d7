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
 * Reads a whole file, opened read-only; the file is never modified. Refuses directories, pipes, devices
 * and sockets (found by a stat before opening: a pipe's open would wait for a writer, a device may never
 * end) and files larger than `maxBytes` (checked before reading, and again by what was read), and
 * reports missing or unreadable files. Every refusal is an Error diagnostic with code "io" whose `file`
 * and message name the path. Never throws.
 */
std::optional<SourceText> readSourceFile(
    const QString& path, Diagnostics& diagnostics, size_t maxBytes = 16u * 1024 * 1024);

/**
 * As readSourceFile(), for a path a folder's listing has just reported as a regular file: no stat before
 * the open. A file under 64 KiB costs an open, one read and a close; when the read gives nothing or a
 * whole buffer the open file is stat'ed and refused as readSourceFile() would (a pipe or device put in
 * the file's place meanwhile). The same refusals with the same messages.
 */
std::optional<SourceText> readListedFile(
    const QString& path, Diagnostics& diagnostics, size_t maxBytes = 16u * 1024 * 1024);

} // namespace grantscope
