// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/IntrinsicResolver.h"

#include "package/ParameterValidation.h"

#include <QCoreApplication>

#include <charconv>

namespace grantscope {

namespace {

// Translated under the context "IntrinsicResolver" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IntrinsicResolver)
};
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

SourceNode stringNode(std::string text, SourceLocation at)
{
    SourceNode n;
    n.kind = SourceNode::Kind::String;
    n.text = std::move(text);
    n.location = at;
    return n;
}

bool isListType(const std::string& type)
{
    return type.starts_with("List<") || type == "CommaDelimitedList"
        || type.starts_with("AWS::SSM::Parameter::Value<List");
}

std::vector<std::string> splitString(const std::string& text, const std::string& delimiter)
{
    std::vector<std::string> out;
    if (delimiter.empty()) {
        out.push_back(text);
        return out;
    }
    size_t start = 0;
    while (true) {
        const size_t at = text.find(delimiter, start);
        if (at == std::string::npos) {
            out.push_back(text.substr(start));
            return out;
        }
        out.push_back(text.substr(start, at - start));
        start = at + delimiter.size();
    }
}

constexpr int kMaxDepth = 200;

bool containsIntrinsic(const SourceNode& node, int depth)
{
    if (depth > kMaxDepth)
        return true;
    if (!intrinsicNameForTag(node.tag).empty())
        return true;
    for (const SourceMember& m : node.members)
        if (m.key == "Ref" || m.key == "Condition" || m.key.starts_with("Fn::")
            || containsIntrinsic(m.value, depth + 1))
            return true;
    for (const SourceNode& item : node.items)
        if (containsIntrinsic(item, depth + 1))
            return true;
    return false;
}

} // namespace

std::string intrinsicNameForTag(const std::string& tag)
{
    static const char* const kFunctions[] = { "Sub", "GetAtt", "Join", "If", "Select", "Split", "FindInMap", "Equals",
        "Not", "And", "Or", "Base64", "Cidr", "GetAZs", "ImportValue", "Transform", "ToJsonString", "Length" };
    if (tag == "!Ref")
        return "Ref";
    if (tag == "!Condition")
        return "Condition";
    for (const char* f : kFunctions)
        if (tag.size() > 1 && tag.compare(1, std::string::npos, f) == 0)
            return std::string("Fn::") + f;
    return {};
}

IntrinsicResolver::IntrinsicResolver(
    const SourceNode& templateRoot, const QString& file, const LoadOptions& options, ReviewSubject& subject)
    : m_root(templateRoot)
    , m_file(file)
    , m_options(options)
    , m_subject(subject)
{
    if (!m_root.isObject())
        return;
    m_resources = m_root.find("Resources");
    m_mappings = m_root.find("Mappings");
    m_conditions = m_root.find("Conditions");
    if (m_resources)
        for (const SourceMember& m : m_resources->members)
            m_resourceIndex.emplace(m.key, &m.value);
    const SourceNode* params = m_root.find("Parameters");
    if (!params || !params->isObject())
        return;
    for (const SourceMember& m : params->members) {
        ParameterRecord p;
        p.name = m.key;
        p.file = m_file;
        p.location = m.keyLocation;
        if (const SourceNode* echo = m.value.find("NoEcho"))
            p.noEcho = echo->text == "true";
        if (const SourceNode* description = m.value.find("Description"); description && description->isScalar())
            p.description = description->text;
        if (auto it = m_options.parameters.find(m.key); it != m_options.parameters.end()) {
            p.value = it->second;
            p.resolved = p.fromReviewer = true;
            // The reviewer's value for a top-level template: one CloudFormation would refuse reviews nothing
            // that can be deployed. (A nested stack's values come from its parent and may be placeholders.)
            if (m_options.templateDepth == 0)
                if (const std::optional<QString> problem = parameterValueProblem(m.value, it->second))
                    m_subject.diagnostics.push_back({ DiagnosticSeverity::Error, "param-invalid", m_file, m.keyLocation,
                        Tr::tr("--param %1: %2").arg(QString::fromStdString(m.key), *problem) });
        } else if (const SourceNode* def = m.value.find("Default")) {
            if (def->isScalar()) {
                p.value = def->text;
                p.resolved = p.fromDefault = true;
            } else if (def->isArray()) {
                std::string joined;
                for (const SourceNode& item : def->items)
                    joined += (joined.empty() ? "" : ",") + item.text;
                p.value = joined;
                p.resolved = p.fromDefault = true;
            }
        }
        m_subject.parameters[p.name] = std::move(p);
    }
}

