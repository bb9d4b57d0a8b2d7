// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/CloudFormationLoader.h"

#include "catalog/ManagedPolicyStore.h"
#include "doc/JsonReader.h"
#include "package/ConditionalBranches.h"
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
#include <mutex>
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
    std::vector<PolicyRecord> branches; // statements of the document that only some Fn::If branches have
    std::vector<std::string> roleRefs; // logical ids
    std::vector<std::string> roleNames; // literal role names
    std::map<std::string, std::string> refConditions; // role ref or name -> "only when ..." of the attachment
    std::string condition; // of a ManagedPolicyArns / boundary reference chosen by Fn::If
    std::string logicalId;
};

std::string bothConditions(const std::string& a, const std::string& b)
{
    return a.empty() ? b : b.empty() || a == b ? a : a + "; " + b;
}

// A policy of the package given to a role, user or group, under the condition of the attachment.
void attachPolicy(RoleRecord& role, const PendingAttachment& p, const std::string& key)
{
    const auto cond = p.refConditions.find(key);
    const std::string when = cond == p.refConditions.end() ? std::string() : cond->second;
    PolicyRecord record = p.policy;
    record.condition = bothConditions(record.condition, when);
    role.policies.push_back(std::move(record));
    for (PolicyRecord branch : p.branches) {
        branch.condition = bothConditions(branch.condition, when);
        role.policies.push_back(std::move(branch));
    }
}

