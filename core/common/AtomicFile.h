// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>

namespace grantscope {

/**
 * Writes `bytes` to `path` atomically (QSaveFile): a reader never sees a half-written file, and on failure
 * the previous file stays as it was. Returns false with `error` (when given) set to the reason. Every file
 * the application and the command line write goes through here. A device or pipe at `path` (/dev/null, a
 * FIFO) is written in place, never replaced.
 */
bool writeFileAtomically(const QString& path, std::string_view bytes, QString* error = nullptr);

} // namespace grantscope
