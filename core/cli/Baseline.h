// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <QString>

#include <optional>
#include <set>
#include <string>

namespace grantscope::cli {

/**
 * The findings of an earlier review (`analyze --baseline`), as identities ReviewSession::findingKey() gives:
 * rule, subject, file name (archive member path kept) and position. `path` is an earlier `analyze --json`
 * output (each of its "findings") or a saved review (.grantscope: each finding it holds a verdict or note on).
 * std::nullopt with Error diagnostics located in `path` when it is neither or is malformed.
 */
std::optional<std::set<std::string>> readBaseline(const QString& path, Diagnostics& diagnostics);

} // namespace grantscope::cli
