// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ReviewSubject.h"

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

/**
 * What an External ID value in a trust policy is worth, judged by where it comes from:
 * - `AtDeployment`: a parameter without a default (the customer pastes the value the vendor's console
 *   generated) or a value returned by the vendor's custom resource. The right pattern: nothing to fix in
 *   the template, only to use the vendor's value.
 * - `Weak`: the same for every customer (a template default, a literal written into a template) or
 *   guessable (built from the account id, the stack name, names or defaults of the template; short, only
 *   digits, low entropy).
 * - `Strong`: a long random value written for this customer (a trust policy of its own, or a value the
 *   reviewer gave with --param).
 */
struct ExternalIdVerdict {
    enum class Kind { Strong, AtDeployment, Weak };
    Kind kind = Kind::Strong;
    QString why; // Weak: why; AtDeployment: where the value comes from; Strong: empty
};

/** Where the trust policy holding the value was written, and whose accounts make a value guessable. */
struct ExternalIdContext {
    std::string customerAccount;
    std::vector<std::string> orgAccounts;
    bool writtenInTemplate = false; // a template every customer deploys, not a document written for one
};

ExternalIdVerdict judgeExternalId(
    const std::string& value, const ReviewSubject& package, const ExternalIdContext& context);

/** Why an External ID value is weak, or an empty string when it is not (judged outside any template). */
QString externalIdWeakness(const std::string& value, const ReviewSubject& package);

} // namespace grantscope
