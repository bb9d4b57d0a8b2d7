// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/TerraformDocuments.h"

#include "doc/JsonReader.h"
#include "package/TerraformResolver.h"

#include <QCoreApplication>
#include <algorithm>

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

constexpr size_t kMaxSubjectChars = 120;

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

SourceNode stringNode(std::string text, SourceLocation at)
{
    SourceNode n;
    n.kind = SourceNode::Kind::String;
    n.text = std::move(text);
    n.location = at;
    return n;
}

SourceNode containerNode(SourceNode::Kind kind, SourceLocation at)
{
    SourceNode n;
    n.kind = kind;
    n.location = at;
    return n;
}

SourceNode* addMember(SourceNode& object, std::string key, SourceLocation keyAt, SourceNode value)
{
    object.members.push_back({ std::move(key), keyAt, std::move(value) });
    return &object.members.back().value;
}

SourceNode* memberValue(SourceNode& object, std::string_view key)
{
    for (SourceMember& m : object.members)
        if (m.key == key)
            return &m.value;
    return nullptr;
}

SourceNode convertStatement(const SourceNode& block, TerraformResolver& resolver)
{
    SourceNode st = containerNode(SourceNode::Kind::Object, block.location);
    if (const SourceMember* sid = block.findMember("sid"); sid && !(sid->value.isString() && sid->value.text.empty()))
        addMember(st, "Sid", sid->keyLocation, resolver.expandedString(sid->value, true));
    if (const SourceMember* effect = block.findMember("effect"); effect && !effect->value.text.empty())
        addMember(st, "Effect", effect->keyLocation, resolver.expandedString(effect->value, true));
    else
        addMember(st, "Effect", block.location, stringNode("Allow", block.location)); // the data source's default

    auto list = [&](const char* key, const char* element) {
        const SourceMember* m = block.findMember(key);
        if (!m || m->value.isNull() || (m->value.isArray() && m->value.items.empty()))
            return; // plan output writes absent lists as []
        SourceNode value = m->value;
        if (value.isArray())
            for (SourceNode& item : value.items)
                item = resolver.expandedString(item, true);
        else
            value = resolver.expandedString(value, true);
        addMember(st, element, m->keyLocation, std::move(value));
    };
    list("actions", "Action");
    list("not_actions", "NotAction");
    list("resources", "Resource");
    list("not_resources", "NotResource");

    for (const auto& [key, element] :
        { std::pair { "principals", "Principal" }, std::pair { "not_principals", "NotPrincipal" } }) {
        const SourceMember* m = block.findMember(key);
        const std::vector<const SourceNode*> blocks = terraformBlocks(m ? &m->value : nullptr);
        if (blocks.empty())
            continue;
        SourceNode principal = containerNode(SourceNode::Kind::Object, m->value.location);
        bool wildcard = false;
        for (const SourceNode* pb : blocks) {
            const SourceNode* type = pb->find("type");
            const SourceNode* ids = pb->find("identifiers");
            if (!type || !type->isString() || !ids) {
                resolver.diagnose(DiagnosticSeverity::Error, "terraform-structure", pb->location,
                    Tr::tr("a \"%1\" block needs \"type\" and \"identifiers\"").arg(QLatin1String(key)));
                continue;
            }
            if (type->text == "*") {
                wildcard = true; // type "*" with identifiers ["*"] is written "Principal": "*"
                continue;
            }
            SourceNode* values = memberValue(principal, type->text);
            if (!values)
                values = addMember(
                    principal, type->text, type->location, containerNode(SourceNode::Kind::Array, ids->location));
            if (ids->isArray())
                for (const SourceNode& id : ids->items)
                    values->items.push_back(resolver.expandedString(id, true));
            else
                values->items.push_back(resolver.expandedString(*ids, true));
        }
        if (wildcard && principal.members.empty())
            addMember(st, element, m->keyLocation, stringNode("*", m->value.location));
        else if (!principal.members.empty())
            addMember(st, element, m->keyLocation, std::move(principal));
    }

    const SourceMember* conditions = block.findMember("condition");
    const std::vector<const SourceNode*> conditionBlocks = terraformBlocks(conditions ? &conditions->value : nullptr);
    if (!conditionBlocks.empty()) {
        SourceNode condition = containerNode(SourceNode::Kind::Object, conditions->value.location);
        for (const SourceNode* cb : conditionBlocks) {
            const SourceNode* test = cb->find("test");
            const SourceNode* variable = cb->find("variable");
            const SourceNode* values = cb->find("values");
            if (!test || !test->isString() || !variable || !variable->isString() || !values) {
                resolver.diagnose(DiagnosticSeverity::Error, "terraform-structure", cb->location,
                    Tr::tr("a \"condition\" block needs \"test\", \"variable\" and \"values\""));
                continue;
            }
            SourceNode* op = memberValue(condition, test->text);
            if (!op)
                op = addMember(
                    condition, test->text, test->location, containerNode(SourceNode::Kind::Object, test->location));
            const SourceNode key = resolver.expandedString(*variable, true);
            SourceNode* entries = memberValue(*op, key.text);
            if (!entries)
                entries = addMember(
                    *op, key.text, variable->location, containerNode(SourceNode::Kind::Array, values->location));
            if (values->isArray())
                for (const SourceNode& v : values->items)
                    entries->items.push_back(resolver.expandedString(v, true));
            else
                entries->items.push_back(resolver.expandedString(*values, true));
        }
        if (!condition.members.empty())
            addMember(st, "Condition", conditions->keyLocation, std::move(condition));
    }
    return st;
}

} // namespace

