// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundarySnippets.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <sstream>

namespace grantscope {

namespace {

using ordered_json = nlohmann::ordered_json;

constexpr std::string_view kDefaultName = "GrantScopeBoundary";

// One line of text from the package, safe inside a comment: no line break, no control character.
std::string commentSafe(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // U+0085, U+2028 and U+2029 end a line for some editors: E2 80 A8/A9 and C2 85 in UTF-8.
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
            && (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
            out += ' ';
            i += 2;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) {
            out += ' ';
            ++i;
        } else if (c < 0x20 || c == 0x7F) {
            out += ' ';
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string where(const BoundaryTarget& t)
{
    const std::string file = commentSafe(QFileInfo(t.file).fileName().toStdString());
    if (file.empty())
        return {};
    return " (" + file + (t.line > 0 ? ", line " + std::to_string(t.line) : std::string()) + ")";
}

// A CloudFormation logical id (alphanumeric) from the policy name.
std::string logicalIdFor(std::string_view name)
{
    std::string id;
    for (char c : name)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            id += c;
    if (id.empty() || (id.front() >= '0' && id.front() <= '9'))
        id = std::string(kDefaultName) + id;
    return id.substr(0, 255);
}

// A Terraform resource name (letters, digits, '_', '-'; not starting with a digit) from the policy name.
std::string terraformNameFor(std::string_view name)
{
    std::string id;
    for (char c : name) {
        if ((c >= 'A' && c <= 'Z'))
            id += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
            id += c;
        else if (!id.empty() && id.back() != '_')
            id += '_';
    }
    while (!id.empty() && id.back() == '_')
        id.pop_back();
    if (id.empty() || (id.front() >= '0' && id.front() <= '9'))
        id = "grantscope_boundary" + (id.empty() ? std::string() : "_" + id);
    return id;
}

bool plainKey(const std::string& key)
{
    if (key.empty())
        return false;
    for (char c : key)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

// Every string double-quoted, so that nothing in a policy can be read back as a number, a date, a
// boolean or a tag.
void emitJson(YAML::Emitter& out, const ordered_json& j)
{
    if (j.is_object()) {
        out << YAML::BeginMap;
        for (const auto& [key, value] : j.items()) {
            out << YAML::Key;
            if (plainKey(key))
                out << key;
            else
                out << YAML::DoubleQuoted << key;
            out << YAML::Value;
            emitJson(out, value);
        }
        out << YAML::EndMap;
    } else if (j.is_array()) {
        out << YAML::BeginSeq;
        for (const ordered_json& item : j)
            emitJson(out, item);
        out << YAML::EndSeq;
    } else if (j.is_string()) {
        out << YAML::DoubleQuoted << j.get<std::string>();
    } else if (j.is_boolean()) {
        out << (j.get<bool>() ? "true" : "false");
    } else if (j.is_null()) {
        out << YAML::Null;
    } else {
        out << j.dump();
    }
}

std::string sizeLine(const CompactedBoundary& b)
{
    return "Permissions boundary made with GrantScope: " + std::to_string(b.size) + " of "
        + std::to_string(BoundaryCompactor::kManagedPolicyLimit) + " characters of a managed policy.";
}

std::string sizeLine(const std::vector<CompactedBoundary>& parts)
{
    if (parts.size() == 1)
        return sizeLine(parts.front());
    std::string sizes;
    for (size_t i = 0; i < parts.size(); ++i)
        sizes += (i ? ", " : "") + std::to_string(parts[i].size);
    return "Permissions boundary made with GrantScope, in " + std::to_string(parts.size()) + " managed policies ("
        + sizes + " of " + std::to_string(BoundaryCompactor::kManagedPolicyLimit) + " characters).";
}

// Why a boundary comes in parts, and what to do with them (the parts after the first hold only denies).
const char* const kPartsNote
    = "The boundary does not fit one managed policy. The first policy is the permissions\n"
      "# boundary; the others hold only Deny statements: attach them to the role as managed\n"
      "# policies (an explicit Deny applies wherever it is attached), and keep the vendor from\n"
      "# detaching them (the boundary denies IAM writes when its findings call for it).\n";

std::string cloudFormation(
    const std::vector<CompactedBoundary>& parts, const std::string& name, const std::vector<BoundaryTarget>& targets)
{
    const std::string id = logicalIdFor(name);
    std::vector<std::string> ids { id };
    for (size_t i = 1; i < parts.size(); ++i)
        ids.push_back(logicalIdFor(name + "Part" + std::to_string(i + 1)));
    std::ostringstream text;
    text << "# " << sizeLine(parts) << "\n"
         << "# Deploy this template, or copy the " << id << " resource into the vendor's template, then attach\n"
         << "# the policy to the vendor's role.\n";
    if (parts.size() > 1)
        text << "# " << kPartsNote;
    bool outside = targets.empty();
    for (const BoundaryTarget& t : targets) {
        if (t.kind == BoundaryTarget::Kind::CloudFormation) {
            text << "#\n# Role " << commentSafe(t.logicalId) << where(t) << ": under Properties, add\n"
                 << "#     PermissionsBoundary: !Ref " << id << "            (in the same template)\n"
                 << "#     PermissionsBoundary: !ImportValue " << id << "Arn   (this template as its own stack)\n";
            if (parts.size() > 1) {
                text << "#   and under ManagedPolicyArns\n";
                for (size_t i = 1; i < ids.size(); ++i)
                    text << "#     - !Ref " << ids[i] << "\n";
            }
        } else {
            outside = true;
        }
    }
    if (outside) {
        text << "#\n# A role made outside this template (name it for ROLE):\n"
             << "#     aws iam put-role-permissions-boundary --role-name ROLE --permissions-boundary ARN\n"
             << "# where ARN is the " << id << "Arn output of this stack.\n";
        for (size_t i = 1; i < ids.size(); ++i)
            text << "#     aws iam attach-role-policy --role-name ROLE --policy-arn ARN" << i + 1 << "\n";
        if (ids.size() > 1)
            text << "# where ARN2... are the outputs " << ids[1] << "Arn...\n";
    }
    for (const BoundaryTarget& t : targets)
        if (t.kind != BoundaryTarget::Kind::CloudFormation && !t.name.empty())
            text << "#   for example ROLE = " << commentSafe(t.name) << where(t) << "\n";

    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "AWSTemplateFormatVersion" << YAML::Value << YAML::DoubleQuoted << "2010-09-09";
    out << YAML::Key << "Description" << YAML::Value << YAML::DoubleQuoted
        << "Permissions boundary for the vendor's role, made with GrantScope";
    out << YAML::Key << "Resources" << YAML::Value << YAML::BeginMap;
    for (size_t i = 0; i < parts.size(); ++i) {
        out << YAML::Key << ids[i] << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Type" << YAML::Value << "AWS::IAM::ManagedPolicy";
        out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "ManagedPolicyName" << YAML::Value << YAML::DoubleQuoted
            << (i == 0 ? name : iamPolicyName(parts[i].policy.name));
        out << YAML::Key << "Description" << YAML::Value << YAML::DoubleQuoted
            << (i == 0 ? std::string("Permissions boundary for the vendor's role")
                       : "Deny statements of the permissions boundary " + name + ", attached to the vendor's role");
        out << YAML::Key << "PolicyDocument" << YAML::Value;
        emitJson(out, ordered_json::parse(parts[i].json));
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndMap;
    out << YAML::Key << "Outputs" << YAML::Value << YAML::BeginMap;
    for (size_t i = 0; i < parts.size(); ++i) {
        out << YAML::Key << ids[i] + "Arn" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Description" << YAML::Value << YAML::DoubleQuoted
            << (i == 0 ? std::string("ARN of the permissions boundary")
                       : "ARN of part " + std::to_string(i + 1) + " of the permissions boundary");
        out << YAML::Key << "Value" << YAML::Value << YAML::LocalTag("Ref") << ids[i];
        out << YAML::Key << "Export" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "Name" << YAML::Value << YAML::DoubleQuoted << ids[i] + "Arn";
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndMap;
    out << YAML::EndMap;
    text << out.c_str() << "\n";
    return text.str();
}

// The policy text inside a heredoc: "${" and "%{" start template sequences in HCL, "$${" and "%%{"
// stand for them literally.
std::string hclHeredocBody(const std::string& json, const std::string& indent)
{
    std::string out;
    out.reserve(json.size() + json.size() / 8);
    out += indent;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if ((c == '$' || c == '%') && i + 1 < json.size() && json[i + 1] == '{')
            out += c;
        out += c;
        if (c == '\n' && i + 1 < json.size())
            out += indent;
    }
    if (!out.empty() && out.back() != '\n')
        out += '\n';
    return out;
}

std::string terraform(
    const std::vector<CompactedBoundary>& parts, const std::string& name, const std::vector<BoundaryTarget>& targets)
{
    const std::string id = terraformNameFor(name);
    const std::string ref = "aws_iam_policy." + id + ".arn";
    std::vector<std::string> ids { id };
    for (size_t i = 1; i < parts.size(); ++i)
        ids.push_back(id + "_part" + std::to_string(i + 1));
    std::ostringstream text;
    text << "# " << sizeLine(parts) << "\n"
         << "# Add this to the configuration that creates the vendor's role, then attach the policy to the role.\n";
    if (parts.size() > 1)
        text << "# " << kPartsNote;
    bool outside = targets.empty();
    for (const BoundaryTarget& t : targets) {
        if (t.kind == BoundaryTarget::Kind::Terraform) {
            text << "#\n# Resource " << commentSafe(t.logicalId) << where(t) << ": add the argument\n"
                 << "#     permissions_boundary = " << ref << "\n";
            for (size_t i = 1; i < ids.size(); ++i)
                text << "#   and an aws_iam_role_policy_attachment with policy_arn = aws_iam_policy." << ids[i]
                     << ".arn\n";
        } else {
            outside = true;
        }
    }
    if (outside) {
        text << "#\n# A role made outside Terraform (name it for ROLE):\n"
             << "#     aws iam put-role-permissions-boundary --role-name ROLE --permissions-boundary ARN\n"
             << "# where ARN is the " << id << "_arn output.\n";
        for (size_t i = 1; i < ids.size(); ++i)
            text << "#     aws iam attach-role-policy --role-name ROLE --policy-arn ARN" << i + 1 << "   (the "
                 << ids[i] << "_arn output)\n";
        for (const BoundaryTarget& t : targets)
            if (t.kind != BoundaryTarget::Kind::Terraform && !t.name.empty())
                text << "#   for example ROLE = " << commentSafe(t.name) << where(t) << "\n";
    }
    for (size_t i = 0; i < parts.size(); ++i)
        text << "\nresource \"aws_iam_policy\" \"" << ids[i] << "\" {\n"
             << "  name        = \"" << (i == 0 ? name : iamPolicyName(parts[i].policy.name)) << "\"\n"
             << "  description = \""
             << (i == 0 ? std::string("Permissions boundary for the vendor's role, made with GrantScope")
                        : "Deny statements of the permissions boundary " + name + ", attached to the vendor's role")
             << "\"\n"
             << "  policy      = <<-EOT\n"
             << hclHeredocBody(parts[i].json, "    ") << "  EOT\n"
             << "}\n";
    for (size_t i = 0; i < parts.size(); ++i)
        text << "\noutput \"" << ids[i] << "_arn\" {\n"
             << "  description = \""
             << (i == 0 ? std::string("ARN of the permissions boundary")
                        : "ARN of part " + std::to_string(i + 1) + " of the permissions boundary")
             << "\"\n"
             << "  value       = aws_iam_policy." << ids[i] << ".arn\n"
             << "}\n";
    return text.str();
}

} // namespace

const char* boundaryFormatKey(BoundaryFormat format)
{
    switch (format) {
    case BoundaryFormat::Json:
        return "json";
    case BoundaryFormat::CloudFormation:
        return "cloudformation";
    case BoundaryFormat::Terraform:
        return "terraform";
    }
    return "json";
}

std::optional<BoundaryFormat> parseBoundaryFormat(std::string_view key)
{
    for (BoundaryFormat f : { BoundaryFormat::Json, BoundaryFormat::CloudFormation, BoundaryFormat::Terraform })
        if (key == boundaryFormatKey(f))
            return f;
    return std::nullopt;
}

BoundaryFormat boundaryFormatForFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("yaml") || suffix == QStringLiteral("yml") || suffix == QStringLiteral("template"))
        return BoundaryFormat::CloudFormation;
    if (suffix == QStringLiteral("tf"))
        return BoundaryFormat::Terraform;
    return BoundaryFormat::Json;
}

std::vector<BoundaryTarget> boundaryTargets(const ReviewSubject& package)
{
    std::vector<BoundaryTarget> out;
    for (const RoleRecord& role : package.roles) {
        BoundaryTarget t;
        t.name = role.name;
        t.logicalId = role.logicalId;
        t.file = role.file;
        t.line = role.location.line;
        // Terraform keeps resource addresses ("aws_iam_role.vendor", "module.m.aws_iam_role.r[0]");
        // CloudFormation logical ids are alphanumeric.
        if (role.logicalId.find("aws_iam_role.") != std::string::npos)
            t.kind = BoundaryTarget::Kind::Terraform;
        else if (!role.logicalId.empty())
            t.kind = BoundaryTarget::Kind::CloudFormation;
        out.push_back(std::move(t));
    }
    return out;
}

std::string iamPolicyName(std::string_view name)
{
    std::string out;
    for (char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || std::string_view("+=,.@_-").find(c) != std::string_view::npos;
        out += ok ? c : '-';
    }
    if (out.empty())
        out = kDefaultName;
    return out.substr(0, 128);
}

std::string writeBoundary(const CompactedBoundary& boundary, BoundaryFormat format, const std::string& policyName,
    const std::vector<BoundaryTarget>& targets)
{
    BoundaryParts parts;
    parts.parts = { boundary };
    parts.fits = boundary.fits;
    return writeBoundary(parts, format, policyName, targets);
}

std::string writeBoundary(const BoundaryParts& parts, BoundaryFormat format, const std::string& policyName,
    const std::vector<BoundaryTarget>& targets)
{
    const std::string name = iamPolicyName(policyName);
    if (parts.parts.empty())
        return {};
    switch (format) {
    case BoundaryFormat::Json:
        break;
    case BoundaryFormat::CloudFormation:
        return cloudFormation(parts.parts, name, targets);
    case BoundaryFormat::Terraform:
        return terraform(parts.parts, name, targets);
    }
    if (parts.parts.size() == 1)
        return parts.parts.front().json;
    // Several documents: a JSON array of them, in part order (`jq '.[0]'` gives the boundary itself).
    ordered_json documents = ordered_json::array();
    for (const CompactedBoundary& part : parts.parts)
        documents.push_back(ordered_json::parse(part.json));
    return documents.dump(2) + "\n";
}

} // namespace grantscope