void IntrinsicResolver::note(const char* kind, SourceLocation at, const std::string& subject, const QString& message)
{
    if (!m_noted.insert({ std::string(kind) + '\x1f' + subject, at.line }).second)
        return;
    m_subject.notes.push_back({ kind, m_file, at, subject, message });
}

std::optional<SourceNode> IntrinsicResolver::resolve(const SourceNode& node)
{
    return resolveDepth(node, 0);
}

const SourceNode* IntrinsicResolver::resource(const std::string& logicalId) const
{
    const auto it = m_resourceIndex.find(logicalId);
    return it == m_resourceIndex.end() ? nullptr : it->second;
}

const SourceNode* IntrinsicResolver::member(const SourceNode* object, const std::string& key)
{
    if (!object)
        return nullptr;
    // Small objects are scanned; a large one (a Conditions or Mappings section of thousands of names)
    // is indexed once, so that a reference costs the same however many names there are.
    if (object->members.size() < 32)
        return object->find(key);
    auto [index, fresh] = m_memberIndex.try_emplace(object);
    if (fresh)
        for (const SourceMember& m : object->members)
            index->second.emplace(m.key, &m.value);
    const auto it = index->second.find(key);
    return it == index->second.end() ? nullptr : it->second;
}

bool IntrinsicResolver::overLimit(SourceLocation at, const QString& what)
{
    if (!m_limitReported) {
        m_limitReported = true;
        m_subject.diagnostics.push_back({ DiagnosticSeverity::Error, "template-limit", m_file, at,
            Tr::tr("%1; the rest of the template is not reviewed (a hostile or broken template?)").arg(what) });
    }
    return true;
}

std::optional<SourceNode> IntrinsicResolver::resolveDepth(const SourceNode& node, int depth)
{
    if (depth > kMaxDepth) {
        overLimit(node.location, Tr::tr("functions nest more than %1 levels deep").arg(kMaxDepth));
        return stringNode("${limit}", node.location);
    }
    if (++m_nodes > kMaxNodes || m_limitReported) {
        overLimit(
            node.location, Tr::tr("resolving the template's functions produces more than %1 values").arg(kMaxNodes));
        return stringNode("${limit}", node.location);
    }
    if (!node.tag.empty()) {
        const std::string fn = intrinsicNameForTag(node.tag);
        if (!fn.empty()) {
            SourceNode arg = node;
            arg.tag.clear();
            return resolveFunction(fn, arg, node.location, depth);
        }
    }
    if (node.isObject() && node.members.size() == 1) {
        const std::string& key = node.members.front().key;
        if (key == "Ref" || key.starts_with("Fn::"))
            return resolveFunction(key, node.members.front().value, node.location, depth);
    }
    SourceNode out;
    out.kind = node.kind;
    out.location = node.location;
    out.text = node.text;
    if (node.isObject()) {
        for (const SourceMember& m : node.members) {
            std::optional<SourceNode> v = resolveDepth(m.value, depth + 1);
            if (v)
                out.members.push_back({ m.key, m.keyLocation, std::move(*v) });
        }
    } else if (node.isArray()) {
        for (const SourceNode& item : node.items) {
            std::optional<SourceNode> v = resolveDepth(item, depth + 1);
            if (v)
                out.items.push_back(std::move(*v));
        }
    }
    return out;
}

