// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformResolver.h"

#include "catalog/ManagedPolicyStore.h"
#include "doc/JsonReader.h"
#include "package/TerraformDocuments.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

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

constexpr int kMaxDepth = 16; // nested references (a name built from another resource's name, ...)
constexpr size_t kMaxSubjectChars = 120; // a note's subject is shown in a table cell

std::string_view trim(std::string_view s)
{
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::string shortened(std::string_view s)
{
    return s.size() <= kMaxSubjectChars ? std::string(s) : std::string(s.substr(0, kMaxSubjectChars)) + "...";
}

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// `${aws:username}` and friends are IAM policy variables, not Terraform interpolations (Terraform itself wants
// them escaped as `$${...}`, but a package that forgets means the IAM variable, never an HCL expression).
bool isPolicyVariable(std::string_view expr)
{
    if (expr == "*" || expr == "?" || expr == "$")
        return true;
    const size_t colon = expr.find(':');
    if (colon == std::string_view::npos || colon == 0)
        return false;
    return std::all_of(expr.begin(), expr.begin() + static_cast<std::ptrdiff_t>(colon), isIdentifierChar)
        && expr.find_first_of("(\"") == std::string_view::npos;
}

std::string replaceAll(std::string text, std::string_view from, std::string_view to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

} // namespace

std::optional<std::vector<std::string>> terraformTraversal(std::string_view expr)
{
    std::vector<std::string> parts;
    size_t i = 0;
    while (true) {
        const size_t start = i;
        while (i < expr.size() && isIdentifierChar(expr[i]))
            ++i;
        if (i == start)
            return std::nullopt;
        parts.emplace_back(expr.substr(start, i - start));
        while (i < expr.size() && expr[i] == '[') {
            const size_t close = expr.find(']', i);
            if (close == std::string_view::npos)
                return std::nullopt;
            i = close + 1;
        }
        if (i == expr.size())
            break;
        if (expr[i] != '.')
            return std::nullopt;
        ++i;
    }
    if (parts.front().front() >= '0' && parts.front().front() <= '9')
        return std::nullopt; // a number such as 1.5
    return parts;
}

bool isTerraformSpecialRoot(const std::string& root)
{
    static constexpr std::array<std::string_view, 8> kRoots
        = { "var", "local", "module", "each", "count", "path", "terraform", "self" };
    return std::find(kRoots.begin(), kRoots.end(), root) != kRoots.end();
}

void relocateTree(SourceNode& node, SourceLocation at)
{
    node.location = at;
    for (SourceNode& item : node.items)
        relocateTree(item, at);
    for (SourceMember& m : node.members) {
        m.keyLocation = at;
        relocateTree(m.value, at);
    }
}

std::vector<const SourceNode*> terraformBlocks(const SourceNode* value)
{
    std::vector<const SourceNode*> out;
    if (!value)
        return out;
    if (value->isObject())
        out.push_back(value);
    else if (value->isArray())
        for (const SourceNode& item : value->items)
            if (item.isObject())
                out.push_back(&item);
    return out;
}

size_t terraformClosingBrace(std::string_view text, size_t open)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = open; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth == 0) {
            return i;
        }
    }
    return std::string_view::npos;
}

TerraformResolver::TerraformResolver(const std::vector<TerraformResource>& resources, bool plan, const QString& file,
    const LoadOptions& options, ReviewSubject& subject)
    : m_plan(plan)
    , m_file(file)
    , m_options(options)
    , m_subject(subject)
{
    for (const TerraformResource& r : resources)
        m_byAddress.emplace(r.address, &r); // the first definition wins, as Terraform reports a duplicate
}

const TerraformResource* TerraformResolver::resource(const std::string& address) const
{
    const auto it = m_byAddress.find(address);
    return it == m_byAddress.end() ? nullptr : it->second;
}

const TerraformResource* TerraformResolver::instance(std::string_view expression, const std::string& address) const
{
    // `aws_iam_role.reader["audit"].arn` names one instance of a resource expanded by count or for_each.
    if (expression.starts_with(address) && expression.substr(address.size()).starts_with('[')) {
        const size_t close = expression.find(']', address.size());
        if (close != std::string_view::npos) {
            const std::string_view key = trim(expression.substr(address.size() + 1, close - address.size() - 1));
            if (const TerraformResource* r = resource(address + "[" + std::string(key) + "]"))
                return r;
        }
    }
    return resource(address);
}

