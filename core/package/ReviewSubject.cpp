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

std::vector<PackageNote> ReviewSubject::unreviewed() const
{
    std::vector<PackageNote> out;
    for (const PackageNote& n : notes)
        if (n.kind == "unreviewed")
            out.push_back(n);
    return out;
}

} // namespace grantscope
