// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Suggestions.h"

#include <algorithm>
#include <utility>

namespace grantscope {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

int distance(std::string_view a, std::string_view b)
{
    std::vector<int> prev(b.size() + 1);
    std::vector<int> cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

std::vector<std::string> closestNames(std::string_view wanted, const std::vector<std::string>& candidates)
{
    constexpr size_t kLongest = 256; // a name longer than this is no misspelling of a known one
    const int cap = std::max(1, static_cast<int>(wanted.size() / 3));
    const auto capSize = static_cast<size_t>(cap);
    std::vector<std::pair<int, std::string>> close;
    if (wanted.size() > kLongest)
        return {};
    for (const std::string& c : candidates) {
        if (c.size() > kLongest || c.size() + capSize < wanted.size() || wanted.size() + capSize < c.size())
            continue;
        const int d = distance(wanted, c);
        if (d <= cap)
            close.emplace_back(d, c);
    }
    std::stable_sort(close.begin(), close.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> names;
    for (size_t i = 0; i < close.size() && i < 3; ++i)
        names.push_back(close[i].second);
    return names;
}

} // namespace grantscope