std::optional<std::string> IntrinsicResolver::scalarOf(const SourceNode& node)
{
    if (node.isScalar())
        return node.text;
    return std::nullopt;
}

std::string IntrinsicResolver::physicalName(const std::string& logicalId) const
{
    const SourceNode* res = resource(logicalId);
    const SourceNode* props = res ? res->find("Properties") : nullptr;
    if (!props)
        return {};
    for (const char* key : { "RoleName", "ManagedPolicyName", "PolicyName", "BucketName", "FunctionName", "TopicName",
             "QueueName", "UserName", "GroupName" })
        if (const SourceNode* n = props->find(key); n && n->isScalar() && n->tag.empty())
            return n->text;
    return {};
}

std::string IntrinsicResolver::refValue(const std::string& name, SourceLocation at, std::string* resourceRef)
{
    if (auto it = m_subject.parameters.find(name); it != m_subject.parameters.end()) {
        if (it->second.resolved)
            return it->second.value;
        note("unresolved-parameter", at, name,
            Tr::tr("the parameter \"%1\" has no default: its value is typed by whoever deploys the template")
                .arg(q(name)));
        return "${" + name + "}";
    }
    if (name == "AWS::AccountId")
        return m_options.accountId;
    if (name == "AWS::Region")
        return m_options.region;
    if (name == "AWS::Partition")
        return m_options.partition;
    if (name == "AWS::URLSuffix")
        return "amazonaws.com";
    if (name.starts_with("AWS::"))
        return "${" + name + "}";
    if (const SourceNode* res = resource(name)) {
        if (resourceRef)
            *resourceRef = name;
        const SourceNode* type = res->find("Type");
        const std::string physical = physicalName(name);
        const std::string shown = physical.empty() ? "${" + name + "}" : physical;
        if (type && type->text == "AWS::IAM::ManagedPolicy")
            return "arn:" + m_options.partition + ":iam::" + m_options.accountId + ":policy/" + shown;
        return shown;
    }
    note("unresolved-reference", at, name,
        Tr::tr("\"%1\" is neither a parameter nor a resource of the template").arg(q(name)));
    return "${" + name + "}";
}

std::string IntrinsicResolver::getAtt(const std::string& logicalId, const std::string& attribute, SourceLocation)
{
    const SourceNode* res = resource(logicalId);
    const SourceNode* type = res ? res->find("Type") : nullptr;
    if (type && type->text == "AWS::IAM::Role" && attribute == "Arn") {
        std::string physical = physicalName(logicalId);
        // A RoleName built by an expression shows as that expression ("vendor-${Suffix}"), not as the
        // logical id; the depth guards against a name that refers to its own role.
        static thread_local int nameDepth = 0;
        const SourceNode* props = res->find("Properties");
        const SourceNode* name = props ? props->find("RoleName") : nullptr;
        if (physical.empty() && name && nameDepth < 4) {
            ++nameDepth;
            const std::optional<SourceNode> resolved = resolve(*name);
            --nameDepth;
            if (resolved && resolved->isScalar())
                physical = resolved->text;
        }
        return "arn:" + m_options.partition + ":iam::" + m_options.accountId + ":role/"
            + (physical.empty() ? "${" + logicalId + "}" : physical);
    }
    return "${" + logicalId + "." + attribute + "}";
}

