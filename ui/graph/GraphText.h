// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace grantscope::ui {

/**
 * "1 action" / "2,957 actions": the count in the user's locale with a translated singular or
 * plural form (no English catalogue ships, so "%n action(s)" would show its brackets).
 */
inline QString countText(const char* context, int n, const char* one, const char* many)
{
    return QCoreApplication::translate(context, n == 1 ? one : many).arg(QLocale().toString(n));
}

} // namespace grantscope::ui
