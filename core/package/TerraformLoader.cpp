// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformLoader.h"

#include "catalog/ManagedPolicyStore.h"
#include "package/CloudFormationLoader.h"
#include "package/ResourcePolicies.h"
#include "package/TerraformIdentities.h"
#include "package/TerraformInstances.h"
#include "package/TerraformPlan.h"
#include "package/TerraformResolver.h"
#include "package/UnreviewedResources.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <exception>
#include <set>

namespace grantscope {

namespace {

// Translated under the context "TerraformLoader" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TerraformLoader)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

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

std::string bothConditions(const std::string& a, const std::string& b)
{
    return a.empty() ? b : b.empty() || a == b ? a : a + "; " + b;
}

bool sameStatement(Statement a, Statement b)
{
    a.index = b.index = 0;
    return a == b;
}

// The path of child indexes from `root` to `target` (a node inside it).
bool pathTo(const SourceNode& root, const SourceNode* target, std::vector<size_t>& path, int depth = 0)
{
    if (&root == target)
        return true;
    if (depth > 256)
        return false;
    for (size_t i = 0; i < root.items.size() + root.members.size(); ++i) {
        path.push_back(i);
        if (pathTo(i < root.items.size() ? root.items[i] : root.members[i - root.items.size()].value, target, path,
                depth + 1))
            return true;
        path.pop_back();
    }
    return false;
}

const SourceNode* nodeAt(const SourceNode& root, const std::vector<size_t>& path)
{
    const SourceNode* node = &root;
    for (const size_t i : path) {
        if (i < node->items.size())
            node = &node->items[i];
        else if (i - node->items.size() < node->members.size())
            node = &node->members[i - node->items.size()].value;
        else
            return nullptr;
    }
    return node;
}

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

    void load()
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

private:
    void warn(SourceLocation at, const QString& message)
    {
        m_subject.diagnostics.push_back({ DiagnosticSeverity::Warning, "terraform-structure", m_file, at, message });
    }

    // Label levels of a block are objects or arrays of objects (HCL JSON); "//" properties are comments.
    template <typename Visit> void forEachLabel(const SourceNode& node, Visit visit)
    {
        auto members = [&](const SourceNode& object) {
            for (const SourceMember& m : object.members)
                if (m.key != "//")
                    visit(m);
        };
        if (node.isObject()) {
            members(node);
        } else if (node.isArray()) {
            for (const SourceNode& item : node.items) {
                if (item.isObject())
                    members(item);
                else
                    warn(item.location,
                        Tr::tr("expected an object of labelled blocks, found %1")
                            .arg(QLatin1String(SourceNode::kindName(item.kind))));
            }
        } else {
            warn(node.location,
                Tr::tr("expected an object of labelled blocks, found %1")
                    .arg(QLatin1String(SourceNode::kindName(node.kind))));
        }
    }

    void collectConfiguration()
    {
        for (const SourceMember& top : m_root.members) {
            const bool data = top.key == "data";
            if (top.key == "variable") {
                forEachLabel(top.value, [this](const SourceMember& v) { addVariable(v); });
                continue;
            }
            if (top.key != "resource" && !data)
                continue;
            forEachLabel(top.value, [&](const SourceMember& type) {
                forEachLabel(type.value, [&](const SourceMember& name) {
                    const std::vector<const SourceNode*> bodies = terraformBlocks(&name.value);
                    if (bodies.empty()) {
                        warn(name.value.location,
                            Tr::tr("the block \"%1\" \"%2\" must be an object").arg(q(type.key), q(name.key)));
                        return;
                    }
                    TerraformResource r;
                    r.data = data;
                    r.type = type.key;
                    r.name = name.key;
                    r.address = (data ? "data." : "") + type.key + "." + name.key;
                    r.location = name.keyLocation;
                    r.body = bodies.front(); // Terraform refuses a second block with the same labels
                    m_resources.push_back(std::move(r));
                });
            });
        }
    }

