// SPDX-License-Identifier: GPL-3.0-or-later
// TerraformFile, identities: roles, users and groups, and the policies attached to them.
#include "package/TerraformFile.h"

#include "catalog/ManagedPolicyStore.h"
#include "common/QtText.h"
#include "package/CloudFormationLoader.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope::terraformloader {

// A policy of the package given to a role by `via` (an attachment; the role itself for managed_policy_arns).
void TerraformFile::attachPackagePolicy(size_t role, PackagePolicy& p, const TerraformResource& via)
{
    p.used = true;
    // A conditional role already carries its condition; an attachment's condition is the policy's.
    const std::string when = via.type == "aws_iam_role" ? std::string() : conditionOf(via);
    PolicyRecord record = p.record;
    record.condition = bothConditions(record.condition, when);
    attach(role, record, "policy:" + p.resource->address);
    for (size_t i = 0; i < p.branches.size(); ++i) {
        PolicyRecord branch = p.branches[i];
        branch.condition = bothConditions(branch.condition, when);
        attach(role, branch, "policy:" + p.resource->address + "#" + std::to_string(i));
    }
}

void TerraformFile::attach(size_t role, const PolicyRecord& record, const std::string& key)
{
    // State output lists a policy both on the role and as an attachment: keep one.
    if (m_attached.insert(std::to_string(role) + '\x1f' + key).second)
        m_subject.roles[role].policies.push_back(record);
}

void TerraformFile::addRole(const TerraformResource& r)
{
    const SourceNode& b = *r.body;
    RoleRecord role;
    role.logicalId = r.address;
    role.name = scalar(b, "name").value_or(r.name);
    role.file = m_file;
    role.location = r.location;
    role.condition = conditionOf(r);
    if (const SourceNode* trust = b.find("assume_role_policy"); trust && !trust->isNull()) {
        // Whoever any branch lets in is reviewed.
        size_t chosen = 0;
        std::vector<PolicyRecord> records
            = perVariant(trust, PolicyKind::Trust, PolicyOrigin::Inline, role.name + " trust", r, chosen);
        PolicyRecord record = std::move(records[chosen]);
        for (const PolicyRecord& other : records)
            for (const Statement& st : other.policy.statements)
                if (std::none_of(record.policy.statements.begin(), record.policy.statements.end(),
                        [&](const Statement& have) { return sameStatement(have, st); }))
                    record.policy.statements.push_back(st);
        role.hasTrustPolicy = record.resolved;
        role.trustPolicy = std::move(record.policy);
    }
    if (std::optional<std::string> duration = scalar(b, "max_session_duration")) {
        role.maxSessionDuration = *duration;
        role.maxSessionDurationLocation = b.find("max_session_duration")->location;
    }
    const size_t index = m_subject.roles.size();
    m_roleByAddress[r.address] = index;
    m_fileRoles.push_back(index);
    m_subject.roles.push_back(std::move(role));
    for (const SourceNode* block : terraformBlocks(b.find("inline_policy"))) {
        const SourceNode* policy = block->find("policy");
        if (!policy || policy->isNull() || (policy->isString() && policy->text.empty()))
            continue; // an empty inline_policy block only tells Terraform to remove unmanaged ones
        const std::string name = scalar(*block, "name").value_or(m_subject.roles[index].name + " inline");
        for (const PolicyRecord& record : policyRecords(policy, PolicyKind::Identity, PolicyOrigin::Inline, name, r))
            attach(index, record, "inline:" + record.name);
    }
}

// aws_iam_user / aws_iam_group: a subject like a role, without a trust policy.
void TerraformFile::addIdentity(const TerraformResource& r)
{
    RoleRecord identity;
    identity.kind = r.type == "aws_iam_user" ? "user" : "group";
    identity.logicalId = r.address;
    identity.name = scalar(*r.body, "name").value_or(r.name);
    identity.file = m_file;
    identity.location = r.location;
    identity.condition = conditionOf(r);
    m_roleByAddress[r.address] = m_subject.roles.size();
    m_fileRoles.push_back(m_subject.roles.size());
    m_subject.roles.push_back(std::move(identity));
}

void TerraformFile::addMembership(const std::vector<size_t>& users, const std::vector<size_t>& groups)
{
    for (size_t user : users)
        for (size_t group : groups)
            m_members.emplace_back(user, group);
}

