// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/**
 * The names of `candidates` closest to a misspelt `wanted` (edit distance, ASCII case ignored), best first and
 * at most three; none when nothing is within a third of the name's length (at least one edit). For "did you
 * mean" in messages about a parameter or rule id that does not exist.
 */
std::vector<std::string> closestNames(std::string_view wanted, const std::vector<std::string>& candidates);

} // namespace grantscope
