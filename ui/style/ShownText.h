// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/QtText.h"
#include "common/Text.h"

#include <QString>
#include <QVariant>

#include <string_view>

namespace grantscope::ui {

/**
 * Text from a package as the window shows it: control, bidirectional-override and zero-width characters
 * replaced by visible escapes (common/Text visibleControls, as in the CLI and the exports), so that a
 * vendor's name can neither reorder nor hide what the reviewer reads.
 */
inline QString shownText(std::string_view text)
{
    return toQString(visibleControls(text));
}

inline QString shownText(const QString& text)
{
    return shownText(text.toStdString());
}

/** A model's value for `role`, with the text roles a reviewer reads made visible (shownText). */
inline QVariant shownData(QVariant value, int role)
{
    if ((role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::StatusTipRole
            || role == Qt::AccessibleTextRole || role == Qt::AccessibleDescriptionRole)
        && value.typeId() == QMetaType::QString)
        return shownText(value.toString());
    return value;
}

} // namespace grantscope::ui
