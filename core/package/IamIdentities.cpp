// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/IamIdentities.h"

#include <QCoreApplication>

#include <optional>

namespace grantscope {

namespace {

// Translated under the context "IamIdentities" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IamIdentities)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A resolved `Ref` to a resource of the template carries the logical id in its tag.
std::string refOf(const SourceNode& node)
{
    constexpr std::string_view prefix = "!ResourceRef:";
    return node.tag.starts_with(prefix) ? node.tag.substr(prefix.size()) : std::string();
}

template <typename Visit> void forEachItem(const SourceNode* list, Visit visit)
{
    if (!list)
        return;
    if (list->isArray())
        for (const SourceNode& item : list->items)
            visit(item);
    else
        visit(*list);
}

// Where the raw template reads the SecretAccessKey of `key`: `!GetAtt K.SecretAccessKey`,
// `{"Fn::GetAtt": ["K", "SecretAccessKey"]}` or `${K.SecretAccessKey}` inside a Fn::Sub string.
std::optional<SourceLocation> secretUse(const SourceNode& node, const std::string& key, int depth)
{
    if (depth > 64)
        return std::nullopt;
    const std::string dotted = key + ".SecretAccessKey";
    auto isPair = [&](const SourceNode& n) {
        return n.isArray() && n.items.size() == 2 && n.items[0].text == key && n.items[1].text == "SecretAccessKey";
    };
    if (node.tag == "!GetAtt" && ((node.isScalar() && node.text == dotted) || isPair(node)))
        return node.location;
    if (node.isString() && node.text.find("${" + dotted + "}") != std::string::npos)
        return node.location;
    for (const SourceMember& m : node.members) {
        if (m.key == "Fn::GetAtt" && ((m.value.isScalar() && m.value.text == dotted) || isPair(m.value)))
            return m.value.location;
        if (auto at = secretUse(m.value, key, depth + 1))
            return at;
    }
    for (const SourceNode& item : node.items)
        if (auto at = secretUse(item, key, depth + 1))
            return at;
    return std::nullopt;
}

} // namespace

void IamIdentities::readUser(
    const SourceMember& resource, const SourceNode& properties, const QString& file, ReviewSubject& subject)
{
    forEachItem(properties.find("Groups"), [&](const SourceNode& g) {
        Member m;
        m.userRef = resource.key;
        m.groupRef = refOf(g);
        if (m.groupRef.empty() && g.isScalar())
            m.groupName = g.text;
        m_members.push_back(std::move(m));
    });
    if (const SourceNode* login = properties.find("LoginProfile"); login && !login->isNull()) {
        const SourceNode* reset = login->find("PasswordResetRequired");
        subject.notes.push_back({ "login-profile", file, resource.keyLocation, resource.key,
            Tr::tr("the user %1 gets a console password%2; whoever knows it signs in to the customer's console "
                   "with everything the user is granted")
                .arg(q(resource.key),
                    reset && reset->text == "true" ? Tr::tr(" (to be reset at first sign-in)") : QString()) });
    }
}

void IamIdentities::readGroupAddition(const SourceNode& properties)
{
    const SourceNode* group = properties.find("GroupName");
    if (!group)
        return;
    forEachItem(properties.find("Users"), [&](const SourceNode& u) {
        Member m;
        m.userRef = refOf(u);
        if (m.userRef.empty() && u.isScalar())
            m.userName = u.text;
        m.groupRef = refOf(*group);
        if (m.groupRef.empty() && group->isScalar())
            m.groupName = group->text;
        m_members.push_back(std::move(m));
    });
}

void IamIdentities::readAccessKey(
    const SourceMember& resource, const SourceNode& properties, const QString& file, ReviewSubject& subject)
{
    m_accessKeys.push_back(resource.key);
    const SourceNode* user = properties.find("UserName");
    const std::string userRef = user ? refOf(*user) : std::string();
    const QString who = !userRef.empty() ? q(userRef) : user && user->isScalar() ? q(user->text) : Tr::tr("a user");
    const SourceNode* status = properties.find("Status");
    subject.notes.push_back({ "access-key", file, resource.keyLocation, resource.key,
        Tr::tr("%1 is a long-lived access key of %2%3: it never expires by itself and works from anywhere, "
               "unlike the temporary credentials of an assumed role")
            .arg(q(resource.key), who,
                status && status->isScalar() && status->text == "Inactive" ? Tr::tr(" (created inactive)")
                                                                           : QString()) });
}

void IamIdentities::finish(const SourceNode& root, const std::map<std::string, size_t>& byLogicalId,
    const QString& file, ReviewSubject& subject) const
{
    auto find = [&](const std::string& ref, const std::string& name, const char* kind) -> RoleRecord* {
        if (!ref.empty()) {
            auto it = byLogicalId.find(ref);
            return it != byLogicalId.end() && subject.roles[it->second].kind == kind ? &subject.roles[it->second]
                                                                                     : nullptr;
        }
        for (const auto& [id, index] : byLogicalId)
            if (subject.roles[index].kind == kind && subject.roles[index].name == name)
                return &subject.roles[index];
        return nullptr;
    };
    for (const Member& m : m_members) {
        RoleRecord* user = find(m.userRef, m.userName, "user");
        const RoleRecord* group = find(m.groupRef, m.groupName, "group");
        if (!user || !group)
            continue;
        for (const PolicyRecord& p : group->policies)
            user->policies.push_back(p);
    }

    const SourceNode* resources = root.find("Resources");
    const SourceNode* outputs = root.find("Outputs");
    for (const std::string& key : m_accessKeys) {
        if (outputs)
            for (const SourceMember& o : outputs->members)
                if (const std::optional<SourceLocation> at = secretUse(o.value, key, 0))
                    subject.notes.push_back({ "access-key-secret-exposed", file, *at, key,
                        Tr::tr("the secret of the access key %1 is the stack output %2: anyone who can describe the "
                               "stack reads it, and it stays in the stack's history")
                            .arg(q(key), q(o.key)) });
        if (!resources)
            continue;
        for (const SourceMember& r : resources->members) {
            const SourceNode* properties = r.value.find("Properties");
            const std::optional<SourceLocation> at
                = properties && r.key != key ? secretUse(*properties, key, 0) : std::nullopt;
            if (!at)
                continue;
            const SourceNode* type = r.value.find("Type");
            const std::string typeName = type && type->isScalar() ? type->text : std::string();
            const QString where = typeName == "AWS::SSM::Parameter"
                ? Tr::tr("is stored in the SSM parameter %1, readable by anyone allowed ssm:GetParameter on it")
                      .arg(q(r.key))
                : typeName == "AWS::SecretsManager::Secret"
                ? Tr::tr("is stored in the secret %1, readable by anyone allowed secretsmanager:GetSecretValue on it")
                      .arg(q(r.key))
                : Tr::tr("is passed to %1 (%2)").arg(q(r.key), q(typeName));
            subject.notes.push_back({ "access-key-secret-exposed", file, *at, key,
                Tr::tr("the secret of the access key %1 %2; a long-lived secret outside the "
                       "vendor's hands can be copied and used from anywhere")
                    .arg(q(key), where) });
        }
    }
}

} // namespace grantscope
