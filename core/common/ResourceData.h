// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

namespace grantscope {

/** The bytes of a resource compiled into the program (":/aws/..."), decompressed; empty when absent. */
std::string bundledResourceText(const QString& path);

} // namespace grantscope
