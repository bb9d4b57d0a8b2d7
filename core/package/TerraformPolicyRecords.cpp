// SPDX-License-Identifier: GPL-3.0-or-later
// TerraformFile, policy documents: records from documents, one per branch of an open conditional; resource policies.
#include "package/TerraformFile.h"

#include "common/QtText.h"
#include "package/CloudFormationLoader.h"
#include "package/ResourcePolicies.h"
#include "package/UnreviewedResources.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope::terraformloader {

namespace {

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

} // namespace

std::string bothConditions(const std::string& a, const std::string& b)
{
    return a.empty() ? b : b.empty() || a == b ? a : a + "; " + b;
}

bool sameStatement(Statement a, Statement b)
{
    a.index = b.index = 0;
    return a == b;
}

std::optional<std::string> TerraformFile::scalar(const SourceNode& body, const char* key)
{
    const SourceNode* v = body.find(key);
    if (!v || !v->isScalar() || v->text.empty())
        return std::nullopt;
    return m_resolver->expand(v->text, v->location);
}

PolicyRecord TerraformFile::policyRecord(
    const SourceNode* value, PolicyKind kind, PolicyOrigin origin, std::string name, const TerraformResource& r)
{
    std::optional<SourceNode> document;
    if (value && !value->isNull())
        document = m_resolver->policyDocument(*value);
    else
        warn(r.location, Tr::tr("\"%1\" has no policy document").arg(toQString(r.address)));
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

std::string TerraformFile::conditionOf(const TerraformResource& r) const
{
    if (!m_expansion)
        return {};
    const auto it = m_expansion->conditions.find(r.address);
    return it == m_expansion->conditions.end() ? std::string() : it->second;
}

const TerraformExpansion::Variants* TerraformFile::variantsOf(const TerraformResource& r) const
{
    if (!m_expansion)
        return nullptr;
    const auto it = m_expansion->variants.find(r.address);
    return it == m_expansion->variants.end() ? nullptr : &it->second;
}

// The document at `value` of `r` once per branch of its open conditionals (none: the body as read).
std::vector<PolicyRecord> TerraformFile::perVariant(const SourceNode* value, PolicyKind kind, PolicyOrigin origin,
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
std::vector<PolicyRecord> TerraformFile::policyRecords(
    const SourceNode* value, PolicyKind kind, PolicyOrigin origin, const std::string& name, const TerraformResource& r)
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
        record.name = Tr::tr("%1 (when %2)").arg(toQString(name), toQString(variants.labels[i])).toStdString();
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
void TerraformFile::addResourcePolicy(const TerraformResource& r, const char* argument)
{
    const SourceNode* value = r.body->find(argument);
    if (!value || value->isNull())
        return;
    PolicyRecord record = policyRecord(value, PolicyKind::Resource, PolicyOrigin::Inline, r.address + " (policy)", r);
    if (!record.resolved) {
        noteUnreviewed(m_subject, m_file, r.location, r.address,
            Tr::tr("the \"%1\" of %2 could not be read, so who it lets in is not reviewed; review "
                   "the document by hand or the output of terraform show -json")
                .arg(QLatin1String(argument), toQString(r.address)));
        return;
    }
    addResourcePolicySubject(
        r.address, m_file, r.location, std::move(record), r.type == "aws_kms_key", m_effective, m_subject);
}

// aws_lambda_permission / aws_cloudwatch_event_permission: the statement each adds to a resource policy.
void TerraformFile::addPermission(const TerraformResource& r)
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
    addResourcePolicySubject(r.address, m_file, r.location, std::move(record), false, m_effective, m_subject, lambda);
}

} // namespace grantscope::terraformloader
