// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/AccessLevel.h"

#include "common/Text.h"

#include <QCoreApplication>

namespace grantscope {

AccessLevel primaryAccessLevel(AccessLevels levels)
{
    for (AccessLevel l : { AccessLevel::PermissionsManagement, AccessLevel::Tagging, AccessLevel::Write,
             AccessLevel::Read, AccessLevel::List })
        if (hasLevel(levels, l))
            return l;
    return AccessLevel::Write;
}

const char* accessLevelKey(AccessLevel level)
{
    switch (level) {
    case AccessLevel::List:
        return "List";
    case AccessLevel::Read:
        return "Read";
    case AccessLevel::Write:
        return "Write";
    case AccessLevel::PermissionsManagement:
        return "Permissions management";
    case AccessLevel::Tagging:
        return "Tagging";
    }
    return "Write";
}

std::optional<AccessLevel> parseAccessLevel(std::string_view text)
{
    std::string t = toLowerAscii(text);
    for (char& c : t)
        if (c == '-' || c == '_')
            c = ' ';
    if (t == "list")
        return AccessLevel::List;
    if (t == "read")
        return AccessLevel::Read;
    if (t == "write")
        return AccessLevel::Write;
    if (t == "permissions management" || t == "permissions" || t == "permissionsmanagement")
        return AccessLevel::PermissionsManagement;
    if (t == "tagging")
        return AccessLevel::Tagging;
    return std::nullopt;
}

QString accessLevelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::List:
        return QCoreApplication::translate("AccessLevel", "List");
    case AccessLevel::Read:
        return QCoreApplication::translate("AccessLevel", "Read");
    case AccessLevel::Write:
        return QCoreApplication::translate("AccessLevel", "Write");
    case AccessLevel::PermissionsManagement:
        return QCoreApplication::translate("AccessLevel", "Permissions management");
    case AccessLevel::Tagging:
        return QCoreApplication::translate("AccessLevel", "Tagging");
    }
    return {};
}

} // namespace grantscope
