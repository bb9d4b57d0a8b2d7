// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PrincipalText.h"

namespace grantscope {

std::string principalAccount(const std::string& principal)
{
    if (!principal.starts_with("arn:"))
        return principal;
    size_t pos = 0;
    for (int i = 0; i < 4; ++i) {
        pos = principal.find(':', pos);
        if (pos == std::string::npos)
            return {};
        ++pos;
    }
    const size_t end = principal.find(':', pos);
    return end == std::string::npos ? std::string() : principal.substr(pos, end - pos);
}

std::vector<std::string> placeholderNames(const std::string& value)
{
    std::vector<std::string> out;
    size_t at = 0;
    while ((at = value.find("${", at)) != std::string::npos) {
        const size_t close = value.find('}', at + 2);
        if (close == std::string::npos)
            break;
        out.push_back(value.substr(at + 2, close - at - 2));
        at = close + 1;
    }
    return out;
}

} // namespace grantscope
