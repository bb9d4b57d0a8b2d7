// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace grantscope {

/** The account of an AWS principal ("123456789012", "arn:aws:iam::123456789012:root", "...:role/x"); empty if none. */
std::string principalAccount(const std::string& principal);

/** The names inside the "${...}" placeholders the loaders leave for values unknown before deployment. */
std::vector<std::string> placeholderNames(const std::string& value);

} // namespace grantscope
