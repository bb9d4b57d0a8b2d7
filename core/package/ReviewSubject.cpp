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

} // namespace grantscope