void TerraformFile::addPolicy(const TerraformResource& r)
{
    PackagePolicy p;
    p.resource = &r;
    const std::string name = scalar(*r.body, "name").value_or(r.name);
    std::vector<PolicyRecord> records
        = policyRecords(r.body->find("policy"), PolicyKind::Identity, PolicyOrigin::CustomerManaged, name, r);
    p.record = std::move(records.front());
    p.branches.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    p.arn = m_resolver->attribute(r, "arn").value_or(std::string());
    m_policyByAddress[r.address] = m_policies.size();
    m_policies.push_back(std::move(p));
}

PolicyTarget TerraformFile::policyTarget(const SourceNode& value)
{
    PolicyTarget target;
    if (!value.isString() || value.text.empty())
        return target;
    if (const auto ref = m_resolver->reference(value); ref && ref->resource && !ref->resource->data) {
        if (const auto it = m_policyByAddress.find(ref->address); it != m_policyByAddress.end()) {
            target.packagePolicy = it->second;
            return target;
        }
    }
    const std::string arn = m_resolver->expand(value.text, value.location);
    if (ManagedPolicyStore::isAwsManagedArn(arn)) {
        target.record = awsManagedPolicy(arn, m_file, value.location, m_subject);
        return target;
    }
    const std::string name = arn.substr(arn.rfind('/') + 1);
    for (size_t i = 0; i < m_policies.size(); ++i) {
        // Plan output names the policy's ARN, which is only known after apply: match its name instead.
        const bool sameName = m_plan && arn.find(":policy/") != std::string::npos && m_policies[i].record.name == name;
        if ((!m_policies[i].arn.empty() && m_policies[i].arn == arn) || sameName) {
            target.packagePolicy = i;
            return target;
        }
    }
    PolicyRecord unknown;
    unknown.origin = PolicyOrigin::CustomerManaged;
    unknown.arn = unknown.name = arn;
    unknown.file = m_file;
    unknown.location = value.location;
    unknown.resolved = false;
    unknown.policy.file = m_file;
    unknown.policy.name = arn;
    if (arn.find("${") == std::string::npos) // a placeholder has its own note already
        m_resolver->note("unresolved-arn", value.location, arn,
            Tr::tr("the managed policy \"%1\" is not defined in the package; its permissions cannot be "
                   "reviewed")
                .arg(toQString(arn)));
    target.record = std::move(unknown);
    return target;
}

// Roles (users, groups: `kind`) of this file named by `value` (a reference, a name or ARN, or a list of those).
std::vector<size_t> TerraformFile::roleTargets(const SourceNode* value, const std::string& kind)
{
    std::vector<size_t> out;
    if (!value)
        return out;
    std::vector<const SourceNode*> items;
    if (value->isArray())
        for (const SourceNode& item : value->items)
            items.push_back(&item);
    else
        items.push_back(value);
    for (const SourceNode* item : items) {
        if (!item->isString())
            continue;
        if (const auto ref = m_resolver->reference(*item); ref && ref->resource) {
            if (const auto it = m_roleByAddress.find(ref->address);
                it != m_roleByAddress.end() && m_subject.roles[it->second].kind == kind) {
                out.push_back(it->second);
                continue;
            }
        }
        std::string name = m_resolver->expand(item->text, item->location);
        if (name.starts_with("arn:") && name.find(":" + kind + "/") != std::string::npos)
            name = name.substr(name.rfind('/') + 1);
        for (size_t index : m_fileRoles)
            if (m_subject.roles[index].name == name && m_subject.roles[index].kind == kind)
                out.push_back(index);
    }
    return out;
}

