// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace grantscope {

/** AWS's access levels. An action may carry several (AWS lists e.g. "Permissions management, Write"). */
enum class AccessLevel : uint8_t {
    List = 1,
    Read = 2,
    Write = 4,
    PermissionsManagement = 8,
    Tagging = 16,
};

using AccessLevels = uint8_t; // bit mask of AccessLevel values

inline constexpr AccessLevel kAccessLevels[] = { AccessLevel::List, AccessLevel::Read, AccessLevel::Write,
    AccessLevel::PermissionsManagement, AccessLevel::Tagging };

inline bool hasLevel(AccessLevels levels, AccessLevel level)
{
    return levels & static_cast<uint8_t>(level);
}

/**
 * The one level an action is summarised under, the most specific AWS lists for it: Permissions
 * management before Tagging before Write, then Read, then List (as the IAM console's summary does).
 */
AccessLevel primaryAccessLevel(AccessLevels levels);

/** AWS's own English name ("Permissions management"), used in data files and exports. */
const char* accessLevelKey(AccessLevel level);
/** Parses AWS's name or a short form ("permissions-management", "permissions", "tagging"), ignoring case. */
std::optional<AccessLevel> parseAccessLevel(std::string_view text);
/** Translated display name. */
QString accessLevelName(AccessLevel level);

} // namespace grantscope
