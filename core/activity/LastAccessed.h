// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <QString>
#include <cstdint>
#include <string>
#include <vector>

namespace grantscope {

/** When IAM last saw an entity use a service, or one action of it (action-level reports). */
struct LastAccessedEntry {
    std::string entity; // LastAuthenticatedEntity / LastAccessedEntity ARN; empty when the report omits it
    std::string service; // service namespace, e.g. "s3"
    std::string action; // lower-case "svc:action" for action-level entries; empty for a service-level one
    std::int64_t time = 0;
    friend bool operator==(const LastAccessedEntry&, const LastAccessedEntry&) = default;
};

/**
 * Reads `aws iam get-service-last-accessed-details` output: a service-level entry per service
 * authenticated at least once, and an action-level entry per tracked action used (JobType
 * ACTION_LEVEL). Services never authenticated give nothing. A file that is not such output, or a job
 * not COMPLETED, is an Error diagnostic.
 */
std::vector<LastAccessedEntry> readLastAccessed(const QString& path, Diagnostics& diagnostics);

} // namespace grantscope
