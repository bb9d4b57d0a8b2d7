// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/UnreviewedResources.h"

#include <QCoreApplication>

#include <map>

namespace grantscope {

namespace {

// Translated under the context "UnreviewedResources" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UnreviewedResources)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Types known to grant access, with what they grant. The loaders read none of them into a subject (IAM users,
// groups, keys, Lambda permissions and event bus policies are read: IamIdentities, TerraformIdentities,
// ResourcePolicies).
const std::map<std::string, const char*, std::less<>>& cloudFormationGrants()
{
    static const std::map<std::string, const char*, std::less<>> types = {
        { "AWS::IAM::ServiceLinkedRole",
            QT_TRANSLATE_NOOP(
                "UnreviewedResources", "a service-linked role, whose permissions the AWS service defines") },
        { "AWS::SSO::PermissionSet",
            QT_TRANSLATE_NOOP("UnreviewedResources",
                "an IAM Identity Center permission set, which becomes a role in every account it is assigned to") },
        { "AWS::SSO::Assignment",
            QT_TRANSLATE_NOOP(
                "UnreviewedResources", "an IAM Identity Center assignment of a permission set to users or groups") },
        { "AWS::Organizations::Policy",
            QT_TRANSLATE_NOOP("UnreviewedResources",
                "an AWS Organizations policy (service control, resource control or other) applied to accounts") },
        { "AWS::Lambda::LayerVersionPermission",
            QT_TRANSLATE_NOOP("UnreviewedResources", "a permission to use a Lambda layer") },
        { "AWS::RAM::ResourceShare",
            QT_TRANSLATE_NOOP("UnreviewedResources", "a resource share giving other accounts access to resources") },
        { "AWS::KMS::Grant", QT_TRANSLATE_NOOP("UnreviewedResources", "a KMS grant letting a principal use a key") },
    };
    return types;
}

const std::map<std::string, const char*, std::less<>>& terraformGrants()
{
    static const std::map<std::string, const char*, std::less<>> types = {
        { "aws_iam_service_linked_role",
            QT_TRANSLATE_NOOP(
                "UnreviewedResources", "a service-linked role, whose permissions the AWS service defines") },
        { "aws_ssoadmin_permission_set",
            QT_TRANSLATE_NOOP("UnreviewedResources",
                "an IAM Identity Center permission set, which becomes a role in every account it is assigned to") },
        { "aws_ssoadmin_permission_set_inline_policy",
            QT_TRANSLATE_NOOP("UnreviewedResources", "the inline policy of an IAM Identity Center permission set") },
        { "aws_ssoadmin_managed_policy_attachment",
            QT_TRANSLATE_NOOP(
                "UnreviewedResources", "a managed policy attached to an IAM Identity Center permission set") },
        { "aws_ssoadmin_account_assignment",
            QT_TRANSLATE_NOOP(
                "UnreviewedResources", "an IAM Identity Center assignment of a permission set to users or groups") },
        { "aws_organizations_policy",
            QT_TRANSLATE_NOOP("UnreviewedResources",
                "an AWS Organizations policy (service control, resource control or other) applied to accounts") },
        { "aws_ram_resource_share",
            QT_TRANSLATE_NOOP("UnreviewedResources", "a resource share giving other accounts access to resources") },
        { "aws_ram_principal_association",
            QT_TRANSLATE_NOOP("UnreviewedResources", "a principal added to a resource share") },
        { "aws_kms_grant", QT_TRANSLATE_NOOP("UnreviewedResources", "a KMS grant letting a principal use a key") },
    };
    return types;
}

bool containsPolicyWord(std::string_view key)
{
    std::string lower(key);
    for (char& c : lower)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return lower.find("polic") != std::string::npos;
}

// A value that reads like a policy document: an object with a Statement, or a JSON string with one.
bool holdsStatement(const SourceNode& value)
{
    if (value.isObject())
        return value.find("Statement") != nullptr;
    return value.isString() && value.text.find("\"Statement\"") != std::string::npos;
}

// The first property, at any depth, that holds a policy document; its path ("KeyPolicy",
// "Tags[0].Policy"). Lifecycle, retention and scaling "policies" hold no Statement and are not matched.
std::optional<std::string> policyShapedProperty(const SourceNode& node, const std::string& path, int depth)
{
    if (depth > 6)
        return std::nullopt;
    for (const SourceMember& m : node.members) {
        const std::string here = path.empty() ? m.key : path + '.' + m.key;
        if ((containsPolicyWord(m.key) || m.key == "Statement") && holdsStatement(m.value))
            return here;
        if (m.key == "Statement" && (m.value.isArray() || m.value.isObject()))
            return here;
        if (auto inner = policyShapedProperty(m.value, here, depth + 1))
            return inner;
    }
    for (size_t i = 0; i < node.items.size(); ++i)
        if (auto inner = policyShapedProperty(node.items[i], path + '[' + std::to_string(i) + ']', depth + 1))
            return inner;
    return std::nullopt;
}

// Terraform: an argument that sets a policy, however its value is written (a data source reference,
// jsonencode(), a heredoc): "policy", "key_policy", "access_policies", "inline_policy", ...
std::optional<std::string> terraformPolicyArgument(const SourceNode& body)
{
    for (const SourceMember& m : body.members) {
        if (!containsPolicyWord(m.key) || m.key.ends_with("_arn") || m.key.ends_with("_arns") || m.key.ends_with("_id")
            || m.key.ends_with("_name") || m.key.ends_with("_type"))
            continue;
        if ((m.value.isString() && !m.value.text.empty()) || m.value.isObject()
            || (m.value.isArray() && !m.value.items.empty()))
            return m.key;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> unreviewedCloudFormationResource(
    const std::string& logicalId, const std::string& type, const SourceNode& properties)
{
    const auto& known = cloudFormationGrants();
    if (auto it = known.find(type); it != known.end())
        return Tr::tr("%1 (%2) is %3; this version does not review it, so what it grants is not in the review. "
                      "Review it by hand, or ask the vendor to grant the same access through a role")
            .arg(q(logicalId), q(type), QCoreApplication::translate("UnreviewedResources", it->second));
    if (!type.starts_with("AWS::"))
        return std::nullopt;
    if (const std::optional<std::string> property = policyShapedProperty(properties, {}, 0))
        return Tr::tr("%1 (%2) carries a policy in %3 that this version does not review; read who it lets in "
                      "(principals outside the customer's account in particular) and on which actions")
            .arg(q(logicalId), q(type), q(*property));
    return std::nullopt;
}

std::optional<QString> unreviewedTerraformResource(
    const std::string& address, const std::string& type, const SourceNode& body)
{
    const auto& known = terraformGrants();
    if (auto it = known.find(type); it != known.end())
        return Tr::tr("%1 is %2; this version does not review it, so what it grants is not in the review. Review "
                      "it by hand, or ask the vendor to grant the same access through a role")
            .arg(q(address), QCoreApplication::translate("UnreviewedResources", it->second));
    if (!type.starts_with("aws_"))
        return std::nullopt;
    if (const std::optional<std::string> argument = terraformPolicyArgument(body))
        return Tr::tr("%1 sets a policy in \"%2\" that this version does not review; read who it lets in "
                      "(principals outside the customer's account in particular) and on which actions")
            .arg(q(address), q(*argument));
    return std::nullopt;
}

void noteUnreviewed(
    ReviewSubject& subject, const QString& file, SourceLocation at, const std::string& what, const QString& message)
{
    subject.notes.push_back({ "unreviewed", file, at, what, message });
}

} // namespace grantscope
