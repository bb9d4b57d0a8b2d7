// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/**
 * The condition keys of one request. Keys are case-insensitive (stored lower-cased); each key has one
 * or more values. A key given as a JSON array is multi-valued (relevant to ForAllValues/ForAnyValue).
 */
class RequestContext {
public:
    void set(std::string_view key, std::vector<std::string> values);
    void set(std::string_view key, std::string value) { set(key, std::vector<std::string> { std::move(value) }); }
    /** The values of `key` (any case), or nullopt when the request does not carry it. */
    const std::vector<std::string>* find(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    bool empty() const { return m_values.empty(); }

private:
    std::map<std::string, std::vector<std::string>, std::less<>> m_values;
};

} // namespace grantscope
