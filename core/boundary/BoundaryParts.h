// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryCompactor.h"
#include "common/Diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/** Which part of a boundary written in several managed policies a policy is, read from its Id. */
struct BoundaryPartMark {
    std::string name; // the boundary's policy name
    size_t part = 0; // 1-based
    size_t count = 0;
    friend bool operator==(const BoundaryPartMark&, const BoundaryPartMark&) = default;
};

/** The policy Id of part `part` of `count`: "<name> part <part> of <count>". */
std::string boundaryPartId(const std::string& name, size_t part, size_t count);
/** The mark an Id written by boundaryPartId() carries; nullopt for any other Id. */
std::optional<BoundaryPartMark> parseBoundaryPartId(std::string_view id);

/**
 * A boundary as the managed policies that hold it. One policy when it fits AWS's 6,144-character limit;
 * otherwise several: part 1 is the permissions boundary (every Allow statement, and the Deny statements
 * that fit beside them), parts 2..n hold Deny statements only and are attached to the role as ordinary
 * managed policies. An explicit Deny in any policy of the role wins, so the role can do exactly what it could
 * under the one large boundary. A Deny statement is split between parts by its Action list (the patterns
 * the compactor made, each exact on the catalogue), never by a NotAction list. Every part of a split boundary
 * carries the Id boundaryPartId(), by which readBoundaryFile() merges the parts back into one boundary.
 */
struct BoundaryParts {
    std::vector<CompactedBoundary> parts; // policy.name of each is its managed-policy name
    bool fits = false; // every part within the limit
    Diagnostics diagnostics; // the compactor's warnings; an Error when even parts cannot hold the boundary

    /**
     * `compacted` (the compactor's result for `policy`, called `name`) when it fits; otherwise `policy` in parts
     * within `limit`, its action lists compacted with wildcards that end at a word (the readable form: the
     * compactor resorts to wildcards ending anywhere only to fit one policy), or as compacted when that cannot be
     * split.
     */
    static BoundaryParts split(const Catalog& catalog, const Policy& policy, const CompactedBoundary& compacted,
        const std::string& name, size_t limit = BoundaryCompactor::kManagedPolicyLimit);
};

} // namespace grantscope