void TerraformFile::attachRolePolicies(const TerraformResource& r)
{
    const size_t role = m_roleByAddress.at(r.address);
    if (const SourceNode* arns = r.body->find("managed_policy_arns")) {
        std::vector<const SourceNode*> items;
        if (arns->isArray())
            for (const SourceNode& item : arns->items)
                items.push_back(&item);
        else
            items.push_back(arns); // one expression that yields the list
        for (const SourceNode* item : items) {
            PolicyTarget target = policyTarget(*item);
            if (target.packagePolicy) {
                attachPackagePolicy(role, m_policies[*target.packagePolicy], r);
            } else if (target.record) {
                attach(role, *target.record, "arn:" + target.record->arn);
            }
        }
    }
    for (size_t i : configPolicies(r, "managed_policy_arns"))
        attachPackagePolicy(role, m_policies[i], r);
    const SourceNode* boundary = r.body->find("permissions_boundary");
    PolicyTarget target;
    if (boundary && boundary->isString() && !boundary->text.empty())
        target = policyTarget(*boundary);
    else if (const std::vector<size_t> configured = configPolicies(r, "permissions_boundary"); !configured.empty())
        target.packagePolicy = configured.front();
    else
        return;
    RoleRecord& record = m_subject.roles[role];
    record.hasBoundary = true;
    if (target.packagePolicy) {
        PackagePolicy& p = m_policies[*target.packagePolicy];
        p.used = true; // a boundary limits the role; it grants nothing on its own
        record.boundary = p.record;
    } else if (target.record) {
        record.boundary = std::move(*target.record);
    }
}

void TerraformFile::addRolePolicy(const TerraformResource& r, const char* key, const std::string& kind)
{
    const std::string name = scalar(*r.body, "name").value_or(scalar(*r.body, "name_prefix").value_or(r.name));
    std::vector<PolicyRecord> records
        = policyRecords(r.body->find("policy"), PolicyKind::Identity, PolicyOrigin::Inline, name, r);
    std::vector<size_t> roles = roleTargets(r.body->find(key), kind);
    if (roles.empty())
        roles = configRoles(r, key);
    for (PolicyRecord& record : records) {
        if (roles.empty()) {
            m_subject.standalonePolicies.push_back(std::move(record));
            continue;
        }
        for (size_t role : roles)
            attach(role, record, "inline:" + record.name);
    }
}

// `targets`: the arguments naming who gets the policy and the kind each names ("roles" -> "role").
void TerraformFile::addAttachment(
    const TerraformResource& r, std::initializer_list<std::pair<const char*, const char*>> targets)
{
    const SourceNode* arn = r.body->find("policy_arn");
    PolicyTarget target = arn ? policyTarget(*arn) : PolicyTarget();
    if (!target.packagePolicy && !target.record)
        if (const std::vector<size_t> configured = configPolicies(r, "policy_arn"); !configured.empty())
            target.packagePolicy = configured.front();
    std::vector<size_t> roles;
    for (const auto& [key, kind] : targets) {
        std::vector<size_t> found = roleTargets(r.body->find(key), kind);
        if (found.empty())
            found = configRoles(r, key);
        roles.insert(roles.end(), found.begin(), found.end());
    }
    if (target.packagePolicy) {
        for (size_t role : roles)
            attachPackagePolicy(role, m_policies[*target.packagePolicy], r);
    } else if (target.record) {
        target.record->condition = bothConditions(target.record->condition, conditionOf(r));
        if (roles.empty() && target.record->origin == PolicyOrigin::AwsManaged) {
            // Attached to a role the package does not define (one the customer names): still asked for.
            m_subject.standalonePolicies.push_back(std::move(*target.record));
            return;
        }
        for (size_t role : roles)
            attach(role, *target.record, "arn:" + target.record->arn);
    }
}

// Plan output: the resources an attribute's configuration expression names, for values only known after apply.
std::vector<std::string> TerraformFile::configTargets(const TerraformResource& r, const char* attribute) const
{
    const auto resource = m_configReferences.find(terraformAddressWithoutKeys(r.address));
    if (resource == m_configReferences.end())
        return {};
    const auto targets = resource->second.find(attribute);
    return targets == resource->second.end() ? std::vector<std::string>() : targets->second;
}

std::vector<size_t> TerraformFile::configRoles(const TerraformResource& r, const char* attribute) const
{
    std::vector<size_t> out;
    for (const std::string& target : configTargets(r, attribute))
        for (size_t index : m_fileRoles)
            if (terraformAddressWithoutKeys(m_subject.roles[index].logicalId) == target)
                out.push_back(index);
    return out;
}

std::vector<size_t> TerraformFile::configPolicies(const TerraformResource& r, const char* attribute) const
{
    std::vector<size_t> out;
    for (const std::string& target : configTargets(r, attribute))
        for (size_t i = 0; i < m_policies.size(); ++i)
            if (terraformAddressWithoutKeys(m_policies[i].resource->address) == target)
                out.push_back(i);
    return out;
}

} // namespace grantscope::terraformloader
