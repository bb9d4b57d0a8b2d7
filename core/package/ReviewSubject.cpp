// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/ReviewSubject.h"

namespace grantscope {

const char* policyOriginKey(PolicyOrigin origin)
{
    switch (origin) {
    case PolicyOrigin::Inline:
        return "inline";
    case PolicyOrigin::CustomerManaged:
        return "customer-managed";
    case PolicyOrigin::AwsManaged:
        return "aws-managed";
    case PolicyOrigin::Standalone:
        return "standalone";
    }
    return "standalone";
}

std::string AccountEntityInfo::account() const
{
    // arn:partition:iam::ACCOUNT:role/path/name
    size_t start = 0;
    for (int field = 0; field < 4; ++field) {
        start = arn.find(':', start);
        if (start == std::string::npos)
            return {};
        ++start;
    }
    const size_t end = arn.find(':', start);
    return end == std::string::npos ? std::string() : arn.substr(start, end - start);
}

std::vector<PackageNote> ReviewSubject::unreviewed() const
{
    std::vector<PackageNote> out;
    for (const PackageNote& n : notes)
        if (n.kind == "unreviewed")
            out.push_back(n);
    return out;
}

} // namespace grantscope
