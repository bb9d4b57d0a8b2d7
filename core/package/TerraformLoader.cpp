// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformLoader.h"

#include "package/ResourcePolicies.h"
#include "package/TerraformFile.h"
#include "package/TerraformIdentities.h"
#include "package/UnreviewedResources.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <exception>

namespace grantscope {

namespace {

std::string stringOf(const SourceNode* node)
{
    return node && node->isScalar() ? node->text : std::string();
}

bool isTopLevelBlock(std::string_view key)
{
    static constexpr std::array<std::string_view, 13> kBlocks = { "resource", "data", "variable", "output", "locals",
        "module", "provider", "terraform", "moved", "import", "check", "removed", "//" };
    return std::find(kBlocks.begin(), kBlocks.end(), key) != kBlocks.end();
}

bool isPlanOutput(const SourceNode& root)
{
    return root.find("format_version")
        && (root.find("planned_values") || root.find("values") || root.find("prior_state")
            || root.find("resource_changes") || root.find("terraform_version"));
}

} // namespace

namespace terraformloader {

void TerraformFile::load()
{
    // Variables resolve to the reviewer's values, then the package's variable files, then defaults
    // (collectConfiguration adds the defaults of the variables this file declares).
    m_effective = m_options;
    for (const auto& [name, value] : m_options.packageVariables)
        m_effective.parameters.emplace("var." + name, value);
    m_plan = isPlanOutput(m_root) && !m_root.find("resource") && !m_root.find("data");
    if (m_plan)
        readTerraformPlan(m_root, m_resources, m_configReferences);
    else
        collectConfiguration();
    TerraformResolver resolver(m_resources, m_plan, m_file, m_effective, m_subject);
    m_resolver = &resolver;
    for (const TerraformResource& r : m_resources) {
        if (r.data)
            continue;
        if (r.type == "aws_iam_role")
            addRole(r);
        else if (r.type == "aws_iam_policy")
            addPolicy(r);
        else if (r.type == "aws_iam_user" || r.type == "aws_iam_group")
            addIdentity(r);
    }
    for (const TerraformResource& r : m_resources) {
        if (r.data)
            continue;
        if (r.type == "aws_iam_role")
            attachRolePolicies(r);
        else if (r.type == "aws_iam_role_policy")
            addRolePolicy(r, "role", "role");
        else if (r.type == "aws_iam_user_policy")
            addRolePolicy(r, "user", "user");
        else if (r.type == "aws_iam_group_policy")
            addRolePolicy(r, "group", "group");
        else if (r.type == "aws_iam_role_policy_attachment")
            addAttachment(r, { { "role", "role" } });
        else if (r.type == "aws_iam_user_policy_attachment")
            addAttachment(r, { { "user", "user" } });
        else if (r.type == "aws_iam_group_policy_attachment")
            addAttachment(r, { { "group", "group" } });
        else if (r.type == "aws_iam_policy_attachment")
            addAttachment(r, { { "roles", "role" }, { "users", "user" }, { "groups", "group" } });
        else if (r.type == "aws_iam_group_membership")
            addMembership(roleTargets(r.body->find("users"), "user"), roleTargets(r.body->find("group"), "group"));
        else if (r.type == "aws_iam_user_group_membership")
            addMembership(roleTargets(r.body->find("user"), "user"), roleTargets(r.body->find("groups"), "group"));
        else if (r.type == "aws_iam_access_key" || r.type == "aws_iam_user_login_profile")
            noteTerraformCredential(
                r, m_root, m_file, m_resolver->expand(stringOf(r.body->find("user")), r.location), m_subject);
        else if (r.type == "aws_lambda_permission" || r.type == "aws_cloudwatch_event_permission")
            addPermission(r);
        else if (const char* argument = terraformResourcePolicyArgument(r.type))
            addResourcePolicy(r, argument);
        else if (r.type != "aws_iam_policy" && r.type != "aws_iam_user" && r.type != "aws_iam_group")
            if (const std::optional<QString> why = unreviewedTerraformResource(r.address, r.type, *r.body))
                noteUnreviewed(m_subject, m_file, r.location, r.address, *why);
    }
    // Members get their groups' policies, once every policy is attached.
    for (const auto& [user, group] : m_members)
        for (const PolicyRecord& p : m_subject.roles[group].policies)
            m_subject.roles[user].policies.push_back(p);
    for (PackagePolicy& p : m_policies)
        if (!p.used) {
            m_subject.standalonePolicies.push_back(std::move(p.record));
            for (PolicyRecord& branch : p.branches)
                m_subject.standalonePolicies.push_back(std::move(branch));
        }
    m_resolver = nullptr;
}

} // namespace terraformloader

bool looksLikeTerraform(const SourceNode& root)
{
    if (!root.isObject() || root.members.empty())
        return false;
    if (isPlanOutput(root))
        return true;
    bool any = false;
    for (const SourceMember& m : root.members) {
        if (!isTopLevelBlock(m.key))
            return false;
        any = any || m.key != "//";
    }
    return any;
}

void loadTerraform(const SourceNode& root, const QString& file, const LoadOptions& options, ReviewSubject& subject,
    const TerraformExpansion* expansion)
{
    using terraformloader::Tr;
    try {
        terraformloader::TerraformFile(root, file, options, subject, expansion).load();
    } catch (const std::exception& e) {
        subject.diagnostics.push_back({ DiagnosticSeverity::Error, "terraform", file, root.location,
            Tr::tr("the Terraform file could not be read: %1").arg(QString::fromLocal8Bit(e.what())) });
    } catch (...) {
        subject.diagnostics.push_back({ DiagnosticSeverity::Error, "terraform", file, root.location,
            Tr::tr("the Terraform file could not be read") });
    }
}

} // namespace grantscope
