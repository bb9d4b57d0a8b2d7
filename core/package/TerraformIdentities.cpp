// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformIdentities.h"

#include <QCoreApplication>

#include <optional>

namespace grantscope {

namespace {

// Translated under the context "IamIdentities", beside the CloudFormation texts of the same notes.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IamIdentities)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool identifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Where a string of the tree reads `<address>.secret` (not `.encrypted_secret`, nor a longer attribute).
std::optional<SourceLocation> secretUse(const SourceNode& node, const std::string& address, int depth)
{
    if (depth > 64)
        return std::nullopt;
    if (node.isString()) {
        const std::string needle = address + ".secret";
        for (size_t at = node.text.find(needle); at != std::string::npos; at = node.text.find(needle, at + 1)) {
            const size_t end = at + needle.size();
            const bool startsHere = at == 0 || (!identifierChar(node.text[at - 1]) && node.text[at - 1] != '.');
            if (startsHere && (end == node.text.size() || !identifierChar(node.text[end])))
                return node.location;
        }
    }
    for (const SourceMember& m : node.members)
        if (auto at = secretUse(m.value, address, depth + 1))
            return at;
    for (const SourceNode& item : node.items)
        if (auto at = secretUse(item, address, depth + 1))
            return at;
    return std::nullopt;
}

// Blocks of a top-level section: {"output": {"name": {...}}} or the same in arrays (HCL JSON).
template <typename Visit> void forEachLabelled(const SourceNode* section, Visit visit)
{
    if (!section)
        return;
    auto members = [&](const SourceNode& object) {
        for (const SourceMember& m : object.members)
            if (m.key != "//")
                visit(m);
    };
    if (section->isObject())
        members(*section);
    else if (section->isArray())
        for (const SourceNode& item : section->items)
            if (item.isObject())
                members(item);
}

} // namespace

void noteTerraformCredential(const TerraformResource& resource, const SourceNode& root, const QString& file,
    const std::string& user, ReviewSubject& subject)
{
    const QString who = user.empty() ? Tr::tr("a user") : q(user);
    if (resource.type == "aws_iam_user_login_profile") {
        subject.notes.push_back({ "login-profile", file, resource.location, resource.address,
            Tr::tr("%1 gives %2 a console password; whoever knows it signs in to the customer's console with "
                   "everything the user is granted")
                .arg(q(resource.address), who) });
        return;
    }
    const SourceNode* status = resource.body->find("status");
    subject.notes.push_back({ "access-key", file, resource.location, resource.address,
        Tr::tr("%1 is a long-lived access key of %2%3: it never expires by itself and works from anywhere, "
               "unlike the temporary credentials of an assumed role")
            .arg(q(resource.address), who,
                status && status->isScalar() && status->text == "Inactive" ? Tr::tr(" (created inactive)")
                                                                           : QString()) });
    forEachLabelled(root.find("output"), [&](const SourceMember& output) {
        if (const std::optional<SourceLocation> at = secretUse(output.value, resource.address, 0))
            subject.notes.push_back({ "access-key-secret-exposed", file, *at, resource.address,
                Tr::tr("the secret of the access key %1 is the output %2: it is printed or passed on by whoever "
                       "applies the configuration, and it stays in the Terraform state in plain text")
                    .arg(q(resource.address), q(output.key)) });
    });
    forEachLabelled(root.find("resource"), [&](const SourceMember& type) {
        forEachLabelled(&type.value, [&](const SourceMember& block) {
            const std::string address = type.key + "." + block.key;
            if (address == resource.address)
                return;
            const std::optional<SourceLocation> at = secretUse(block.value, resource.address, 0);
            if (!at)
                return;
            const QString where = type.key == "aws_ssm_parameter"
                ? Tr::tr("is stored in the SSM parameter %1, readable by anyone allowed ssm:GetParameter on it")
                      .arg(q(address))
                : type.key == "aws_secretsmanager_secret_version"
                ? Tr::tr("is stored in the secret %1, readable by anyone allowed secretsmanager:GetSecretValue on it")
                      .arg(q(address))
                : Tr::tr("is passed to %1").arg(q(address));
            subject.notes.push_back({ "access-key-secret-exposed", file, *at, resource.address,
                Tr::tr("the secret of the access key %1 %2; a long-lived secret outside the "
                       "vendor's hands can be copied and used from anywhere")
                    .arg(q(resource.address), where) });
        });
    });
}

} // namespace grantscope
