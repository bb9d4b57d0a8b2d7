// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Policy.h"

#include <string>

namespace grantscope {

/**
 * Writes a Policy back as IAM policy JSON, in AWS's element order (Version, Id, Statement; Sid,
 * Effect, Principal, Action, Resource, Condition). Single values are written as strings, several as
 * arrays. `indent` 0 gives the compact form, whose length (IAM does not count white space) is what
 * AWS compares with its size limits.
 */
std::string writePolicyJson(const Policy& policy, int indent = 0);

/** Characters IAM counts against its size limits: the document without white space outside strings. */
size_t policySizeForLimits(const Policy& policy);

} // namespace grantscope
