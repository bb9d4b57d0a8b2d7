// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryCompactor.h"

#include <set>
#include <string>
#include <vector>

namespace grantscope {

class Catalog;
struct RoleUsage;

/**
 * Resource patterns covering `arns`: ARNs that share a parent path (or, without a path, everything up to
 * the last ':') are replaced by "parent*" once `threshold` or more of them were seen; if more than
 * `maxPatterns` remain, each is cut at the first '/' of its resource part. Sorted, unique.
 */
std::vector<std::string> generaliseArns(
    const std::set<std::string>& arns, size_t threshold = 3, size_t maxPatterns = 20);

/**
 * A least-privilege identity policy from what a role was seen doing: every used action that the role
 * is granted (so it never asks for more than the vendor's policy names), on the resource ARNs its
 * events named, generalised by generaliseArns(), or on "*" when some event of it named no resource.
 * Actions with the same resources share a statement. Returned compacted within AWS's managed-policy
 * limit, ready for the diff view and the boundary exports (writeBoundary).
 */
CompactedBoundary rightsizedPolicy(const Catalog& catalog, const RoleUsage& usage, const ActionSet& granted);

} // namespace grantscope