// The pieces of a policy document across Fn::If branches as records: the first keeps the name, the
// others say when they apply.
std::vector<PolicyRecord> documentRecords(const ConditionalBranches& branches,
    const std::vector<const SourceNode*>& perVariant, PolicyKind kind, PolicyOrigin origin, const std::string& name,
    const std::string& onlyWhen, const QString& file, ReviewSubject& subject)
{
    std::vector<PolicyRecord> out;
    for (const ConditionalBranches::Piece& piece : branches.documents(perVariant)) {
        PolicyRecord record = policyFromNode(piece.node, kind, origin,
            out.empty() ? name : Tr::tr("%1 (when %2)").arg(q(name), q(piece.when)).toStdString(), file, subject);
        record.condition = bothConditions(onlyWhen, piece.condition);
        if (onlyWhen.empty() && !piece.condition.empty()) {
            record.branchGroup = file.toStdString() + '#' + name;
            record.branchVariants = piece.variants;
        }
        out.push_back(std::move(record));
    }
    return out;
}

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
    // Each AWS managed policy is parsed once per process however often a package attaches it (a package
    // attaching one policy 100,000 times must not parse it 100,000 times); loads may run on several threads.
    static std::mutex cacheMutex;
    static std::map<const ManagedPolicyEntry*, Policy> cache;
    {
        const std::lock_guard<std::mutex> lock(cacheMutex);
        auto it = cache.find(entry);
        if (it == cache.end()) {
            const QString source = QStringLiteral("aws-managed:") + q(entry->name);
            Diagnostics ignored; // AWS's own documents: their diagnostics are not the vendor's
            it = cache
                     .emplace(entry,
                         PolicyParser::parseJson(ManagedPolicyStore::prettyDocument(*entry), PolicyKind::Identity,
                             source, std::string(entry->name), ignored)
                             .policy)
                     .first;
        }
        record.policy = it->second;
    }
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
    ConditionalBranches branches(root, file, options, resolver, subject);
    static const SourceNode kEmpty { SourceNode::Kind::Object, {}, {}, {}, {}, {} };

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
        // Every Fn::If branch that the reviewer's values do not choose is read (ConditionalBranches.h).
        std::optional<SourceNode> props;
        if (const SourceNode* p = res.value.find("Properties")) {
            branches.resolve(*p);
            props = branches.branched() ? std::optional<SourceNode>(branches.merged())
                                        : branches.variants().front().properties;
        } else {
            branches.resolve(kEmpty);
        }
        const SourceNode& properties = props ? *props : kEmpty;
        auto perVariant = [&](std::string_view key) {
            std::vector<const SourceNode*> out;
            for (const ConditionalBranches::Variant& v : branches.variants())
                out.push_back(v.properties ? v.properties->find(key) : nullptr);
            return out;
        };

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
                // Across Fn::If branches, every statement: whoever any branch lets in is reviewed.
                role.hasTrustPolicy = true;
                role.trustPolicy = policyFromNode(
                    *trust, PolicyKind::Trust, PolicyOrigin::Inline, role.name + " trust", file, subject)
                                       .policy;
            }
            // Inline policies by name across the branches, split where the branches differ.
            std::vector<std::string> inlineNames;
            std::map<std::string, std::vector<const SourceNode*>> inlineDocs;
            const std::vector<ConditionalBranches::Variant>& variants = branches.variants();
            for (size_t i = 0; i < variants.size(); ++i) {
                const SourceNode* policies
                    = variants[i].properties ? variants[i].properties->find("Policies") : nullptr;
                if (!policies || !policies->isArray())
                    continue;
                for (const SourceNode& p : policies->items) {
                    const SourceNode* name = p.find("PolicyName");
                    const SourceNode* doc = p.find("PolicyDocument");
                    if (!doc)
                        continue;
                    const std::string key = name && name->isScalar() ? name->text : res.key + " inline";
                    auto [it, added] = inlineDocs.try_emplace(key, variants.size(), nullptr);
                    if (added)
                        inlineNames.push_back(key);
                    it->second[i] = doc;
                }
            }
            for (const std::string& name : inlineNames)
                for (PolicyRecord& r : documentRecords(branches, inlineDocs[name], PolicyKind::Identity,
                         PolicyOrigin::Inline, name, {}, file, subject))
                    role.policies.push_back(std::move(r));
            for (const ConditionalBranches::Piece& piece : branches.items("ManagedPolicyArns")) {
                const SourceNode& a = piece.node;
                if (const std::string ref = resourceRefOf(a); !ref.empty()) {
                    PendingAttachment link;
                    link.logicalId = ref;
                    link.roleRefs.push_back(res.key);
                    link.condition = piece.condition;
                    pending.push_back(std::move(link));
                } else if (const std::string id = managedPolicyByArn(a, resources, resolver); !id.empty()) {
                    PendingAttachment link; // an ARN built with Fn::Join / Fn::Sub around a Ref
                    link.logicalId = id;
                    link.roleRefs.push_back(res.key);
                    link.condition = piece.condition;
                    pending.push_back(std::move(link));
                } else if (a.isString() && ManagedPolicyStore::isAwsManagedArn(a.text)) {
                    // The same ARN listed again attaches nothing more (IAM keeps one attachment).
                    const bool again
                        = std::any_of(role.policies.begin(), role.policies.end(), [&](const PolicyRecord& p) {
                              return p.origin == PolicyOrigin::AwsManaged && p.arn == a.text
                                  && p.condition == piece.condition;
                          });
                    if (again)
                        continue;
                    role.policies.push_back(awsManagedPolicy(a.text, file, a.location, subject));
                    role.policies.back().condition = piece.condition;
                    if (onlyWhen.empty() && !piece.condition.empty()) {
                        role.policies.back().branchGroup = file.toStdString() + '#' + res.key + "#ManagedPolicyArns";
                        role.policies.back().branchVariants = piece.variants;
                    }
                } else if (a.isString()) {
                    PolicyRecord unknown;
                    unknown.origin = PolicyOrigin::CustomerManaged;
                    unknown.arn = unknown.name = a.text;
                    unknown.file = file;
                    unknown.location = a.location;
                    unknown.resolved = false;
                    unknown.condition = piece.condition;
                    role.policies.push_back(std::move(unknown));
                    subject.notes.push_back({ "unresolved-arn", file, a.location, a.text,
                        Tr::tr("the managed policy \"%1\" is not defined in the package; its "
                               "permissions cannot be reviewed")
                            .arg(q(a.text)) });
                }
            }
            // A boundary counts only when every branch sets the same one: a branch without it grants more.
            const std::vector<ConditionalBranches::Piece> boundaries = branches.items("PermissionsBoundary");
            const SourceNode* boundary
                = boundaries.size() == 1 && boundaries.front().condition.empty() ? &boundaries.front().node : nullptr;
            if (boundary && boundary->isString()) {
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
            if (role.kind == "user") {
                const size_t notesBefore = subject.notes.size();
                identities.readUser(res, properties, file, subject);
                for (size_t i = notesBefore; i < subject.notes.size(); ++i)
                    subject.notes[i].condition = onlyWhen; // a console password of a user created conditionally
            }
            roleByLogicalId[res.key] = subject.roles.size();
            subject.roles.push_back(std::move(role));
        } else if (type == "AWS::IAM::UserToGroupAddition") {
            identities.readGroupAddition(properties);
        } else if (type == "AWS::IAM::AccessKey") {
            const size_t notesBefore = subject.notes.size();
            identities.readAccessKey(res, properties, file, subject);
            for (size_t i = notesBefore; i < subject.notes.size(); ++i)
                subject.notes[i].condition = onlyWhen;
        } else if (type == "AWS::IAM::ManagedPolicy" || type == "AWS::IAM::Policy" || type == "AWS::IAM::RolePolicy"
            || type == "AWS::IAM::UserPolicy" || type == "AWS::IAM::GroupPolicy") {
            const SourceNode* nameNode
                = properties.find(type == "AWS::IAM::ManagedPolicy" ? "ManagedPolicyName" : "PolicyName");
            std::vector<PolicyRecord> records
                = documentRecords(branches, perVariant("PolicyDocument"), PolicyKind::Identity,
                    type == "AWS::IAM::ManagedPolicy" ? PolicyOrigin::CustomerManaged : PolicyOrigin::Inline,
                    nameNode && nameNode->isScalar() ? nameNode->text : res.key, onlyWhen, file, subject);
            if (records.empty())
                continue;
            PendingAttachment entry;
            entry.logicalId = res.key;
            entry.policy = std::move(records.front());
            entry.policy.location = res.keyLocation;
            entry.branches.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
            for (const char* key : { "Roles", "RoleName", "Users", "UserName", "Groups", "GroupName" })
                for (const ConditionalBranches::Piece& piece : branches.items(key)) {
                    std::string target;
                    if (const std::string ref = resourceRefOf(piece.node); !ref.empty())
                        entry.roleRefs.push_back(target = ref);
                    else if (piece.node.isScalar())
                        entry.roleNames.push_back(target = piece.node.text);
                    if (!target.empty() && !piece.condition.empty())
                        entry.refConditions[target] = piece.condition;
                }
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
        } else if (const size_t before = subject.roles.size();
                   readResourcePolicy(res, type, properties, file, options, subject)) {
            // A grant to outsiders is a subject; a policy for the customer's own principals grants them nothing
            // new. It is marked with the condition of the resource and of the branches that let outsiders in.
            if (subject.roles.size() > before) {
                std::vector<bool> outside;
                for (const ConditionalBranches::Variant& v : branches.variants()) {
                    ReviewSubject scratch;
                    outside.push_back(v.properties
                        && readResourcePolicy(res, type, *v.properties, file, options, scratch)
                        && !scratch.roles.empty());
                }
                subject.roles.back().condition = bothConditions(onlyWhen, branches.condition(outside));
            }
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
                const bool known = std::find(p.roleRefs.begin(), p.roleRefs.end(), roleId) != p.roleRefs.end();
                if (!known) {
                    p.roleRefs.push_back(roleId);
                    if (!link.condition.empty())
                        p.refConditions[roleId] = link.condition;
                } else if (link.condition.empty()) {
                    p.refConditions.erase(roleId); // attached without a condition as well
                }
            }
        }
    }
    for (PendingAttachment& p : pending) {
        bool attached = false;
        for (const std::string& ref : p.roleRefs)
            if (auto it = roleByLogicalId.find(ref); it != roleByLogicalId.end()) {
                attachPolicy(subject.roles[it->second], p, ref);
                attached = true;
            }
        for (const std::string& name : p.roleNames)
            for (RoleRecord& r : subject.roles)
                if (r.name == name) {
                    attachPolicy(r, p, name);
                    attached = true;
                }
        if (!attached && !boundaryPolicies.count(p.logicalId)) {
            subject.standalonePolicies.push_back(std::move(p.policy));
            for (PolicyRecord& branch : p.branches)
                subject.standalonePolicies.push_back(std::move(branch));
        }
    }
    identities.finish(root, roleByLogicalId, file, subject);
}

} // namespace grantscope
