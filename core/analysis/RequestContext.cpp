// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RequestContext.h"

#include "common/Text.h"

namespace grantscope {

void RequestContext::set(std::string_view key, std::vector<std::string> values)
{
    m_values[toLowerAscii(key)] = std::move(values);
}

const std::vector<std::string>* RequestContext::find(std::string_view key) const
{
    auto it = m_values.find(toLowerAscii(key));
    return it == m_values.end() ? nullptr : &it->second;
}

} // namespace grantscope
