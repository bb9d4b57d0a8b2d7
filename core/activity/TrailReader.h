// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity/ActivityLog.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace grantscope {

class EventMapping;

struct TrailReadOptions {
    int workers = 2; // files read at the same time
    size_t maxFileBytes = size_t(256) << 20; // per file, after inflating (a delivery is a few MB at most)
    /** Called after each file with (files done, files in all); returning false cancels the rest. */
    std::function<bool(int, int)> progress;
};

/**
 * The trail files under `paths`: a file as given (whatever its name), or every `*.json`, `*.csv`
 * (CloudTrail Lake and Athena exports) and their `.gz` below a folder, searched recursively (the
 * AWSLogs/<account>/CloudTrail/<region>/ <yyyy>/<mm>/<dd>/ layout of a trail or an organization trail), digest folders
 * left out. Sorted; a missing path becomes an Error diagnostic.
 */
QStringList collectTrailFiles(const QStringList& paths, Diagnostics& diagnostics);

/**
 * Reads CloudTrail deliveries (`.json`, `.json.gz`), `aws cloudtrail lookup-events` output and
 * CloudTrail Lake / Athena CSV exports, on
 * `options.workers` threads, one file in memory per thread at a time. A damaged file (truncated
 * gzip, bad JSON, not CloudTrail) becomes an Error diagnostic with its path and is skipped; the
 * rest are still read. An eventID found in several files counts once.
 */
ActivityLog readTrails(const QStringList& paths, const EventMapping& mapping, const TrailReadOptions& options = {});

} // namespace grantscope
