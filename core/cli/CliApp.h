// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace grantscope::cli {

/** Exit codes of grantscope-cli, usable as a CI gate. */
enum ExitCode : int { Success = 0, FindingsAtThreshold = 1, BadInput = 2 };

/** Runs grantscope-cli with `arguments` (argv, program name first); output goes to `out`, messages to `err`. */
int run(const QStringList& arguments, std::FILE* out = stdout, std::FILE* err = stderr);

} // namespace grantscope::cli
