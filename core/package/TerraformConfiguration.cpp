// SPDX-License-Identifier: GPL-3.0-or-later
// TerraformFile, reading a configuration: its resource, data and variable blocks, and what each variable stands for.
#include "package/TerraformFile.h"

#include "common/QtText.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope::terraformloader {

void TerraformFile::warn(SourceLocation at, const QString& message)
{
    m_subject.diagnostics.push_back({ DiagnosticSeverity::Warning, "terraform-structure", m_file, at, message });
}

// Label levels of a block are objects or arrays of objects (HCL JSON); "//" properties are comments.
template <typename Visit> void TerraformFile::forEachLabel(const SourceNode& node, Visit visit)
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

void TerraformFile::collectConfiguration()
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
                        Tr::tr("the block \"%1\" \"%2\" must be an object")
                            .arg(toQString(type.key), toQString(name.key)));
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

void TerraformFile::addVariable(const SourceMember& v)
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

} // namespace grantscope::terraformloader