std::optional<SourceNode> terraformExpressionDocument(
    const std::string& expr, SourceLocation at, TerraformResolver& resolver, int depth)
{
    if (expr.starts_with("jsonencode(") && expr.ends_with(')')) {
        const std::string_view inner = trim(std::string_view(expr).substr(11, expr.size() - 12));
        Diagnostics scratch;
        if (std::optional<SourceNode> tree = readJson(inner, resolver.file(), scratch)) {
            relocateTree(*tree, at);
            return resolver.expandTree(*tree, false);
        }
        resolver.note("unresolved-document", at, shortened(expr),
            Tr::tr("the policy is built by jsonencode() from an HCL expression that is not plain JSON; it is not "
                   "evaluated here, so its permissions cannot be reviewed (review the `terraform show -json` plan "
                   "instead)"));
        return std::nullopt;
    }
    const auto parts = terraformTraversal(expr);
    const std::vector<std::string> p = parts.value_or(std::vector<std::string>());
    if (p.size() > 3 && p[0] == "data" && p[1] == "aws_iam_policy_document"
        && (p[3] == "json" || p[3] == "minified_json")) {
        if (const TerraformResource* r = resolver.resource("data.aws_iam_policy_document." + p[2]))
            return resolver.dataSourceDocument(*r, depth + 1);
        resolver.note("unresolved-document", at, expr,
            Tr::tr("the policy document \"%1\" is not defined in this file; its permissions cannot be reviewed")
                .arg(q("data.aws_iam_policy_document." + p[2])));
        return std::nullopt;
    }
    if (p.size() > 2 && !isTerraformSpecialRoot(p[0]) && p[0] != "data" && p[2] == "policy") {
        const TerraformResource* r = resolver.resource(p[0] + "." + p[1]);
        if (const SourceNode* policy = r ? r->body->find("policy") : nullptr)
            return resolver.policyDocument(*policy, depth + 1);
    }
    if (const size_t http = expr.find("data.http."); http != std::string::npos) {
        size_t end = http + 10;
        while (end < expr.size() && isIdentifierChar(expr[end]))
            ++end;
        const TerraformResource* r = resolver.resource(expr.substr(http, end - http));
        const SourceNode* url = r ? r->body->find("url") : nullptr;
        const std::string shown
            = url && url->isString() ? resolver.expand(url->text, url->location) : expr.substr(http, end - http);
        resolver.note("remote-document", at, shown,
            Tr::tr("the policy is downloaded from %1 when Terraform runs; its content is not part of the package and "
                   "cannot be reviewed")
                .arg(q(shown)));
        return std::nullopt;
    }
    if (!p.empty() && (p[0] == "var" || p[0] == "local")) {
        resolver.noteUnresolved(expr, at);
        return std::nullopt;
    }
    if (expr.starts_with("file(") || expr.starts_with("templatefile(")) {
        resolver.note("unresolved-document", at, shortened(expr),
            Tr::tr(
                "the policy is read from a file of the module by %1 when Terraform runs; a JSON file of that name in "
                "the package is reviewed on its own, without this link")
                .arg(q(shortened(expr))));
        return std::nullopt;
    }
    resolver.note("unresolved-document", at, shortened(expr),
        Tr::tr(
            "the policy is the result of the expression \"%1\", which is not evaluated here; its permissions cannot be "
            "reviewed")
            .arg(q(shortened(expr))));
    return std::nullopt;
}

