// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity/ActivityLog.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace grantscope {

class EventMapping;

/** What a trail file turned out to hold, recognised by its content. */
enum class TrailFileKind {
    Deliveries, // {"Records": [...]}, as CloudTrail delivers to S3
    LookupEvents, // {"Events": [{"CloudTrailEvent": "<json>"}]}, from `aws cloudtrail lookup-events`
    Digest, // a CloudTrail digest file: no events, ignored
    Csv, // a CloudTrail Lake or Athena query result exported as CSV
};

/** The events of one file, with string tables local to the file (ActivityEvent indices point into them). */
struct TrailBatch {
    TrailFileKind kind = TrailFileKind::Deliveries;
    std::vector<ActivityEvent> events;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ids; // eventID hash per event; {0, 0} without one
    std::vector<EventCall> calls;
    std::vector<EventPrincipal> principals;
    std::vector<std::string> accounts;
    std::set<std::string> dataEventSources;
    std::vector<std::string> resources;
    std::vector<std::pair<std::uint32_t, int>> eventResources; // (event, resource), local indices
    std::int64_t malformed = 0;
    void clear();
};

/**
 * Parses the text of one trail file (padded as DeliveryFile gives it) into a TrailBatch with simdjson.
 * Holds its parsers and buffers between files: use one per thread.
 */
class TrailParser {
public:
    explicit TrailParser(const EventMapping& mapping);
    ~TrailParser();
    TrailParser(const TrailParser&) = delete;
    TrailParser& operator=(const TrailParser&) = delete;

    /**
     * Fills `batch`; false when the text is not JSON or not a CloudTrail file, with `error` set and
     * `where` the line and column of a syntax error when known.
     */
    bool parse(const char* data, size_t size, TrailBatch& batch, QString* error, SourceLocation* where);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace grantscope
