// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformPlan.h"

#include <algorithm>

namespace grantscope {

namespace {

constexpr int kMaxModuleDepth = 32;

void addResource(const SourceNode& item, const SourceNode& values, std::vector<TerraformResource>& resources)
{
    const SourceNode* type = item.find("type");
    const SourceNode* name = item.find("name");
    const SourceNode* address = item.find("address");
    const SourceNode* mode = item.find("mode");
    if (!type || !type->isString() || !address || !address->isString())
        return;
    TerraformResource r;
    r.data = mode && mode->text == "data";
    r.type = type->text;
    r.name = name && name->isString() ? name->text : address->text;
    r.address = address->text;
    r.location = item.location;
    r.body = &values;
    resources.push_back(std::move(r));
}

void readModule(const SourceNode& module, int depth, std::vector<TerraformResource>& resources)
{
    if (depth > kMaxModuleDepth || !module.isObject())
        return;
    if (const SourceNode* list = module.find("resources"); list && list->isArray())
        for (const SourceNode& item : list->items)
            if (const SourceNode* values = item.find("values"); values && values->isObject())
                addResource(item, *values, resources);
    if (const SourceNode* children = module.find("child_modules"); children && children->isArray())
        for (const SourceNode& child : children->items)
            readModule(child, depth + 1, resources);
}

// The resource a configuration reference such as "aws_iam_policy.p.arn" points at, inside module `prefix`.
std::string referencedAddress(const std::string& reference, const std::string& prefix)
{
    const auto parts = terraformTraversal(reference);
    if (!parts || isTerraformSpecialRoot(parts->front()))
        return {};
    const std::vector<std::string>& p = *parts;
    if (p[0] == "data")
        return p.size() > 2 ? prefix + "data." + p[1] + "." + p[2] : std::string();
    return p.size() > 1 ? prefix + p[0] + "." + p[1] : std::string();
}

void readConfigModule(
    const SourceNode& module, const std::string& prefix, int depth, TerraformConfigReferences& references)
{
    if (depth > kMaxModuleDepth || !module.isObject())
        return;
    if (const SourceNode* list = module.find("resources"); list && list->isArray()) {
        for (const SourceNode& resource : list->items) {
            const SourceNode* address = resource.find("address");
            const SourceNode* expressions = resource.find("expressions");
            if (!address || !address->isString() || !expressions || !expressions->isObject())
                continue;
            auto& byAttribute = references[terraformAddressWithoutKeys(prefix + address->text)];
            for (const SourceMember& attribute : expressions->members) {
                const SourceNode* refs = attribute.value.find("references");
                if (!refs || !refs->isArray())
                    continue;
                std::vector<std::string>& targets = byAttribute[attribute.key];
                for (const SourceNode& ref : refs->items) {
                    const std::string target = ref.isString() ? referencedAddress(ref.text, prefix) : std::string();
                    if (!target.empty() && std::find(targets.begin(), targets.end(), target) == targets.end())
                        targets.push_back(target);
                }
            }
        }
    }
    if (const SourceNode* calls = module.find("module_calls"); calls && calls->isObject())
        for (const SourceMember& call : calls->members)
            if (const SourceNode* child = call.value.find("module"))
                readConfigModule(*child, prefix + "module." + call.key + ".", depth + 1, references);
}

} // namespace

std::string terraformAddressWithoutKeys(std::string_view address)
{
    std::string out;
    out.reserve(address.size());
    bool inString = false;
    int depth = 0;
    for (const char c : address) {
        if (depth > 0) {
            if (c == '"')
                inString = !inString;
            else if (!inString && c == ']')
                --depth;
            continue;
        }
        if (c == '[')
            ++depth;
        else
            out += c;
    }
    return out;
}

void readTerraformPlan(
    const SourceNode& root, std::vector<TerraformResource>& resources, TerraformConfigReferences& references)
{
    if (const SourceNode* configuration = root.find("configuration"))
        if (const SourceNode* module = configuration->find("root_module"))
            readConfigModule(*module, std::string(), 0, references);
    const SourceNode* values = root.find("planned_values");
    if (!values)
        values = root.find("values");
    if (const SourceNode* prior = root.find("prior_state"); !values && prior)
        values = prior->find("values");
    if (const SourceNode* module = values ? values->find("root_module") : nullptr) {
        readModule(*module, 0, resources);
        return;
    }
    const SourceNode* changes = root.find("resource_changes");
    if (!changes || !changes->isArray())
        return;
    for (const SourceNode& change : changes->items) {
        const SourceNode* c = change.find("change");
        const SourceNode* after = c ? c->find("after") : nullptr;
        if (after && after->isObject())
            addResource(change, *after, resources);
    }
}

} // namespace grantscope