std::string IntrinsicResolver::substitute(
    const std::string& text, const std::map<std::string, std::string>& vars, SourceLocation at)
{
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t open = text.find("${", i);
        if (open == std::string::npos) {
            out.append(text, i, std::string::npos);
            break;
        }
        if (out.size() > kMaxStringBytes) {
            overLimit(at, Tr::tr("a Fn::Sub builds a string longer than %1 bytes").arg(kMaxStringBytes));
            return "${limit}";
        }
        out.append(text, i, open - i);
        const size_t close = text.find('}', open + 2);
        if (close == std::string::npos) {
            out.append(text, open, std::string::npos);
            break;
        }
        const std::string name = text.substr(open + 2, close - open - 2);
        if (name.starts_with('!')) {
            out += "${" + name.substr(1) + "}"; // ${!Literal} writes "${Literal}"
        } else if (auto it = vars.find(name); it != vars.end()) {
            out += it->second;
        } else if (const size_t dot = name.find('.'); dot != std::string::npos && !name.starts_with("AWS::")) {
            out += getAtt(name.substr(0, dot), name.substr(dot + 1), at);
        } else {
            out += refValue(name, at, nullptr);
        }
        i = close + 1;
    }
    return out;
}

std::optional<SourceNode> IntrinsicResolver::resolveFunction(
    const std::string& name, const SourceNode& rawArg, SourceLocation at, int depth)
{
    if (name == "Ref") {
        const std::string target = rawArg.text;
        if (target == "AWS::NoValue")
            return std::nullopt;
        if (auto it = m_subject.parameters.find(target); it != m_subject.parameters.end() && it->second.resolved) {
            const SourceNode* params = m_root.find("Parameters");
            const SourceNode* decl = params ? params->find(target) : nullptr;
            const SourceNode* type = decl ? decl->find("Type") : nullptr;
            if (type && isListType(type->text)) {
                SourceNode list;
                list.kind = SourceNode::Kind::Array;
                list.location = at;
                for (std::string& part : splitString(it->second.value, ","))
                    list.items.push_back(stringNode(std::move(part), at));
                return list;
            }
        }
        std::string resourceRef;
        SourceNode out = stringNode(refValue(target, at, &resourceRef), at);
        if (!resourceRef.empty())
            out.tag = "!ResourceRef:" + resourceRef;
        return out;
    }
    if (name == "Fn::Transform") {
        const SourceNode* macro = rawArg.find("Name");
        note("macro", at, macro ? macro->text : std::string("Fn::Transform"),
            Tr::tr("a CloudFormation macro (%1) rewrites this part of the template at deploy time; what it produces "
                   "cannot be reviewed here")
                .arg(q(macro ? macro->text : std::string("Fn::Transform"))));
        return std::nullopt;
    }
    if (name == "Condition") {
        const std::optional<bool> c = conditionAt(rawArg.text, depth + 1);
        return stringNode(c ? (*c ? "true" : "false") : "${Condition:" + rawArg.text + "}", at);
    }
    if (name == "Fn::Equals" || name == "Fn::Not" || name == "Fn::And" || name == "Fn::Or") {
        SourceNode wrapped;
        wrapped.kind = SourceNode::Kind::Object;
        wrapped.location = at;
        wrapped.members.push_back({ name, at, rawArg });
        const std::optional<bool> c = evaluateCondition(wrapped, depth);
        return stringNode(c ? (*c ? "true" : "false") : "${" + name + "}", at);
    }
    if (name == "Fn::If") {
        if (!rawArg.isArray() || rawArg.items.size() != 3)
            return stringNode("${Fn::If}", at);
        const std::string& condName = rawArg.items[0].text;
        const std::optional<bool> c = conditionAt(condName, depth + 1);
        if (c)
            return resolveDepth(rawArg.items[*c ? 1 : 2], depth + 1);
        std::optional<SourceNode> yes = resolveDepth(rawArg.items[1], depth + 1);
        std::optional<SourceNode> no = resolveDepth(rawArg.items[2], depth + 1);
        // Unknown condition: review the branch that exists (more access rather than less).
        note("condition-assumed", at, condName,
            Tr::tr("the condition \"%1\" depends on values chosen at deploy time; the review assumes it is true")
                .arg(q(condName)));
        return yes ? yes : no;
    }
    std::optional<SourceNode> argOpt = resolveDepth(rawArg, depth + 1);
    if (!argOpt)
        return std::nullopt;
    const SourceNode& arg = *argOpt;
    if (name == "Fn::Sub") {
        if (arg.isScalar())
            return stringNode(substitute(arg.text, {}, at), at);
        if (arg.isArray() && !arg.items.empty() && arg.items[0].isScalar()) {
            std::map<std::string, std::string> vars;
            if (arg.items.size() > 1 && arg.items[1].isObject())
                for (const SourceMember& m : arg.items[1].members)
                    vars[m.key] = m.value.isScalar() ? m.value.text : "${" + m.key + "}";
            return stringNode(substitute(arg.items[0].text, vars, at), at);
        }
        return stringNode("${Fn::Sub}", at);
    }
    if (name == "Fn::Join") {
        if (!arg.isArray() || arg.items.size() != 2 || !arg.items[0].isScalar())
            return stringNode("${Fn::Join}", at);
        std::string out;
        const SourceNode& list = arg.items[1];
        if (list.isArray()) {
            for (size_t i = 0; i < list.items.size(); ++i) {
                if (i)
                    out += arg.items[0].text;
                out += list.items[i].isScalar() ? list.items[i].text : "${?}";
                if (out.size() > kMaxStringBytes) {
                    overLimit(at, Tr::tr("a Fn::Join builds a string longer than %1 bytes").arg(kMaxStringBytes));
                    return stringNode("${limit}", at);
                }
            }
        } else {
            out = list.isScalar() ? list.text : "${?}";
        }
        return stringNode(out, at);
    }
    if (name == "Fn::Split") {
        if (!arg.isArray() || arg.items.size() != 2 || !arg.items[0].isScalar() || !arg.items[1].isScalar())
            return stringNode("${Fn::Split}", at);
        SourceNode list;
        list.kind = SourceNode::Kind::Array;
        list.location = at;
        for (std::string& part : splitString(arg.items[1].text, arg.items[0].text))
            list.items.push_back(stringNode(std::move(part), at));
        return list;
    }
    if (name == "Fn::Select") {
        if (arg.isArray() && arg.items.size() == 2 && arg.items[0].isScalar() && arg.items[1].isArray()) {
            size_t index = 0;
            const std::string& t = arg.items[0].text;
            auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), index);
            if (ec == std::errc() && p == t.data() + t.size() && index < arg.items[1].items.size())
                return arg.items[1].items[index];
        }
        return stringNode("${Fn::Select}", at);
    }
    if (name == "Fn::FindInMap") {
        if (arg.isArray() && arg.items.size() >= 3 && m_mappings) {
            const SourceNode* map = member(m_mappings, arg.items[0].text);
            const SourceNode* top = member(map, arg.items[1].text);
            const SourceNode* value = member(top, arg.items[2].text);
            if (value && containsIntrinsic(*value, 0)) {
                // CloudFormation takes mapping values literally and rejects functions in them; evaluating
                // them here would let a mapping refer to itself without end.
                m_subject.diagnostics.push_back(
                    { DiagnosticSeverity::Error, "template-mapping-function", m_file, value->location,
                        Tr::tr("the mapping value %1.%2.%3 contains a function; CloudFormation allows only literal "
                               "values in Mappings and rejects this template")
                            .arg(q(arg.items[0].text), q(arg.items[1].text), q(arg.items[2].text)) });
                return stringNode("${Fn::FindInMap}", at);
            }
            if (value)
                return *value;
        }
        return stringNode("${Fn::FindInMap}", at);
    }
    if (name == "Fn::GetAtt") {
        std::string logicalId, attribute;
        if (arg.isScalar()) {
            const size_t dot = arg.text.find('.');
            logicalId = arg.text.substr(0, dot);
            attribute = dot == std::string::npos ? std::string() : arg.text.substr(dot + 1);
        } else if (arg.isArray() && arg.items.size() == 2) {
            logicalId = arg.items[0].text;
            attribute = arg.items[1].text;
        }
        return stringNode(getAtt(logicalId, attribute, at), at);
    }
    if (name == "Fn::ImportValue") {
        const std::string exportName = arg.isScalar() ? arg.text : std::string("?");
        note("unresolved-import", at, exportName,
            Tr::tr("the value is imported from another stack's export \"%1\" and cannot be known here")
                .arg(q(exportName)));
        return stringNode("${ImportValue:" + exportName + "}", at);
    }
    if (name == "Fn::Base64")
        return arg;
    if (name == "Fn::Length" && arg.isArray())
        return stringNode(std::to_string(arg.items.size()), at);
    return stringNode("${" + name + "}", at);
}

