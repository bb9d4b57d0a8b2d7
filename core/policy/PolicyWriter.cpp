// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyWriter.h"

#include <map>

namespace grantscope {

namespace {

class Writer {
public:
    explicit Writer(int indent)
        : m_indent(indent)
    { }

    std::string take() { return std::move(m_out); }

    void string(std::string_view s)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        m_out += '"';
        for (char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += ch;
            } else if (c < 0x20) {
                m_out += "\\u00";
                m_out += kHex[c >> 4];
                m_out += kHex[c & 15];
            } else {
                m_out += ch;
            }
        }
        m_out += '"';
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(std::string_view k)
    {
        separator();
        string(k);
        m_out += m_indent ? ": " : ":";
        m_afterKey = true;
    }

    void value(std::string_view v)
    {
        separator();
        string(v);
    }

    void list(const std::vector<std::string>& values)
    {
        if (values.size() == 1) {
            value(values.front());
            return;
        }
        beginArray();
        for (const std::string& v : values)
            value(v);
        endArray();
    }

private:
    void newline()
    {
        if (!m_indent)
            return;
        m_out += '\n';
        m_out.append(static_cast<size_t>(m_depth * m_indent), ' ');
    }

    void separator()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first.empty()) {
            if (!m_first.back())
                m_out += ',';
            m_first.back() = false;
            newline();
        }
    }

    void open(char c)
    {
        separator();
        m_out += c;
        m_first.push_back(true);
        ++m_depth;
    }

    void close(char c)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        --m_depth;
        if (!empty)
            newline();
        m_out += c;
    }

    int m_indent;
    int m_depth = 0;
    bool m_afterKey = false;
    std::vector<bool> m_first;
    std::string m_out;
};

std::vector<std::string> valuesOf(const std::vector<LocatedString>& list)
{
    std::vector<std::string> out;
    out.reserve(list.size());
    for (const LocatedString& s : list)
        out.push_back(s.value);
    return out;
}

void writeStatement(Writer& w, const Statement& st)
{
    w.beginObject();
    if (!st.sid.empty()) {
        w.key("Sid");
        w.value(st.sid);
    }
    w.key("Effect");
    w.value(st.effect == Effect::Allow ? "Allow" : "Deny");
    if (st.hasPrincipal) {
        w.key(st.notPrincipal ? "NotPrincipal" : "Principal");
        if (st.principals.size() == 1 && st.principals.front().type == "*") {
            w.value("*");
        } else {
            std::map<std::string, std::vector<std::string>> byType;
            for (const PrincipalEntry& p : st.principals)
                byType[p.type].push_back(p.value);
            w.beginObject();
            for (const auto& [type, values] : byType) {
                w.key(type);
                w.list(values);
            }
            w.endObject();
        }
    }
    w.key(st.notAction ? "NotAction" : "Action");
    w.list(valuesOf(st.actions));
    if (st.hasResource) {
        w.key(st.notResource ? "NotResource" : "Resource");
        w.list(valuesOf(st.resources));
    }
    if (!st.conditions.empty()) {
        // Group clauses by operator, keeping the first-seen order of operators and keys.
        std::vector<std::string> operators;
        for (const ConditionClause& c : st.conditions)
            if (std::find(operators.begin(), operators.end(), c.operatorText) == operators.end())
                operators.push_back(c.operatorText);
        w.key("Condition");
        w.beginObject();
        for (const std::string& op : operators) {
            w.key(op);
            w.beginObject();
            for (const ConditionClause& c : st.conditions)
                if (c.operatorText == op) {
                    w.key(c.key);
                    w.list(c.values);
                }
            w.endObject();
        }
        w.endObject();
    }
    w.endObject();
}

} // namespace

std::string writePolicyJson(const Policy& policy, int indent)
{
    Writer w(indent);
    w.beginObject();
    w.key("Version");
    w.value(policy.version.empty() ? "2012-10-17" : policy.version);
    if (!policy.id.empty()) {
        w.key("Id");
        w.value(policy.id);
    }
    w.key("Statement");
    w.beginArray();
    for (const Statement& st : policy.statements)
        writeStatement(w, st);
    w.endArray();
    w.endObject();
    std::string out = w.take();
    if (indent)
        out += '\n';
    return out;
}

size_t policySizeForLimits(const Policy& policy)
{
    return writePolicyJson(policy, 0).size();
}

} // namespace grantscope