    void addVariable(const SourceMember& v)
    {
        ParameterRecord p;
        p.name = v.key;
        p.file = m_file;
        p.location = v.keyLocation;
        const std::vector<const SourceNode*> bodies = terraformBlocks(&v.value);
        const SourceNode* body = bodies.empty() ? nullptr : bodies.front();
        if (const SourceNode* sensitive = body ? body->find("sensitive") : nullptr)
            p.noEcho = sensitive->text == "true";
        if (const SourceNode* description = body ? body->find("description") : nullptr;
            description && description->isScalar())
            p.description = description->text;
        const auto given = std::find_if(m_options.parameters.begin(), m_options.parameters.end(),
            [&](const auto& kv) { return kv.first == v.key || kv.first == "var." + v.key; });
        const auto packaged = m_options.packageVariables.find(v.key);
        if (given != m_options.parameters.end()) {
            p.value = given->second;
            p.resolved = p.fromReviewer = true;
        } else if (packaged != m_options.packageVariables.end()) {
            // Set by a variable file of the package: the same value for every customer, like a default.
            p.value = packaged->second;
            p.resolved = p.fromDefault = true;
        } else if (const SourceNode* def = body ? body->find("default") : nullptr; def && def->isScalar()) {
            p.value = def->text;
            p.resolved = p.fromDefault = true;
        }
        if (p.resolved && given == m_options.parameters.end())
            m_effective.parameters["var." + v.key] = p.value; // what var.<name> stands for in this file
        m_subject.parameters[p.name] = std::move(p);
    }

    std::optional<std::string> scalar(const SourceNode& body, const char* key)
    {
        const SourceNode* v = body.find(key);
        if (!v || !v->isScalar() || v->text.empty())
            return std::nullopt;
        return m_resolver->expand(v->text, v->location);
    }

    PolicyRecord policyRecord(
        const SourceNode* value, PolicyKind kind, PolicyOrigin origin, std::string name, const TerraformResource& r)
    {
        std::optional<SourceNode> document;
        if (value && !value->isNull())
            document = m_resolver->policyDocument(*value);
        else
            warn(r.location, Tr::tr("\"%1\" has no policy document").arg(q(r.address)));
        PolicyRecord record;
        if (document) {
            record = policyFromNode(*document, kind, origin, std::move(name), m_file, m_subject);
        } else {
            record.origin = origin;
            record.name = name;
            record.file = m_file;
            record.resolved = false;
            record.policy.file = m_file;
            record.policy.name = std::move(name);
            record.policy.kind = kind;
        }
        record.location = r.location;
        return record;
    }

    std::string conditionOf(const TerraformResource& r) const
    {
        if (!m_expansion)
            return {};
        const auto it = m_expansion->conditions.find(r.address);
        return it == m_expansion->conditions.end() ? std::string() : it->second;
    }

    const TerraformExpansion::Variants* variantsOf(const TerraformResource& r) const
    {
        if (!m_expansion)
            return nullptr;
        const auto it = m_expansion->variants.find(r.address);
        return it == m_expansion->variants.end() ? nullptr : &it->second;
    }

    // The document at `value` of `r` once per branch of its open conditionals (none: the body as read).
    std::vector<PolicyRecord> perVariant(const SourceNode* value, PolicyKind kind, PolicyOrigin origin,
        const std::string& name, const TerraformResource& r, size_t& chosen)
    {
        const TerraformExpansion::Variants* variants = variantsOf(r);
        std::vector<size_t> path;
        if (!value || !variants || !pathTo(*r.body, value, path))
            return { policyRecord(value, kind, origin, name, r) };
        std::vector<PolicyRecord> out;
        for (size_t i = 0; i < variants->bodies.size(); ++i) {
            if (variants->bodies[i] == *r.body)
                chosen = i;
            out.push_back(policyRecord(nodeAt(variants->bodies[i], path), kind, origin, name, r));
        }
        return out;
    }