std::optional<bool> IntrinsicResolver::condition(const std::string& name)
{
    return conditionAt(name, 0);
}

std::optional<bool> IntrinsicResolver::conditionAt(const std::string& name, int depth)
{
    if (auto it = m_conditionCache.find(name); it != m_conditionCache.end())
        return it->second;
    const SourceNode* def = member(m_conditions, name);
    if (!def || !m_conditionsInProgress.insert(name).second)
        return std::nullopt; // unknown or circular
    if (depth > kMaxDepth) {
        // A chain of conditions each naming the next: one depth for the whole chain, so that it cannot
        // exhaust the stack. Unknown means the resources it guards are reviewed and marked.
        m_conditionsInProgress.erase(name);
        overLimit(def->location, Tr::tr("conditions refer to each other more than %1 levels deep").arg(kMaxDepth));
        return std::nullopt;
    }
    const std::optional<bool> value = evaluateCondition(*def, depth + 1);
    m_conditionsInProgress.erase(name);
    m_conditionCache[name] = value;
    return value;
}

std::optional<bool> IntrinsicResolver::evaluateCondition(const SourceNode& node, int depth)
{
    if (depth > kMaxDepth) {
        overLimit(node.location, Tr::tr("conditions refer to each other more than %1 levels deep").arg(kMaxDepth));
        return std::nullopt;
    }
    std::string fn;
    const SourceNode* arg = nullptr;
    SourceNode untagged;
    if (!node.tag.empty()) {
        fn = intrinsicNameForTag(node.tag);
        untagged = node;
        untagged.tag.clear();
        arg = &untagged;
    } else if (node.isObject() && node.members.size() == 1) {
        fn = node.members.front().key;
        arg = &node.members.front().value;
    }
    if (fn == "Condition")
        return conditionAt(arg->text, depth + 1);
    if (fn == "Fn::Not" && arg->isArray() && arg->items.size() == 1) {
        const std::optional<bool> v = evaluateCondition(arg->items[0], depth + 1);
        return v ? std::optional<bool>(!*v) : std::nullopt;
    }
    if ((fn == "Fn::And" || fn == "Fn::Or") && arg->isArray()) {
        const bool isAnd = fn == "Fn::And";
        bool unknown = false;
        for (const SourceNode& item : arg->items) {
            const std::optional<bool> v = evaluateCondition(item, depth + 1);
            if (!v)
                unknown = true;
            else if (*v != isAnd)
                return !isAnd; // a false in And, a true in Or decides
        }
        return unknown ? std::nullopt : std::optional<bool>(isAnd);
    }
    if (fn == "Fn::Equals" && arg->isArray() && arg->items.size() == 2) {
        std::optional<std::string> values[2];
        for (int i = 0; i < 2; ++i) {
            std::optional<SourceNode> v = resolveDepth(arg->items[static_cast<size_t>(i)], depth + 1);
            if (!v || !v->isScalar() || v->text.find("${") != std::string::npos)
                return std::nullopt;
            values[i] = v->text;
        }
        return values[0] == values[1];
    }
    if (node.isScalar() && node.tag.empty()) {
        if (node.text == "true")
            return true;
        if (node.text == "false")
            return false;
    }
    return std::nullopt;
}

} // namespace grantscope
