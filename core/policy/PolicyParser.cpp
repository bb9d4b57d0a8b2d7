// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyParser.h"

#include "common/Text.h"
#include "doc/JsonReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <set>

namespace grantscope {

namespace {

// Translated under the context "PolicyParser" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PolicyParser)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

struct OperatorName {
    std::string_view name;
    ConditionOperator op;
};

constexpr std::array<OperatorName, 27> kOperators = { {
    { "StringEquals", ConditionOperator::StringEquals },
    { "StringNotEquals", ConditionOperator::StringNotEquals },
    { "StringEqualsIgnoreCase", ConditionOperator::StringEqualsIgnoreCase },
    { "StringNotEqualsIgnoreCase", ConditionOperator::StringNotEqualsIgnoreCase },
    { "StringLike", ConditionOperator::StringLike },
    { "StringNotLike", ConditionOperator::StringNotLike },
    { "NumericEquals", ConditionOperator::NumericEquals },
    { "NumericNotEquals", ConditionOperator::NumericNotEquals },
    { "NumericLessThan", ConditionOperator::NumericLessThan },
    { "NumericLessThanEquals", ConditionOperator::NumericLessThanEquals },
    { "NumericGreaterThan", ConditionOperator::NumericGreaterThan },
    { "NumericGreaterThanEquals", ConditionOperator::NumericGreaterThanEquals },
    { "DateEquals", ConditionOperator::DateEquals },
    { "DateNotEquals", ConditionOperator::DateNotEquals },
    { "DateLessThan", ConditionOperator::DateLessThan },
    { "DateLessThanEquals", ConditionOperator::DateLessThanEquals },
    { "DateGreaterThan", ConditionOperator::DateGreaterThan },
    { "DateGreaterThanEquals", ConditionOperator::DateGreaterThanEquals },
    { "Bool", ConditionOperator::Bool },
    { "BinaryEquals", ConditionOperator::BinaryEquals },
    { "IpAddress", ConditionOperator::IpAddress },
    { "NotIpAddress", ConditionOperator::NotIpAddress },
    { "ArnEquals", ConditionOperator::ArnEquals },
    { "ArnLike", ConditionOperator::ArnLike },
    { "ArnNotEquals", ConditionOperator::ArnNotEquals },
    { "ArnNotLike", ConditionOperator::ArnNotLike },
    { "Null", ConditionOperator::Null },
} };

class Parser {
public:
    Parser(PolicyKind kind, const QString& file, Diagnostics& diagnostics)
        : m_kind(kind)
        , m_file(file)
        , m_diagnostics(diagnostics)
    { }

    bool ok() const { return m_ok; }

    void error(SourceLocation at, const char* code, const QString& message)
    {
        m_ok = false;
        m_diagnostics.push_back({ DiagnosticSeverity::Error, code, m_file, at, message });
    }
    void warning(SourceLocation at, const char* code, const QString& message)
    {
        m_diagnostics.push_back({ DiagnosticSeverity::Warning, code, m_file, at, message });
    }

    void parsePolicy(const SourceNode& root, Policy& policy)
    {
        policy.location = root.location;
        if (!root.isObject()) {
            error(root.location, "policy-type",
                Tr::tr("a policy document must be a JSON object, found %1")
                    .arg(QLatin1String(SourceNode::kindName(root.kind))));
            return;
        }
        const SourceNode* statements = nullptr;
        for (const SourceMember& m : root.members) {
            if (m.key == "Version") {
                if (!m.value.isString()) {
                    error(m.value.location, "policy-version", Tr::tr("\"Version\" must be a string"));
                } else if (m.value.text != "2012-10-17" && m.value.text != "2008-10-17") {
                    error(m.value.location, "policy-version",
                        Tr::tr("unknown policy language version \"%1\" (IAM accepts 2012-10-17 and 2008-10-17)")
                            .arg(q(m.value.text)));
                } else {
                    policy.version = m.value.text;
                }
            } else if (m.key == "Id") {
                if (m.value.isString())
                    policy.id = m.value.text;
                else
                    error(m.value.location, "policy-type", Tr::tr("\"Id\" must be a string"));
            } else if (m.key == "Statement") {
                statements = &m.value;
            } else {
                unknownElement(m, { "Version", "Id", "Statement" });
            }
        }
        if (policy.version.empty() && !root.find("Version"))
            warning(root.location, "policy-no-version",
                Tr::tr("no \"Version\": IAM assumes 2008-10-17, in which policy variables such as ${aws:username} "
                       "are not substituted; add \"Version\": \"2012-10-17\""));
        if (!statements) {
            error(root.location, "policy-no-statement", Tr::tr("the policy has no \"Statement\""));
            return;
        }
        if (statements->isObject()) {
            parseStatement(*statements, 0, policy);
        } else if (statements->isArray()) {
            if (statements->items.empty())
                warning(
                    statements->location, "policy-empty", Tr::tr("\"Statement\" is empty: the policy grants nothing"));
            // Sized once: a package of thousands of policies keeps every statement, without spare capacity.
            policy.statements.reserve(statements->items.size());
            for (size_t i = 0; i < statements->items.size(); ++i)
                parseStatement(statements->items[i], static_cast<int>(i), policy);
        } else {
            error(
                statements->location, "policy-type", Tr::tr("\"Statement\" must be an object or an array of objects"));
        }
    }

private:
    void unknownElement(const SourceMember& m, std::initializer_list<std::string_view> known)
    {
        for (std::string_view k : known)
            if (equalsIgnoreCaseAscii(k, m.key)) {
                error(m.keyLocation, "policy-element-case",
                    Tr::tr("\"%1\" must be written \"%2\": IAM element names are case-sensitive").arg(q(m.key), q(k)));
                return;
            }
        error(m.keyLocation, "policy-unknown-element", Tr::tr("unknown policy element \"%1\"").arg(q(m.key)));
    }