std::optional<SourceNode> terraformDataSourceDocument(
    const TerraformResource& r, TerraformResolver& resolver, int depth)
{
    const SourceNode& body = *r.body;
    SourceNode doc = containerNode(SourceNode::Kind::Object, r.location);
    if (const SourceMember* v = body.findMember("version"))
        addMember(doc, "Version", v->keyLocation, resolver.expandedString(v->value, true));
    else
        addMember(doc, "Version", r.location, stringNode("2012-10-17", r.location)); // the data source's default
    if (const SourceMember* id = body.findMember("policy_id"))
        addMember(doc, "Id", id->keyLocation, resolver.expandedString(id->value, true));

    std::vector<SourceNode> statements;
    auto merge = [&statements](SourceNode st) {
        // A later statement with the Sid of an earlier one replaces it (source < own < override).
        const SourceNode* sid = st.find("Sid");
        if (sid && sid->isString() && !sid->text.empty())
            for (SourceNode& existing : statements)
                if (const SourceNode* other = existing.find("Sid"); other && other->text == sid->text) {
                    existing = std::move(st);
                    return;
                }
        statements.push_back(std::move(st));
    };
    auto include = [&](const char* key) {
        const SourceNode* list = body.find(key);
        if (!list)
            return;
        std::vector<const SourceNode*> values;
        if (list->isArray())
            for (const SourceNode& item : list->items)
                values.push_back(&item);
        else
            values.push_back(list);
        for (const SourceNode* value : values) {
            if (value->isNull())
                continue;
            const std::optional<SourceNode> other = resolver.policyDocument(*value, depth + 1);
            const SourceNode* st = other ? other->find("Statement") : nullptr;
            if (st && st->isArray())
                for (const SourceNode& s : st->items)
                    merge(s);
            else if (st)
                merge(*st);
        }
    };
    include("source_policy_documents");
    include("source_json");
    const SourceMember* statementMember = body.findMember("statement");
    if (statementMember) {
        const SourceNode& value = statementMember->value;
        const bool arrayOfObjects = value.isArray()
            && std::all_of(value.items.begin(), value.items.end(), [](const SourceNode& s) { return s.isObject(); });
        if (!value.isObject() && !arrayOfObjects)
            resolver.diagnose(DiagnosticSeverity::Error, "terraform-structure", value.location,
                Tr::tr("\"statement\" must be a block (an object) or a list of blocks"));
        for (const SourceNode* block : terraformBlocks(&value))
            merge(convertStatement(*block, resolver));
    }
    include("override_policy_documents");
    include("override_json");

    SourceNode list
        = containerNode(SourceNode::Kind::Array, statementMember ? statementMember->value.location : r.location);
    list.items = std::move(statements);
    addMember(doc, "Statement", statementMember ? statementMember->keyLocation : r.location, std::move(list));
    return doc;
}

} // namespace grantscope
