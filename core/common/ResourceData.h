// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace grantscope {

/** The bytes of a resource compiled into the program (":/aws/..."), decompressed; empty when absent. */
std::string bundledResourceText(const QString& path);

/**
 * The bytes of a resource compiled into the program uncompressed, read in place where the program is
 * mapped: valid for the program's lifetime, nothing copied or allocated. Empty when the resource is
 * absent or compressed (bundledResourceText() then reads it).
 */
std::string_view bundledResourceView(const QString& path);

} // namespace grantscope
