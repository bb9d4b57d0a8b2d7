// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace grantscope {

/** A 12-digit AWS account id ("123456789012"). */
inline bool isAwsAccountId(std::string_view s)
{
    return s.size() == 12 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/** The AWS partitions a reviewer may name (ARNs begin "arn:<partition>:"). */
inline constexpr std::array<std::string_view, 8> kAwsPartitions
    = { "aws", "aws-us-gov", "aws-cn", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc" };

inline bool isAwsPartition(std::string_view s)
{
    return std::find(kAwsPartitions.begin(), kAwsPartitions.end(), s) != kAwsPartitions.end();
}

} // namespace grantscope