    // The statements every branch has first, then one record per branch with the statements only it has.
    std::vector<PolicyRecord> policyRecords(const SourceNode* value, PolicyKind kind, PolicyOrigin origin,
        const std::string& name, const TerraformResource& r)
    {
        const std::string when = conditionOf(r);
        size_t chosen = 0;
        std::vector<PolicyRecord> records = perVariant(value, kind, origin, name, r, chosen);
        if (records.size() == 1) {
            records.front().condition = when;
            return records;
        }
        const TerraformExpansion::Variants& variants = *variantsOf(r);
        auto inAll = [&](const Statement& st) {
            return std::all_of(records.begin(), records.end(), [&](const PolicyRecord& other) {
                return std::any_of(other.policy.statements.begin(), other.policy.statements.end(),
                    [&](const Statement& o) { return sameStatement(o, st); });
            });
        };
        std::vector<std::vector<bool>> common; // per record, per statement: every branch has it
        for (const PolicyRecord& record : records) {
            common.emplace_back();
            for (const Statement& st : record.policy.statements)
                common.back().push_back(inAll(st));
        }
        auto keep = [](PolicyRecord& record, const std::vector<bool>& flags, bool wanted) {
            std::vector<Statement> kept;
            for (size_t i = 0; i < flags.size(); ++i)
                if (flags[i] == wanted)
                    kept.push_back(std::move(record.policy.statements[i]));
            record.policy.statements = std::move(kept);
        };
        std::vector<PolicyRecord> out;
        PolicyRecord base = records[chosen];
        keep(base, common[chosen], true);
        if (!base.policy.statements.empty()) {
            base.condition = when;
            out.push_back(std::move(base));
        }
        for (size_t i = 0; i < records.size(); ++i) {
            PolicyRecord record = std::move(records[i]);
            keep(record, common[i], false);
            if (record.policy.statements.empty() && record.resolved)
                continue;
            record.name = Tr::tr("%1 (when %2)").arg(q(name), q(variants.labels[i])).toStdString();
            record.policy.name = record.name;
            record.condition = bothConditions(when, variants.when[i]);
            if (when.empty()) {
                record.branchGroup = m_file.toStdString() + '#' + r.address + '#' + name;
                record.branchVariants.assign(records.size(), false);
                record.branchVariants[i] = true;
            }
            out.push_back(std::move(record));
        }
        return out;
    }

    // A resource policy that may let outsiders in: a subject when it does, a gap when it cannot be read.
    void addResourcePolicy(const TerraformResource& r, const char* argument)
    {
        const SourceNode* value = r.body->find(argument);
        if (!value || value->isNull())
            return;
        PolicyRecord record
            = policyRecord(value, PolicyKind::Resource, PolicyOrigin::Inline, r.address + " (policy)", r);
        if (!record.resolved) {
            noteUnreviewed(m_subject, m_file, r.location, r.address,
                Tr::tr("the \"%1\" of %2 could not be read, so who it lets in is not reviewed; review "
                       "the document by hand or the output of terraform show -json")
                    .arg(QLatin1String(argument), q(r.address)));
            return;
        }
        addResourcePolicySubject(
            r.address, m_file, r.location, std::move(record), r.type == "aws_kms_key", m_effective, m_subject);
    }

    // A policy of the package given to a role by `via` (an attachment; the role itself for managed_policy_arns).
    void attachPackagePolicy(size_t role, PackagePolicy& p, const TerraformResource& via)
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

    void attach(size_t role, const PolicyRecord& record, const std::string& key)
    {
        // State output lists a policy both on the role and as an attachment: keep one.
        if (m_attached.insert(std::to_string(role) + '\x1f' + key).second)
            m_subject.roles[role].policies.push_back(record);
    }

