// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "package/ReviewSubject.h"

#include <QString>

#include <functional>
#include <string>

namespace grantscope {

/**
 * Reads a zip (or tar) archive with libarchive, safely: entries whose names are absolute or climb out
 * with "..", links and device files are skipped with a warning; the number of entries and the total
 * decompressed size are capped by `options` (an archive bomb stops with an error). Nothing is written
 * to disk. Calls `entry(name, bytes)` for each regular file, with `name` the normalised path inside
 * the archive. Returns false with an Error diagnostic when the archive is unreadable or over a limit.
 *
 * Formats: zip, tar (ustar/pax/GNU), each optionally gzip-compressed. Names are normalised ("./a//b",
 * "a\\b" -> "a/b"); folder entries are skipped silently. Diagnostics: Error "archive" (not an archive,
 * unreadable, damaged; file = `path`), Error "archive-limit" (more than `maxArchiveEntries` entries, or
 * more than `maxArchiveBytes` decompressed, counting entries that are skipped: reading stops at once),
 * Warning "archive-unsafe-entry" (absolute, "..", link, device), Warning "archive-entry-size" (one entry
 * over `maxFileBytes`), Warning "archive-entry" (an entry libarchive cannot read, e.g. encrypted);
 * warnings name the entry as `path!name`. Entries are delivered as they are read, so entries before a
 * limit error have been delivered. Never throws; `entry` should not throw either.
 */
bool readArchive(const QString& path, const LoadOptions& options, Diagnostics& diagnostics,
    const std::function<void(const QString& name, std::string bytes)>& entry);

} // namespace grantscope
