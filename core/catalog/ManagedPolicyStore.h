// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace grantscope {

struct ManagedPolicyEntry {
    std::string_view name; // "SecurityAudit"
    std::string_view arn; // "arn:aws:iam::aws:policy/SecurityAudit"
    std::string_view versionId; // "v42"
    std::string_view updated; // ISO date of the latest version
    std::string_view document; // compact JSON policy document
};

/**
 * The AWS managed policies compiled into the program (latest version of each), looked up by ARN
 * in any partition (`arn:aws-cn:iam::aws:policy/...` resolves like `arn:aws:...`) or by name.
 */
class ManagedPolicyStore {
public:
    static const ManagedPolicyStore& bundled();
    /** Whether bundled() has been called yet: commands that do not need the policies never load them. */
    static bool bundledLoaded();
    static std::unique_ptr<ManagedPolicyStore> fromText(std::string text, QString* error);
    /** As fromText(), reading `text` in place: it must outlive the store (the bundled data is mapped). */
    static std::unique_ptr<ManagedPolicyStore> fromStaticText(std::string_view text, QString* error);

    const std::vector<ManagedPolicyEntry>& policies() const { return m_policies; }
    const std::string& dataVersion() const { return m_dataVersion; }

    /**
     * By ARN in any partition, with the policy's exact path as AWS requires it
     * ("arn:aws:iam::aws:policy/service-role/AWSLambdaRole"), or by bare name ("AWSLambdaRole").
     */
    const ManagedPolicyEntry* find(std::string_view arnOrName) const;
    /**
     * The document of `entry` pretty-printed with two-space indentation, keys in AWS's order. Findings
     * in AWS managed policies are located in this text, so viewers must show exactly this.
     */
    static std::string prettyDocument(const ManagedPolicyEntry& entry);
    /** True when `arn` names an AWS managed policy (account "aws"), whether or not it is bundled. */
    static bool isAwsManagedArn(std::string_view arn);

private:
    ManagedPolicyStore() = default;
    bool parse(QString* error);

    std::string m_storage; // owns the text when it was not given in place
    std::string_view m_text;
    std::string m_dataVersion;
    std::vector<ManagedPolicyEntry> m_policies;
    std::unordered_map<std::string_view, size_t> m_byName;
    std::unordered_map<std::string_view, size_t> m_byPathAndName; // "service-role/AWSLambdaRole"
};

} // namespace grantscope
