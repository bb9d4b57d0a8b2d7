// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace grantscope {

struct ActivityFinding;

/** One access key of a user in the IAM credential report. */
struct CredentialKey {
    int slot = 1; // access_key_1 or access_key_2
    bool active = false;
    std::optional<std::int64_t> lastRotated;
    std::optional<std::int64_t> lastUsed;
};

/** One row of the IAM credential report (`aws iam generate-credential-report` / `get-credential-report`). */
struct CredentialUser {
    std::string user;
    std::string arn;
    bool passwordEnabled = false;
    std::vector<CredentialKey> keys;
};

/**
 * Reads the credential report CSV (as the console downloads it, or the base64-decoded `Content` of
 * `aws iam get-credential-report`). Columns are found by their header names, so older and newer
 * reports both read; a row with the wrong number of fields is a located Error diagnostic and skipped.
 */
std::vector<CredentialUser> readCredentialReport(const QString& path, Diagnostics& diagnostics);

/**
 * Findings from the credential report at time `now`: active access keys older than `maxKeyAgeDays`
 * (never rotated in that time), active keys never used, and users with both a console password and
 * an active access key.
 */
std::vector<ActivityFinding> credentialFindings(
    const std::vector<CredentialUser>& users, std::int64_t now, int maxKeyAgeDays);

} // namespace grantscope
