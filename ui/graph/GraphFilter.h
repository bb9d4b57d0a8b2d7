// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "catalog/AccessLevel.h"

#include <QString>

#include <optional>

namespace grantscope::ui {

inline constexpr AccessLevels kAllAccessLevels = 0x1f;

/**
 * What the access graph shows of everything it holds. A node passes when it meets every active
 * criterion; principals, roles and policies are also kept when something below them passes, so a
 * filtered graph still shows where a grant comes from.
 */
struct GraphFilter {
    std::optional<Severity> minimumSeverity; // empty: nodes with and without findings
    AccessLevels accessLevels = kAllAccessLevels;
    QString services; // service prefixes, separated by commas or spaces ("kms, s3"); empty: all
    QString search; // case-insensitive text in labels, action names and resource patterns

    bool isActive() const
    {
        return minimumSeverity.has_value() || (accessLevels & kAllAccessLevels) != kAllAccessLevels
            || !services.trimmed().isEmpty() || !search.trimmed().isEmpty();
    }
    friend bool operator==(const GraphFilter&, const GraphFilter&) = default;
};

} // namespace grantscope::ui
