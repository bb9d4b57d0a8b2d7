// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reading of one Terraform file behind loadTerraform() (TerraformLoader.cpp), shared by the files that
// implement its parts; not a public API.

#include "package/TerraformInstances.h"
#include "package/TerraformLoader.h"
#include "package/TerraformPlan.h"
#include "package/TerraformResolver.h"

#include <QCoreApplication>

#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace grantscope::terraformloader {

// The loader's messages, in every file of it, are translated under the context "TerraformLoader" (lupdate reads
// the context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TerraformLoader)
};

std::string bothConditions(const std::string& a, const std::string& b);
bool sameStatement(Statement a, Statement b);

/** A customer-managed policy (aws_iam_policy) of the file and whether a role of the file uses it. */
struct PackagePolicy {
    const TerraformResource* resource = nullptr;
    PolicyRecord record;
    std::vector<PolicyRecord> branches; // statements only some branches of an open conditional have
    std::string arn;
    bool used = false;
};

/** Where an attachment's policy_arn / managed_policy_arns entry points. */
struct PolicyTarget {
    std::optional<size_t> packagePolicy; // index into the file's aws_iam_policy resources
    std::optional<PolicyRecord> record; // AWS managed, or not defined in the package
};

class TerraformFile {
public:
    TerraformFile(const SourceNode& root, const QString& file, const LoadOptions& options, ReviewSubject& subject,
        const TerraformExpansion* expansion)
        : m_root(root)
        , m_file(file)
        , m_options(options)
        , m_subject(subject)
        , m_expansion(expansion)
    { }

    void load();

private:
    // TerraformConfiguration.cpp: the resource and variable blocks of a configuration.
    void warn(SourceLocation at, const QString& message);
    template <typename Visit> void forEachLabel(const SourceNode& node, Visit visit);
    void collectConfiguration();
    void addVariable(const SourceMember& v);

    // TerraformPolicyRecords.cpp: policy documents as records, per branch of open conditionals; resource policies.
    std::optional<std::string> scalar(const SourceNode& body, const char* key);
    PolicyRecord policyRecord(
        const SourceNode* value, PolicyKind kind, PolicyOrigin origin, std::string name, const TerraformResource& r);
    std::string conditionOf(const TerraformResource& r) const;
    const TerraformExpansion::Variants* variantsOf(const TerraformResource& r) const;
    std::vector<PolicyRecord> perVariant(const SourceNode* value, PolicyKind kind, PolicyOrigin origin,
        const std::string& name, const TerraformResource& r, size_t& chosen);
    std::vector<PolicyRecord> policyRecords(const SourceNode* value, PolicyKind kind, PolicyOrigin origin,
        const std::string& name, const TerraformResource& r);
    void addResourcePolicy(const TerraformResource& r, const char* argument);
    void addPermission(const TerraformResource& r);

    // TerraformRoles.cpp: roles, users and groups, and the policies attached to them.
    void attachPackagePolicy(size_t role, PackagePolicy& p, const TerraformResource& via);
    void attach(size_t role, const PolicyRecord& record, const std::string& key);
    void addRole(const TerraformResource& r);
    void addIdentity(const TerraformResource& r);
    void addMembership(const std::vector<size_t>& users, const std::vector<size_t>& groups);
    void addPolicy(const TerraformResource& r);
    PolicyTarget policyTarget(const SourceNode& value);
    std::vector<size_t> roleTargets(const SourceNode* value, const std::string& kind = "role");
    void attachRolePolicies(const TerraformResource& r);
    void addRolePolicy(const TerraformResource& r, const char* key, const std::string& kind);
    void addAttachment(const TerraformResource& r, std::initializer_list<std::pair<const char*, const char*>> targets);
    std::vector<std::string> configTargets(const TerraformResource& r, const char* attribute) const;
    std::vector<size_t> configRoles(const TerraformResource& r, const char* attribute) const;
    std::vector<size_t> configPolicies(const TerraformResource& r, const char* attribute) const;

    const SourceNode& m_root;
    const QString& m_file;
    const LoadOptions& m_options;
    LoadOptions m_effective; // m_options with the values variables take in this file
    ReviewSubject& m_subject;
    bool m_plan = false;
    std::vector<TerraformResource> m_resources;
    TerraformResolver* m_resolver = nullptr;
    const TerraformExpansion* m_expansion = nullptr;
    std::map<std::string, size_t> m_roleByAddress; // into m_subject.roles
    std::vector<size_t> m_fileRoles;
    std::vector<PackagePolicy> m_policies;
    std::map<std::string, size_t> m_policyByAddress;
    std::set<std::string> m_attached;
    std::vector<std::pair<size_t, size_t>> m_members; // (user, group) indexes into m_subject.roles
    TerraformConfigReferences m_configReferences; // plan output only
};

} // namespace grantscope::terraformloader
