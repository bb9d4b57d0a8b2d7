// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"

#include <QString>
#include <functional>
#include <string_view>

namespace grantscope {

/** The fields of one CloudTrail record that usage analysis reads, whatever file they come from. */
struct TrailRecordFields {
    std::string_view source, name, time;
    std::string_view issuerType, issuerArn, issuerAccount; // userIdentity.sessionContext.sessionIssuer
    std::string_view arn, account; // userIdentity.arn / accountId
    std::string_view recipient, errorCode, eventId;
    bool dataEvent = false;
    std::string_view resources[4]; // resources[].ARN, the first four
    int resourceCount = 0;
};

/**
 * Reads a CloudTrail Lake or Athena query result saved as CSV (RFC 4180 quoting, fields may span
 * lines). Columns are found by name, case-insensitively, with or without the record path:
 * eventSource, eventName, eventTime, eventID, errorCode, recipientAccountId, eventCategory,
 * userIdentity.sessionContext.sessionIssuer.{type,arn,accountId} (or `_` for `.`), or Athena's
 * `useridentity` struct text (`{type=AssumedRole, ..., sessioncontext={..., sessionissuer={type=Role,
 * arn=..., accountid=...}}}`). Calls `record` per row; false with `error` and `where` set when the
 * header lacks eventSource, eventName or eventTime, or a quote is never closed.
 */
bool parseTrailCsv(std::string_view text, const std::function<void(const TrailRecordFields&)>& record, QString* error,
    SourceLocation* where);

} // namespace grantscope