void TerraformResolver::note(const char* kind, SourceLocation at, const std::string& subject, const QString& message)
{
    if (!m_noted.insert(std::string(kind) + '\x1f' + subject).second)
        return;
    m_subject.notes.push_back({ kind, m_file, at, subject, message });
}

void TerraformResolver::diagnose(
    DiagnosticSeverity severity, const char* code, SourceLocation at, const QString& message)
{
    m_subject.diagnostics.push_back({ severity, code, m_file, at, message });
}

void TerraformResolver::noteUnresolved(const std::string& expression, SourceLocation at)
{
    const auto parts = terraformTraversal(expression);
    const std::string root = parts ? parts->front() : std::string();
    QString message;
    if (root == "var" && parts->size() > 1)
        message = Tr::tr("the variable \"%1\" is set by whoever applies the configuration; its value is not in the "
                         "package and stays a placeholder (give it with --param %1=VALUE)")
                      .arg(q((*parts)[1]));
    else if (root == "local" && parts->size() > 1)
        message = Tr::tr("the local value \"%1\" is computed by Terraform; it stays a placeholder").arg(q((*parts)[1]));
    else
        message = Tr::tr("\"%1\" is computed by Terraform when the configuration is applied; it stays a placeholder")
                      .arg(q(shortened(expression)));
    note("unresolved-parameter", at, shortened(expression), message);
}

