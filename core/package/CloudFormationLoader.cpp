// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/CloudFormationLoader.h"

#include "catalog/ManagedPolicyStore.h"
#include "doc/JsonReader.h"
#include "package/IamIdentities.h"
#include "package/IntrinsicResolver.h"
#include "package/NestedTemplates.h"
#include "package/ResourcePolicies.h"
#include "package/UnreviewedResources.h"
#include "policy/PolicyParser.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>
#include <set>

namespace grantscope {

namespace {

// Translated under the context "CloudFormationLoader" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CloudFormationLoader)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

void relocate(SourceNode& node, SourceLocation at)
{
    node.location = at;
    for (SourceNode& item : node.items)
        relocate(item, at);
    for (SourceMember& m : node.members) {
        m.keyLocation = at;
        relocate(m.value, at);
    }
}

std::string resourceRefOf(const SourceNode& node)
{
    constexpr std::string_view prefix = "!ResourceRef:";
    return node.tag.starts_with(prefix) ? node.tag.substr(prefix.size()) : std::string();
}

// The parameters a template condition reads, through nested conditions.
void conditionInputs(const SourceNode* conditions, const std::string& name, std::set<std::string>& out, int depth)
{
    const SourceNode* definition = conditions ? conditions->find(name) : nullptr;
    if (!definition || depth > 16)
        return;
    auto walk = [&](auto&& self, const SourceNode& node) -> void {
        if (node.tag == "!Ref" && node.isScalar())
            out.insert(node.text);
        if (node.tag == "!Condition" && node.isScalar())
            conditionInputs(conditions, node.text, out, depth + 1);
        for (const SourceMember& m : node.members) {
            if (m.key == "Ref" && m.value.isScalar())
                out.insert(m.value.text);
            else if (m.key == "Condition" && m.value.isScalar())
                conditionInputs(conditions, m.value.text, out, depth + 1);
            else
                self(self, m.value);
        }
        for (const SourceNode& item : node.items)
            self(self, item);
    };
    walk(walk, *definition);
}

// "only when EnableExtras=true (off with the default values)": the usual `Fn::Equals [Ref P, "v"]` spelled
// as the value that turns it on, anything else by the condition's name and the parameters it reads.
std::string describeCondition(const SourceNode* conditions, const std::string& name, std::optional<bool> byDefault)
{
    const SourceNode* definition = conditions ? conditions->find(name) : nullptr;
    QString when;
    auto equalsParts = [](const SourceNode& n) -> const SourceNode* {
        if (n.tag == "!Equals" && n.isArray())
            return &n;
        if (n.members.size() == 1 && n.members.front().key == "Fn::Equals" && n.members.front().value.isArray())
            return &n.members.front().value;
        return nullptr;
    };
    auto refName = [](const SourceNode& n) -> std::string {
        if (n.tag == "!Ref" && n.isScalar())
            return n.text;
        if (const SourceNode* r = n.find("Ref"); r && r->isScalar() && n.members.size() == 1)
            return r->text;
        return {};
    };
    if (definition)
        if (const SourceNode* eq = equalsParts(*definition); eq && eq->items.size() == 2) {
            for (size_t i = 0; i < 2 && when.isEmpty(); ++i) {
                const std::string param = refName(eq->items[i]);
                const SourceNode& other = eq->items[1 - i];
                if (!param.empty() && other.isScalar())
                    when = q(param) + QLatin1Char('=') + q(other.text);
            }
        }
    if (when.isEmpty()) {
        std::set<std::string> inputs;
        conditionInputs(conditions, name, inputs, 0);
        QStringList names;
        for (const std::string& p : inputs)
            names << q(p);
        when = names.isEmpty()
            ? Tr::tr("the condition %1 holds").arg(q(name))
            : Tr::tr("the condition %1 holds (it reads %2)").arg(q(name), names.join(QStringLiteral(", ")));
    }
    const QString tail = !byDefault ? QString()
        : *byDefault                ? Tr::tr(" (on with the default values)")
                                    : Tr::tr(" (off with the default values)");
    return Tr::tr("only when %1%2").arg(when, tail).toStdString();
}

// The managed policy of the template that an ARN string names, "arn:aws:iam::123456789012:policy/Name" as
// a Ref to it resolves: by its ManagedPolicyName, or by the placeholder of its logical id.
std::string managedPolicyByArn(const SourceNode& arn, const SourceNode* resources, const IntrinsicResolver& resolver)
{
    if (!arn.isString() || !resources || arn.text.find(":policy/") == std::string::npos)
        return {};
    for (const SourceMember& m : resources->members) {
        const SourceNode* type = m.value.find("Type");
        if (!type || type->text != "AWS::IAM::ManagedPolicy")
            continue;
        const std::string physical = resolver.physicalName(m.key);
        const std::string shown = "/" + (physical.empty() ? "${" + m.key + "}" : physical);
        if (arn.text.ends_with(shown))
            return m.key;
    }
    return {};
}

struct PendingAttachment {
    PolicyRecord policy;
    std::vector<std::string> roleRefs; // logical ids
    std::vector<std::string> roleNames; // literal role names
    std::string logicalId;
};

} // namespace

bool looksLikeCloudFormation(const SourceNode& root)
{
    if (!root.isObject())
        return false;
    if (root.find("AWSTemplateFormatVersion"))
        return true;
    const SourceNode* resources = root.find("Resources");
    if (!resources || !resources->isObject())
        return false;
    for (const SourceMember& m : resources->members) {
        const SourceNode* type = m.value.find("Type");
        if (type && type->isString() && (type->text.starts_with("AWS::") || type->text.starts_with("Custom::")))
            return true;
    }
    return false;
}

PolicyRecord policyFromNode(const SourceNode& document, PolicyKind kind, PolicyOrigin origin, std::string name,
    const QString& file, ReviewSubject& subject)
{
    PolicyRecord record;
    record.origin = origin;
    record.name = name;
    record.file = file;
    record.location = document.location;
    if (document.isString()) {
        // Some templates embed the document as a JSON string; its positions are those of the string.
        Diagnostics inner;
        std::optional<SourceNode> parsed = readJson(document.text, file, inner);
        for (Diagnostic& d : inner) {
            d.message
                = QCoreApplication::translate("CloudFormationLoader", "in the policy document string, at %1:%2: %3")
                      .arg(d.location.line)
                      .arg(d.location.column)
                      .arg(d.message);
            d.location = document.location;
            subject.diagnostics.push_back(std::move(d));
        }
        if (!parsed) {
            record.resolved = false;
            record.policy.file = file;
            record.policy.name = std::move(name);
            return record;
        }
        relocate(*parsed, document.location);
        record.policy = PolicyParser::parse(*parsed, kind, file, std::move(name), subject.diagnostics).policy;
        return record;
    }
    record.policy = PolicyParser::parse(document, kind, file, std::move(name), subject.diagnostics).policy;
    return record;
}

PolicyRecord awsManagedPolicy(
    const std::string& arn, const QString& file, SourceLocation location, ReviewSubject& subject)
{
    PolicyRecord record;
    record.origin = PolicyOrigin::AwsManaged;
    record.arn = arn;
    record.file = file;
    record.location = location;
    const size_t slash = arn.rfind('/');
    record.name = slash == std::string::npos ? arn : arn.substr(slash + 1);
    const ManagedPolicyEntry* entry = ManagedPolicyStore::bundled().find(arn);
    if (!entry) {
        record.resolved = false;
        record.policy.file = file;
        record.policy.name = record.name;
        subject.notes.push_back({ "unresolved-arn", file, location, arn,
            Tr::tr("\"%1\" is not an AWS managed policy known to this version of the bundled data; "
                   "its permissions cannot be reviewed")
                .arg(q(arn)) });
        return record;
    }
    const QString source = QStringLiteral("aws-managed:") + q(entry->name);
    Diagnostics ignored; // AWS's own documents: their diagnostics are not the vendor's
    record.policy = PolicyParser::parseJson(
        ManagedPolicyStore::prettyDocument(*entry), PolicyKind::Identity, source, std::string(entry->name), ignored)
                        .policy;
    return record;
}

void loadCloudFormation(const SourceNode& root, const QString& file, const LoadOptions& options, ReviewSubject& subject,
    std::string_view sourceText)
{
    if (const SourceNode* transform = root.find("Transform")) {
        std::vector<const SourceNode*> names;
        if (transform->isArray())
            for (const SourceNode& t : transform->items)
                names.push_back(&t);
        else
            names.push_back(transform);
        for (const SourceNode* t : names)
            subject.notes.push_back({ "macro", file, t->location, t->text,
                t->text == "AWS::Serverless-2016-10-31"
                    ? Tr::tr(
                        "the AWS SAM transform creates roles and policies for serverless resources at deploy time; "
                        "review the transformed template as well")
                    : Tr::tr("the template is processed by the macro \"%1\" at deploy time; what it produces cannot be "
                             "reviewed here")
                          .arg(q(t->text)) });
    }

    IntrinsicResolver resolver(root, file, options, subject);
    IamIdentities identities;
    const SourceNode* resources = root.find("Resources");
    if (!resources || !resources->isObject())
        return;

    std::map<std::string, size_t> roleByLogicalId;
    std::vector<PendingAttachment> pending;

    for (const SourceMember& res : resources->members) {
        const SourceNode* typeNode = res.value.find("Type");
        if (!typeNode || !typeNode->isString())
            continue;
        const std::string& type = typeNode->text;
        std::string onlyWhen;
        if (const SourceNode* cond = res.value.find("Condition"); cond && cond->isString()) {
            // Reviewed whatever the defaults make of the condition, and marked; only the reviewer's own
            // parameter values choose a branch.
            const std::optional<bool> on = resolver.condition(cond->text);
            std::set<std::string> inputs;
            conditionInputs(root.find("Conditions"), cond->text, inputs, 0);
            const bool chosen = std::any_of(
                inputs.begin(), inputs.end(), [&](const std::string& p) { return options.parameters.count(p) > 0; });
            if (on && !*on && chosen)
                continue; // not created with the parameters given
            if (!chosen)
                onlyWhen = describeCondition(root.find("Conditions"), cond->text, on);
        }
        std::optional<SourceNode> props;
        if (const SourceNode* p = res.value.find("Properties"))
            props = resolver.resolve(*p);
        static const SourceNode kEmpty { SourceNode::Kind::Object, {}, {}, {}, {}, {} };
        const SourceNode& properties = props ? *props : kEmpty;

        if (type == "AWS::IAM::Role" || type == "AWS::IAM::User" || type == "AWS::IAM::Group") {
            RoleRecord role;
            role.kind = type == "AWS::IAM::Role" ? "role" : type == "AWS::IAM::User" ? "user" : "group";
            role.logicalId = res.key;
            const SourceNode* roleName = properties.find(role.kind == "role" ? "RoleName"
                    : role.kind == "user"                                    ? "UserName"
                                                                             : "GroupName");
            role.name = roleName && roleName->isScalar() ? roleName->text : res.key;
            role.file = file;
            role.location = res.keyLocation;
            role.condition = onlyWhen;
            if (const SourceNode* trust = properties.find("AssumeRolePolicyDocument")) {
                role.hasTrustPolicy = true;
                role.trustPolicy = policyFromNode(
                    *trust, PolicyKind::Trust, PolicyOrigin::Inline, role.name + " trust", file, subject)
                                       .policy;
            }
            if (const SourceNode* policies = properties.find("Policies"); policies && policies->isArray()) {
                for (const SourceNode& p : policies->items) {
                    const SourceNode* name = p.find("PolicyName");
                    const SourceNode* doc = p.find("PolicyDocument");
                    if (!doc)
                        continue;
                    role.policies.push_back(policyFromNode(*doc, PolicyKind::Identity, PolicyOrigin::Inline,
                        name && name->isScalar() ? name->text : res.key + " inline", file, subject));
                }
            }
            if (const SourceNode* arns = properties.find("ManagedPolicyArns"); arns && arns->isArray()) {
                for (const SourceNode& a : arns->items) {
                    if (const std::string ref = resourceRefOf(a); !ref.empty()) {
                        PendingAttachment link;
                        link.logicalId = ref;
                        link.roleRefs.push_back(res.key);
                        pending.push_back(std::move(link));
                    } else if (const std::string id = managedPolicyByArn(a, resources, resolver); !id.empty()) {
                        PendingAttachment link; // an ARN built with Fn::Join / Fn::Sub around a Ref
                        link.logicalId = id;
                        link.roleRefs.push_back(res.key);
                        pending.push_back(std::move(link));
                    } else if (a.isString() && ManagedPolicyStore::isAwsManagedArn(a.text)) {
                        role.policies.push_back(awsManagedPolicy(a.text, file, a.location, subject));
                    } else if (a.isString()) {
                        PolicyRecord unknown;
                        unknown.origin = PolicyOrigin::CustomerManaged;
                        unknown.arn = unknown.name = a.text;
                        unknown.file = file;
                        unknown.location = a.location;
                        unknown.resolved = false;
                        role.policies.push_back(std::move(unknown));
                        subject.notes.push_back({ "unresolved-arn", file, a.location, a.text,
                            Tr::tr("the managed policy \"%1\" is not defined in the package; its "
                                   "permissions cannot be reviewed")
                                .arg(q(a.text)) });
                    }
                }
            }
            if (const SourceNode* boundary = properties.find("PermissionsBoundary"); boundary && boundary->isString()) {
                role.hasBoundary = true;
                if (ManagedPolicyStore::isAwsManagedArn(boundary->text))
                    role.boundary = awsManagedPolicy(boundary->text, file, boundary->location, subject);
                else {
                    role.boundary.arn = role.boundary.name = boundary->text;
                    role.boundary.file = file;
                    role.boundary.location = boundary->location;
                    role.boundary.resolved = false;
                    if (const std::string ref = resourceRefOf(*boundary); !ref.empty()) {
                        PendingAttachment link;
                        link.logicalId = ref;
                        link.roleRefs.push_back("boundary:" + res.key);
                        pending.push_back(std::move(link));
                    }
                }
            }
            if (const SourceNode* duration = properties.find("MaxSessionDuration"); duration && duration->isScalar()) {
                role.maxSessionDuration = duration->text;
                role.maxSessionDurationLocation = duration->location;
            }
            if (role.kind == "user")
                identities.readUser(res, properties, file, subject);
            roleByLogicalId[res.key] = subject.roles.size();
            subject.roles.push_back(std::move(role));
        } else if (type == "AWS::IAM::UserToGroupAddition") {
            identities.readGroupAddition(properties);
        } else if (type == "AWS::IAM::AccessKey") {
            identities.readAccessKey(res, properties, file, subject);
        } else if (type == "AWS::IAM::ManagedPolicy" || type == "AWS::IAM::Policy" || type == "AWS::IAM::RolePolicy"
            || type == "AWS::IAM::UserPolicy" || type == "AWS::IAM::GroupPolicy") {
            const SourceNode* doc = properties.find("PolicyDocument");
            if (!doc)
                continue;
            const SourceNode* nameNode
                = properties.find(type == "AWS::IAM::ManagedPolicy" ? "ManagedPolicyName" : "PolicyName");
            PendingAttachment entry;
            entry.logicalId = res.key;
            entry.policy = policyFromNode(*doc, PolicyKind::Identity,
                type == "AWS::IAM::ManagedPolicy" ? PolicyOrigin::CustomerManaged : PolicyOrigin::Inline,
                nameNode && nameNode->isScalar() ? nameNode->text : res.key, file, subject);
            entry.policy.location = res.keyLocation;
            entry.policy.condition = onlyWhen;
            auto collect = [&entry](const SourceNode* list) {
                if (!list)
                    return;
                auto one = [&entry](const SourceNode& r) {
                    if (const std::string ref = resourceRefOf(r); !ref.empty())
                        entry.roleRefs.push_back(ref);
                    else if (r.isScalar())
                        entry.roleNames.push_back(r.text);
                };
                if (list->isArray())
                    for (const SourceNode& r : list->items)
                        one(r);
                else
                    one(*list);
            };
            collect(properties.find("Roles"));
            collect(properties.find("RoleName"));
            collect(properties.find("Users"));
            collect(properties.find("UserName"));
            collect(properties.find("Groups"));
            collect(properties.find("GroupName"));
            pending.push_back(std::move(entry));
        } else if (type.starts_with("Custom::") || type == "AWS::CloudFormation::CustomResource") {
            const SourceNode* token = properties.find("ServiceToken");
            subject.notes.push_back({ "custom-resource", file, res.keyLocation, res.key,
                Tr::tr(
                    "the custom resource \"%1\" runs code at deploy time (service token %2) with whatever it is sent; "
                    "that code is not part of the package")
                    .arg(q(res.key), token && token->isScalar() ? q(token->text) : Tr::tr("unknown")) });
        } else if (type == "AWS::CloudFormation::Stack" || type == "AWS::CloudFormation::StackSet") {
            loadNestedTemplate(res, type, properties, file, sourceText, options, subject);
        } else if (readResourcePolicy(res, type, properties, file, options, subject)) {
            // a grant to outsiders is a subject; a policy for the customer's own principals grants them nothing new
        } else if (const std::optional<QString> why = unreviewedCloudFormationResource(res.key, type, properties)) {
            noteUnreviewed(subject, file, res.keyLocation, res.key, *why);
        }
    }

    // Attach customer-managed and stand-alone policies to their roles; keep the rest stand-alone.
    std::map<std::string, size_t> policyByLogicalId;
    std::set<std::string> boundaryPolicies; // used as a boundary: grants nothing by itself
    std::vector<PendingAttachment> links;
    for (PendingAttachment& p : pending) {
        if (p.policy.policy.statements.empty() && p.policy.file.isEmpty())
            links.push_back(std::move(p)); // a ManagedPolicyArns / boundary reference
    }
    pending.erase(std::remove_if(pending.begin(), pending.end(),
                      [](const PendingAttachment& p) { return p.policy.file.isEmpty(); }),
        pending.end());
    for (size_t i = 0; i < pending.size(); ++i)
        policyByLogicalId[pending[i].logicalId] = i;
    for (const PendingAttachment& link : links) {
        for (const std::string& target : link.roleRefs) {
            const bool isBoundary = target.starts_with("boundary:");
            const std::string roleId = isBoundary ? target.substr(9) : target;
            auto role = roleByLogicalId.find(roleId);
            auto policy = policyByLogicalId.find(link.logicalId);
            if (role == roleByLogicalId.end() || policy == policyByLogicalId.end())
                continue;
            RoleRecord& r = subject.roles[role->second];
            if (isBoundary) {
                r.boundary = pending[policy->second].policy;
                boundaryPolicies.insert(link.logicalId);
            } else {
                PendingAttachment& p = pending[policy->second];
                if (std::find(p.roleRefs.begin(), p.roleRefs.end(), roleId) == p.roleRefs.end())
                    p.roleRefs.push_back(roleId);
            }
        }
    }
    for (PendingAttachment& p : pending) {
        bool attached = false;
        for (const std::string& ref : p.roleRefs)
            if (auto it = roleByLogicalId.find(ref); it != roleByLogicalId.end()) {
                subject.roles[it->second].policies.push_back(p.policy);
                attached = true;
            }
        for (const std::string& name : p.roleNames)
            for (RoleRecord& r : subject.roles)
                if (r.name == name) {
                    r.policies.push_back(p.policy);
                    attached = true;
                }
        if (!attached && !boundaryPolicies.count(p.logicalId))
            subject.standalonePolicies.push_back(std::move(p.policy));
    }
    identities.finish(root, roleByLogicalId, file, subject);
}

} // namespace grantscope
