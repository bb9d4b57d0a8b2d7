// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity/ActivityLog.h"
#include "activity/RoleActivity.h"
#include "catalog/ActionSet.h"
#include "common/Diagnostic.h"

#include <QStringList>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace grantscope {

class Catalog;
struct LoadOptions;
struct ReviewSubject;

/** What the reviewer gives to compare a package with what its roles did. */
struct ActivityInputs {
    QStringList trails; // CloudTrail files or folders (required)
    QStringList lastAccessed; // IAM last-accessed reports
    QString credentialReport; // the IAM credential report CSV, or empty
    std::map<std::string, std::string> arns; // role name → ARN, where the role is not named as the package says
    ActivityOptions options;
};

/** The whole activity review: the trails as read, the package's roles and what they did. */
struct ActivityReview {
    ActivityLog log;
    std::vector<ActivityRole> roles;
    ActivityReport report;
    Diagnostics diagnostics; // of the last-accessed and credential reports, and about the inputs
    std::vector<std::string> unknownRoles; // names in `arns` that are no role of the package
    bool cancelled = false;
    bool unreadableReport = false; // a last-accessed report with errors, or a credential report with no user read

    /** True when the review could not run: no role, no trail file read, an unknown role, a bad report. */
    bool failed() const;
};

/**
 * Reads the trails (and the optional reports) and measures each role of `package` against them: the one
 * computation behind `grantscope-cli activity` and the window's activity view. `findings` are the
 * package's findings (for the granted-but-never-used dangerous actions). `progress` is called after each
 * trail file with (files done, files in all); returning false cancels, and the result is `cancelled`.
 */
ActivityReview reviewActivity(const ReviewSubject& package, const LoadOptions& options,
    const std::vector<Finding>& findings, const ActivityInputs& inputs,
    const std::function<bool(int, int)>& progress = {});

/**
 * The activity of every role of the package, as catalogue actions, for views that show the whole package
 * at once (the access graph): `used` by at least one role; `unused`, granted to a role the trails observed
 * and used by none; `unobservable`, granted but invisible to these trails and used by none. A role whose
 * trails could not be read adds nothing: its grants are neither used nor unused. All empty (of the
 * catalogue's size) when the review failed.
 */
struct ActionUse {
    ActionSet used;
    ActionSet unused;
    ActionSet unobservable;
};
ActionUse actionUse(const ActivityReview& activity, const Catalog& catalog);

} // namespace grantscope
