// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "catalog/AccessLevel.h"

#include <QColor>
#include <QFont>

#include <optional>
#include <string>

class QPalette;

namespace grantscope::ui {

/**
 * The access graph's colours, derived from the widget palette so that they read on light and
 * dark themes: severity accents (critical and high red, medium orange, low yellow, none
 * neutral), node fills tinted towards the accent, and the access-level colours of service bars.
 */
class GraphStyle {
public:
    static bool isDark(const QPalette& palette);
    static QColor accent(std::optional<Severity> severity, const QPalette& palette);
    static QColor fill(std::optional<Severity> severity, const QPalette& palette);
    static QColor edge(std::optional<Severity> severity, const QPalette& palette);
    static QColor secondaryText(const QPalette& palette);
    static QColor levelColor(AccessLevel level, const QPalette& palette);
    /** Borders of what exists only under a template condition (drawn dashed). */
    static QColor conditional(const QPalette& palette);
    /** The inner rim of a subject that is not a role: "user", "group", "resource-policy". */
    static QColor subjectKind(const std::string& kind, const QPalette& palette);
    /**
     * The outer rim of a node marked against another release: green, as in a diff, for what is new (solid) or
     * changed (dashed), slate for what the newer release no longer has. Neither is a severity colour.
     */
    static QColor release(bool removed, const QPalette& palette);
    /** Column titles: small bold capitals. */
    static QFont headerFont(const QFont& base);
};

} // namespace grantscope::ui