    // A string or a list of strings; each element keeps its own location.
    bool readStringList(const SourceNode& node, const char* element, std::vector<LocatedString>& out)
    {
        if (node.isString()) {
            out.push_back({ node.text, node.location });
            return true;
        }
        if (node.isArray()) {
            bool good = true;
            out.reserve(out.size() + node.items.size());
            for (const SourceNode& item : node.items) {
                if (item.isString()) {
                    out.push_back({ item.text, item.location });
                } else {
                    error(item.location, "policy-type",
                        Tr::tr("each \"%1\" value must be a string, found %2")
                            .arg(QLatin1String(element), QLatin1String(SourceNode::kindName(item.kind))));
                    good = false;
                }
            }
            return good;
        }
        error(node.location, "policy-type",
            Tr::tr("\"%1\" must be a string or an array of strings, found %2")
                .arg(QLatin1String(element), QLatin1String(SourceNode::kindName(node.kind))));
        return false;
    }

    void checkActionSyntax(const std::vector<LocatedString>& actions, const char* element)
    {
        for (const LocatedString& a : actions) {
            if (a.value == "*")
                continue;
            const size_t colon = a.value.find(':');
            const bool good = colon != std::string::npos && colon > 0 && colon + 1 < a.value.size()
                && a.value.find(':', colon + 1) == std::string::npos
                && std::none_of(a.value.begin(), a.value.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
            if (!good)
                error(a.location, "policy-action-syntax",
                    Tr::tr("\"%1\" in %2 is not of the form \"service:action\"")
                        .arg(q(a.value), QLatin1String(element)));
        }
    }

    void parsePrincipal(const SourceNode& node, Statement& st)
    {
        if (node.isString()) {
            if (node.text != "*")
                error(node.location, "policy-principal",
                    Tr::tr("a Principal given as a string must be \"*\"; name accounts as {\"AWS\": \"...\"}"));
            st.principals.push_back({ "*", node.text, node.location });
            return;
        }
        if (!node.isObject()) {
            error(node.location, "policy-type", Tr::tr("\"Principal\" must be \"*\" or an object"));
            return;
        }
        for (const SourceMember& m : node.members) {
            if (m.key != "AWS" && m.key != "Service" && m.key != "Federated" && m.key != "CanonicalUser") {
                error(m.keyLocation, "policy-principal",
                    Tr::tr("unknown principal type \"%1\" (expected AWS, Service, Federated or CanonicalUser)")
                        .arg(q(m.key)));
                continue;
            }
            std::vector<LocatedString> values;
            readStringList(m.value, "Principal", values);
            for (LocatedString& v : values)
                st.principals.push_back({ m.key, std::move(v.value), v.location });
        }
    }

    void parseCondition(const SourceNode& node, Statement& st)
    {
        if (!node.isObject()) {
            error(node.location, "policy-type", Tr::tr("\"Condition\" must be an object of operators"));
            return;
        }
        for (const SourceMember& opMember : node.members) {
            std::optional<ConditionClause> proto = PolicyParser::parseOperator(opMember.key);
            if (!proto) {
                error(opMember.keyLocation, "policy-condition-operator",
                    Tr::tr("unknown condition operator \"%1\"").arg(q(opMember.key)));
                continue;
            }
            if (!opMember.value.isObject()) {
                error(opMember.value.location, "policy-type",
                    Tr::tr("the \"%1\" condition must be an object of keys and values").arg(q(opMember.key)));
                continue;
            }
            for (const SourceMember& keyMember : opMember.value.members) {
                ConditionClause clause = *proto;
                clause.key = keyMember.key;
                clause.location = keyMember.keyLocation;
                auto addValue = [&](const SourceNode& v) {
                    if (v.isScalar())
                        clause.values.push_back(v.text);
                    else
                        error(v.location, "policy-type",
                            Tr::tr("condition values must be strings, numbers or booleans, found %1")
                                .arg(QLatin1String(SourceNode::kindName(v.kind))));
                };
                if (keyMember.value.isArray()) {
                    for (const SourceNode& v : keyMember.value.items)
                        addValue(v);
                    if (keyMember.value.items.empty())
                        warning(keyMember.value.location, "policy-condition-empty",
                            Tr::tr("the condition on \"%1\" lists no values").arg(q(keyMember.key)));
                } else {
                    addValue(keyMember.value);
                }
                if (clause.op == ConditionOperator::Null)
                    for (const std::string& v : clause.values)
                        if (!equalsIgnoreCaseAscii(v, "true") && !equalsIgnoreCaseAscii(v, "false"))
                            error(keyMember.value.location, "policy-condition-value",
                                Tr::tr("the Null condition takes true or false, not \"%1\"").arg(q(v)));
                st.conditions.push_back(std::move(clause));
            }
        }
    }

    void parseStatement(const SourceNode& node, int index, Policy& policy)
    {
        if (!node.isObject()) {
            error(node.location, "policy-type",
                Tr::tr("a statement must be an object, found %1").arg(QLatin1String(SourceNode::kindName(node.kind))));
            return;
        }
        Statement st;
        st.index = index;
        st.location = node.location;
        bool haveEffect = false, haveAction = false, haveNotAction = false;
        bool haveResource = false, haveNotResource = false, havePrincipal = false, haveNotPrincipal = false;
        for (const SourceMember& m : node.members) {
            const std::string& k = m.key;
            if (k == "Sid") {
                if (m.value.isString())
                    st.sid = m.value.text;
                else
                    error(m.value.location, "policy-type", Tr::tr("\"Sid\" must be a string"));
            } else if (k == "Effect") {
                haveEffect = true;
                if (m.value.isString() && m.value.text == "Allow")
                    st.effect = Effect::Allow;
                else if (m.value.isString() && m.value.text == "Deny")
                    st.effect = Effect::Deny;
                else {
                    error(m.value.location, "policy-effect",
                        Tr::tr("\"Effect\" must be \"Allow\" or \"Deny\", found %1")
                            .arg(m.value.isString() ? QString(QLatin1Char('"') + q(m.value.text) + QLatin1Char('"'))
                                                    : QString::fromLatin1(SourceNode::kindName(m.value.kind))));
                    // An unreadable effect must not make a grant vanish silently: keep it as Allow for review.
                    st.effect = Effect::Allow;
                }
            } else if (k == "Action" || k == "NotAction") {
                (k == "Action" ? haveAction : haveNotAction) = true;
                st.notAction = k == "NotAction";
                std::vector<LocatedString> added;
                if (readStringList(m.value, k.c_str(), added))
                    checkActionSyntax(added, k.c_str());
                st.actions.insert(
                    st.actions.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
                if (m.value.isArray() && m.value.items.empty())
                    warning(m.value.location, "policy-empty", Tr::tr("\"%1\" lists no actions").arg(q(k)));
            } else if (k == "Resource" || k == "NotResource") {
                (k == "Resource" ? haveResource : haveNotResource) = true;
                st.hasResource = true;
                st.notResource = k == "NotResource";
                readStringList(m.value, k.c_str(), st.resources);
            } else if (k == "Principal" || k == "NotPrincipal") {
                (k == "Principal" ? havePrincipal : haveNotPrincipal) = true;
                st.hasPrincipal = true;
                st.notPrincipal = k == "NotPrincipal";
                parsePrincipal(m.value, st);
            } else if (k == "Condition") {
                parseCondition(m.value, st);
            } else {
                unknownElement(m,
                    { "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal",
                        "Condition" });
            }
        }
        const SourceLocation at = node.location;
        if (!haveEffect)
            error(at, "policy-effect", Tr::tr("the statement has no \"Effect\""));
        if (haveAction && haveNotAction)
            error(
                at, "policy-action-and-notaction", Tr::tr("a statement cannot have both \"Action\" and \"NotAction\""));
        if (!haveAction && !haveNotAction)
            error(at, "policy-no-action", Tr::tr("the statement has no \"Action\" or \"NotAction\""));
        if (haveResource && haveNotResource)
            error(at, "policy-resource-and-notresource",
                Tr::tr("a statement cannot have both \"Resource\" and \"NotResource\""));
        if (havePrincipal && haveNotPrincipal)
            error(at, "policy-principal-and-notprincipal",
                Tr::tr("a statement cannot have both \"Principal\" and \"NotPrincipal\""));
        if (m_kind == PolicyKind::Trust || m_kind == PolicyKind::Resource) {
            if (!havePrincipal && !haveNotPrincipal)
                error(at, "policy-no-principal",
                    Tr::tr("a statement of a trust or resource policy needs a \"Principal\""));
        } else {
            if (havePrincipal || haveNotPrincipal)
                error(at, "policy-principal-in-identity",
                    Tr::tr("an identity policy or permissions boundary cannot name a \"Principal\""));
            if (!haveResource && !haveNotResource)
                error(at, "policy-no-resource", Tr::tr("the statement has no \"Resource\" or \"NotResource\""));
        }
        if (!st.sid.empty()) {
            if (!m_sids.insert(st.sid).second)
                warning(at, "policy-duplicate-sid",
                    Tr::tr("the Sid \"%1\" is used by more than one statement; IAM requires unique Sids")
                        .arg(q(st.sid)));
        }
        policy.statements.push_back(std::move(st));
    }

    PolicyKind m_kind;
    const QString& m_file;
    Diagnostics& m_diagnostics;
    std::set<std::string> m_sids;
    bool m_ok = true;
};

} // namespace

std::optional<ConditionClause> PolicyParser::parseOperator(std::string_view text)
{
    ConditionClause c;
    c.operatorText = std::string(text);
    std::string_view rest = text;
    if (startsWithIgnoreCaseAscii(rest, "ForAllValues:")) {
        c.qualifier = SetQualifier::ForAllValues;
        rest.remove_prefix(13);
    } else if (startsWithIgnoreCaseAscii(rest, "ForAnyValue:")) {
        c.qualifier = SetQualifier::ForAnyValue;
        rest.remove_prefix(12);
    }
    constexpr std::string_view kIfExists = "IfExists";
    if (rest.size() > kIfExists.size()
        && equalsIgnoreCaseAscii(rest.substr(rest.size() - kIfExists.size()), kIfExists)) {
        c.ifExists = true;
        rest.remove_suffix(kIfExists.size());
    }
    for (const OperatorName& o : kOperators) {
        if (equalsIgnoreCaseAscii(o.name, rest)) {
            if (o.op == ConditionOperator::Null && (c.ifExists || c.qualifier != SetQualifier::None))
                return std::nullopt;
            c.op = o.op;
            return c;
        }
    }
    return std::nullopt;
}

PolicyKind PolicyParser::guessKind(const SourceNode& root)
{
    const SourceNode* statements = root.isObject() ? root.find("Statement") : nullptr;
    if (!statements)
        return PolicyKind::Identity;
    auto names
        = [](const SourceNode& st) { return st.isObject() && (st.find("Principal") || st.find("NotPrincipal")); };
    if (names(*statements))
        return PolicyKind::Resource;
    for (const SourceNode& st : statements->items)
        if (names(st))
            return PolicyKind::Resource;
    return PolicyKind::Identity;
}

PolicyParser::Result PolicyParser::parse(
    const SourceNode& root, PolicyKind kind, const QString& file, std::string name, Diagnostics& diagnostics)
{
    Result result;
    result.policy.file = file;
    result.policy.name = std::move(name);
    result.policy.kind = kind;
    Parser parser(kind, file, diagnostics);
    parser.parsePolicy(root, result.policy);
    result.ok = parser.ok();
    return result;
}

PolicyParser::Result PolicyParser::parseJson(
    std::string_view text, PolicyKind kind, const QString& file, std::string name, Diagnostics& diagnostics)
{
    std::optional<SourceNode> root = readJson(text, file, diagnostics);
    if (!root) {
        Result failed;
        failed.policy.file = file;
        failed.policy.name = std::move(name);
        failed.policy.kind = kind;
        failed.ok = false;
        return failed;
    }
    return parse(*root, kind, file, std::move(name), diagnostics);
}

} // namespace grantscope