std::string TerraformResolver::expand(std::string_view text, SourceLocation at, int depth)
{
    if (m_plan)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const char c = text[i];
        if ((c == '$' || c == '%') && i + 2 < text.size() && text[i + 1] == c && text[i + 2] == '{') {
            out += c; // "$${" and "%%{" are escapes for a literal "${" / "%{"
            out += '{';
            i += 3;
            continue;
        }
        if ((c == '$' || c == '%') && i + 1 < text.size() && text[i + 1] == '{') {
            const size_t close = terraformClosingBrace(text, i + 1);
            if (close == std::string_view::npos) {
                out.append(text.substr(i));
                break;
            }
            std::string_view inner = trim(text.substr(i + 2, close - i - 2));
            if (inner.starts_with('~'))
                inner = trim(inner.substr(1));
            if (inner.ends_with('~'))
                inner = trim(inner.substr(0, inner.size() - 1));
            if (c == '%') {
                // A template directive (%{ if ... }) chooses text when Terraform runs.
                out.append(text.substr(i, close + 1 - i));
                note("unresolved-parameter", at, shortened("%{" + std::string(inner) + "}"),
                    Tr::tr("the template directive \"%1\" is evaluated by Terraform; the text around it is shown as "
                           "written")
                        .arg(q(shortened(inner))));
            } else {
                out += interpolate(std::string(inner), at, depth);
                if (out.size() > kMaxStringBytes) {
                    if (!m_limitReported)
                        diagnose(DiagnosticSeverity::Error, "terraform-limit", at,
                            Tr::tr("an interpolation builds a string longer than %1 bytes; it is not reviewed")
                                .arg(kMaxStringBytes));
                    m_limitReported = true;
                    return "${limit}";
                }
            }
            i = close + 1;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

std::string TerraformResolver::interpolate(const std::string& expr, SourceLocation at, int depth)
{
    const std::string placeholder = "${" + expr + "}";
    if (isPolicyVariable(expr) || depth > kMaxDepth)
        return placeholder;
    const auto parts = terraformTraversal(expr);
    if (!parts) {
        noteUnresolved(expr, at);
        return placeholder;
    }
    const std::vector<std::string>& p = *parts;
    if (p.size() == 1 && (p[0] == "true" || p[0] == "false"))
        return p[0];
    if (p[0] == "var" && p.size() > 1) {
        for (const std::string& key : { p[1], "var." + p[1] })
            if (const auto it = m_options.parameters.find(key); it != m_options.parameters.end())
                return it->second;
    } else if (p[0] == "data" && p.size() > 3) {
        // The customer's own account, partition and region, as CloudFormation's pseudo parameters.
        if (p[1] == "aws_caller_identity" && p[3] == "account_id")
            return m_options.accountId;
        if (p[1] == "aws_partition" && p[3] == "partition")
            return m_options.partition;
        if (p[1] == "aws_partition" && p[3] == "dns_suffix")
            return m_options.partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
        if (p[1] == "aws_region" && (p[3] == "name" || p[3] == "region" || p[3] == "id"))
            return m_options.region;
        if (const TerraformResource* r = instance(expr, "data." + p[1] + "." + p[2]))
            return attribute(*r, p[3], depth + 1).value_or(placeholder);
    } else if (!isTerraformSpecialRoot(p[0]) && p.size() > 2) {
        if (const TerraformResource* r = instance(expr, p[0] + "." + p[1]))
            return attribute(*r, p[2], depth + 1).value_or(placeholder); // computed from this file's resource
    }
    noteUnresolved(expr, at);
    return placeholder;
}

std::optional<TerraformReference> TerraformResolver::reference(const SourceNode& value) const
{
    if (m_plan || !value.isString())
        return std::nullopt;
    const std::string_view text = value.text;
    if (!text.starts_with("${") || terraformClosingBrace(text, 1) != text.size() - 1)
        return std::nullopt;
    TerraformReference ref;
    ref.expression = std::string(trim(text.substr(2, text.size() - 3)));
    const auto parts = terraformTraversal(ref.expression);
    if (!parts)
        return std::nullopt;
    const std::vector<std::string>& p = *parts;
    if (p[0] == "data") {
        if (p.size() < 3)
            return std::nullopt;
        ref.address = "data." + p[1] + "." + p[2];
        ref.attribute = p.size() > 3 ? p[3] : std::string();
    } else if (isTerraformSpecialRoot(p[0])) {
        ref.attribute = p.size() > 1 ? p[1] : std::string();
    } else {
        if (p.size() < 2)
            return std::nullopt;
        ref.address = p[0] + "." + p[1];
        ref.attribute = p.size() > 2 ? p[2] : std::string();
    }
    ref.resource = ref.address.empty() ? nullptr : instance(ref.expression, ref.address);
    if (ref.resource)
        ref.address = ref.resource->address;
    return ref;
}

std::optional<std::string> TerraformResolver::attribute(const TerraformResource& r, const std::string& attr, int depth)
{
    if (depth > kMaxDepth)
        return std::nullopt;
    const std::string key = r.address + '\x1f' + attr;
    if (const auto cached = m_attributes.find(key); cached != m_attributes.end())
        return cached->second;
    if (!m_attributesInProgress.insert(key).second) {
        diagnose(DiagnosticSeverity::Error, "terraform-reference-cycle", r.location,
            Tr::tr("\"%1.%2\" is built from itself; Terraform rejects such a cycle").arg(q(r.address), q(attr)));
        m_attributes[key] = std::nullopt;
        return std::nullopt;
    }
    std::optional<std::string> value = computeAttribute(r, attr, depth);
    m_attributesInProgress.erase(key);
    if (!m_attributes.count(key)) // a cycle through this attribute has already recorded it as unknown
        m_attributes[key] = value;
    return m_attributes[key];
}

std::optional<std::string> TerraformResolver::computeAttribute(
    const TerraformResource& r, const std::string& attr, int depth)
{
    auto text = [&](const char* key) -> std::optional<std::string> {
        const SourceNode* v = r.body->find(key);
        if (!v || !v->isScalar() || v->text.empty())
            return std::nullopt;
        return expand(v->text, v->location, depth + 1);
    };
    if (!r.data && (r.type == "aws_iam_role" || r.type == "aws_iam_policy")) {
        const bool role = r.type == "aws_iam_role";
        if (attr == "arn" || (!role && attr == "id")) {
            if (std::optional<std::string> known = text("arn"))
                return known;
            const std::optional<std::string> name = text("name");
            if (!name)
                return std::nullopt;
            return "arn:" + m_options.partition + ":iam::" + m_options.accountId + (role ? ":role" : ":policy")
                + text("path").value_or("/") + *name;
        }
        if (attr == "name" || attr == "id")
            return text("name");
        return std::nullopt;
    }
    if (r.data && r.type == "aws_iam_policy") {
        const std::optional<std::string> arn = text("arn");
        const std::optional<std::string> name = text("name");
        if (attr == "arn" || attr == "id") {
            if (arn)
                return arn;
            if (const ManagedPolicyEntry* entry = name ? ManagedPolicyStore::bundled().find(*name) : nullptr)
                return std::string(entry->arn);
            return std::nullopt;
        }
        if (attr == "name") {
            if (name)
                return name;
            if (arn)
                return arn->substr(arn->rfind('/') + 1);
        }
    }
    return std::nullopt;
}

SourceNode TerraformResolver::expandedString(const SourceNode& node, bool documentSyntax)
{
    if (!node.isString() || m_plan)
        return node;
    SourceNode out = node;
    out.text = expand(node.text, node.location);
    if (documentSyntax) // aws_iam_policy_document writes IAM policy variables as &{aws:username}
        out.text = replaceAll(std::move(out.text), "&{", "${");
    return out;
}

SourceNode TerraformResolver::expandTree(const SourceNode& node, bool documentSyntax)
{
    if (m_plan)
        return node;
    if (node.isString())
        return expandedString(node, documentSyntax);
    SourceNode out;
    out.kind = node.kind;
    out.location = node.location;
    out.text = node.text;
    out.tag = node.tag;
    out.items.reserve(node.items.size());
    for (const SourceNode& item : node.items)
        out.items.push_back(expandTree(item, documentSyntax));
    out.members.reserve(node.members.size());
    for (const SourceMember& m : node.members)
        out.members.push_back({ expand(m.key, m.keyLocation), m.keyLocation, expandTree(m.value, documentSyntax) });
    return out;
}

std::optional<SourceNode> TerraformResolver::policyDocument(const SourceNode& value, int depth)
{
    if (depth > kMaxDepth) {
        diagnose(DiagnosticSeverity::Error, "terraform-reference-cycle", value.location,
            Tr::tr("the policy document refers back to itself (or through more than %1 references)").arg(kMaxDepth));
        return std::nullopt;
    }
    if (value.isObject())
        return expandTree(value, false);
    if (!value.isString()) {
        diagnose(DiagnosticSeverity::Error, "terraform-structure", value.location,
            Tr::tr("a policy document must be a JSON string or an object, found %1")
                .arg(QLatin1String(SourceNode::kindName(value.kind))));
        return std::nullopt;
    }
    const std::string_view text = value.text;
    if (!m_plan) {
        const std::string_view t = trim(text);
        if (t.starts_with("${") && terraformClosingBrace(t, 1) == t.size() - 1)
            return terraformExpressionDocument(
                std::string(trim(t.substr(2, t.size() - 3))), value.location, *this, depth);
    }
    Diagnostics scratch;
    std::optional<SourceNode> tree = readJson(text, m_file, scratch);
    bool expanded = false;
    if (!tree && !m_plan && text.find("${") != std::string_view::npos) {
        // An interpolation outside the JSON strings ("Resource": ${jsonencode(...)}) parses only once substituted.
        Diagnostics again;
        tree = readJson(expand(text, value.location), m_file, again);
        expanded = tree.has_value();
    }
    if (!tree) {
        const Diagnostic* first = scratch.empty() ? nullptr : &scratch.front();
        diagnose(DiagnosticSeverity::Error, "terraform-policy-json", value.location,
            Tr::tr("the policy document is not valid JSON: %1 (line %2, column %3 of the document)")
                .arg(first ? first->message : QString(), QString::number(first ? first->location.line : 0),
                    QString::number(first ? first->location.column : 0)));
        return std::nullopt;
    }
    for (const Diagnostic& d : scratch)
        if (d.severity != DiagnosticSeverity::Error)
            diagnose(d.severity, d.code.c_str(), value.location, d.message);
    relocateTree(*tree, value.location);
    return expanded ? std::move(*tree) : expandTree(*tree, false);
}

std::optional<SourceNode> TerraformResolver::dataSourceDocument(const TerraformResource& r, int depth)
{
    if (const auto cached = m_documents.find(r.address); cached != m_documents.end())
        return cached->second;
    if (!m_inProgress.insert(r.address).second) {
        diagnose(DiagnosticSeverity::Error, "terraform-reference-cycle", r.location,
            Tr::tr("the policy document \"%1\" includes itself through its source or override documents")
                .arg(q(r.address)));
        return std::nullopt;
    }
    std::optional<SourceNode> doc;
    if (m_plan) {
        if (const SourceNode* json = r.body->find("json"))
            doc = policyDocument(*json, depth);
    } else {
        doc = terraformDataSourceDocument(r, *this, depth);
    }
    m_inProgress.erase(r.address);
    m_documents[r.address] = doc;
    return doc;
}

} // namespace grantscope