    void addRole(const TerraformResource& r)
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
            for (const PolicyRecord& record :
                policyRecords(policy, PolicyKind::Identity, PolicyOrigin::Inline, name, r))
                attach(index, record, "inline:" + record.name);
        }
    }

    // aws_iam_user / aws_iam_group: a subject like a role, without a trust policy.
    void addIdentity(const TerraformResource& r)
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

    void addMembership(const std::vector<size_t>& users, const std::vector<size_t>& groups)
    {
        for (size_t user : users)
            for (size_t group : groups)
                m_members.emplace_back(user, group);
    }

    // aws_lambda_permission / aws_cloudwatch_event_permission: the statement each adds to a resource policy.
    void addPermission(const TerraformResource& r)
    {
        const bool lambda = r.type == "aws_lambda_permission";
        static const std::pair<const char*, const char*> kLambda[]
            = { { "function_name", "FunctionName" }, { "action", "Action" }, { "principal", "Principal" },
                  { "source_account", "SourceAccount" }, { "source_arn", "SourceArn" },
                  { "principal_org_id", "PrincipalOrgID" }, { "function_url_auth_type", "FunctionUrlAuthType" } };
        static const std::pair<const char*, const char*> kEvents[]
            = { { "event_bus_name", "EventBusName" }, { "action", "Action" }, { "principal", "Principal" } };
        SourceNode properties;
        properties.kind = SourceNode::Kind::Object;
        properties.location = r.location;
        auto copy = [&](const char* from, const char* to) {
            const SourceNode* v = r.body->find(from);
            if (!v || !v->isScalar() || v->text.empty())
                return;
            SourceNode value = *v;
            value.kind = SourceNode::Kind::String;
            value.text = m_resolver->expand(v->text, v->location);
            properties.members.push_back({ to, v->location, std::move(value) });
        };
        if (lambda)
            for (const auto& [from, to] : kLambda)
                copy(from, to);
        else
            for (const auto& [from, to] : kEvents)
                copy(from, to);
        if (!lambda)
            for (const SourceNode* block : terraformBlocks(r.body->find("condition"))) {
                SourceNode condition;
                condition.kind = SourceNode::Kind::Object;
                condition.location = block->location;
                for (const auto& [from, to] :
                    { std::pair { "type", "Type" }, std::pair { "key", "Key" }, std::pair { "value", "Value" } })
                    if (const SourceNode* v = block->find(from); v && v->isScalar()) {
                        SourceNode value = *v;
                        value.text = m_resolver->expand(v->text, v->location);
                        condition.members.push_back({ to, v->location, std::move(value) });
                    }
                properties.members.push_back({ "Condition", block->location, std::move(condition) });
            }
        const SourceNode document = lambda ? lambdaPermissionPolicy(properties, r.location, m_effective)
                                           : eventBusPolicy(properties, r.location, m_effective);
        PolicyRecord record = policyFromNode(document, PolicyKind::Resource, PolicyOrigin::Inline,
            r.address + (lambda ? " (function policy)" : " (event bus policy)"), m_file, m_subject);
        record.location = r.location;
        addResourcePolicySubject(
            r.address, m_file, r.location, std::move(record), false, m_effective, m_subject, lambda);
    }

    void addPolicy(const TerraformResource& r)
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

    PolicyTarget policyTarget(const SourceNode& value)
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
            const bool sameName
                = m_plan && arn.find(":policy/") != std::string::npos && m_policies[i].record.name == name;
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
                    .arg(q(arn)));
        target.record = std::move(unknown);
        return target;
    }

    // Roles (users, groups: `kind`) of this file named by `value` (a reference, a name or ARN, or a list of those).
    std::vector<size_t> roleTargets(const SourceNode* value, const std::string& kind = "role")
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

    void attachRolePolicies(const TerraformResource& r)
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

    void addRolePolicy(const TerraformResource& r, const char* key, const std::string& kind)
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
    void addAttachment(const TerraformResource& r, std::initializer_list<std::pair<const char*, const char*>> targets)
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
    std::vector<std::string> configTargets(const TerraformResource& r, const char* attribute) const
    {
        const auto resource = m_configReferences.find(terraformAddressWithoutKeys(r.address));
        if (resource == m_configReferences.end())
            return {};
        const auto targets = resource->second.find(attribute);
        return targets == resource->second.end() ? std::vector<std::string>() : targets->second;
    }

    std::vector<size_t> configRoles(const TerraformResource& r, const char* attribute) const
    {
        std::vector<size_t> out;
        for (const std::string& target : configTargets(r, attribute))
            for (size_t index : m_fileRoles)
                if (terraformAddressWithoutKeys(m_subject.roles[index].logicalId) == target)
                    out.push_back(index);
        return out;
    }

    std::vector<size_t> configPolicies(const TerraformResource& r, const char* attribute) const
    {
        std::vector<size_t> out;
        for (const std::string& target : configTargets(r, attribute))
            for (size_t i = 0; i < m_policies.size(); ++i)
                if (terraformAddressWithoutKeys(m_policies[i].resource->address) == target)
                    out.push_back(i);
        return out;
    }

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

} // namespace

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
    try {
        TerraformFile(root, file, options, subject, expansion).load();
    } catch (const std::exception& e) {
        subject.diagnostics.push_back({ DiagnosticSeverity::Error, "terraform", file, root.location,
            Tr::tr("the Terraform file could not be read: %1").arg(QString::fromLocal8Bit(e.what())) });
    } catch (...) {
        subject.diagnostics.push_back({ DiagnosticSeverity::Error, "terraform", file, root.location,
            Tr::tr("the Terraform file could not be read") });
    }
}

} // namespace grantscope
