// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/ConditionalBranches.h"

#include "package/IntrinsicResolver.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace grantscope {

namespace {

// Translated under the context "CloudFormationLoader", where the condition texts have always been.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CloudFormationLoader)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Conditions opened at once; beyond them the defaults decide and the resolver says so.
constexpr size_t kMaxOpen = 5;
constexpr int kMaxDepth = 64;

const SourceNode* equalsParts(const SourceNode& n)
{
    if (n.tag == "!Equals" && n.isArray())
        return &n;
    if (n.members.size() == 1 && n.members.front().key == "Fn::Equals" && n.members.front().value.isArray())
        return &n.members.front().value;
    return nullptr;
}

std::string refName(const SourceNode& n)
{
    if (n.tag == "!Ref" && n.isScalar())
        return n.text;
    if (const SourceNode* r = n.find("Ref"); r && r->isScalar() && n.members.size() == 1)
        return r->text;
    return {};
}

// The `Fn::Equals [Ref P, "v"]` of a condition: {P, v}; empty when it is written any other way.
std::pair<std::string, std::string> equalsTest(const SourceNode* conditions, const std::string& name)
{
    const SourceNode* definition = conditions ? conditions->find(name) : nullptr;
    if (!definition)
        return {};
    const SourceNode* eq = equalsParts(*definition);
    if (!eq || eq->items.size() != 2)
        return {};
    for (size_t i = 0; i < 2; ++i) {
        const std::string param = refName(eq->items[i]);
        const SourceNode& other = eq->items[1 - i];
        if (!param.empty() && other.isScalar())
            return { param, other.text };
    }
    return {};
}

QString inputsClause(const SourceNode* conditions, const std::string& name, bool holds)
{
    std::set<std::string> inputs;
    conditionInputs(conditions, name, inputs, 0);
    QStringList names;
    for (const std::string& p : inputs)
        names << q(p);
    if (holds)
        return names.isEmpty()
            ? Tr::tr("the condition %1 holds").arg(q(name))
            : Tr::tr("the condition %1 holds (it reads %2)").arg(q(name), names.join(QStringLiteral(", ")));
    return names.isEmpty()
        ? Tr::tr("the condition %1 does not hold").arg(q(name))
        : Tr::tr("the condition %1 does not hold (it reads %2)").arg(q(name), names.join(QStringLiteral(", ")));
}

QString defaultsTail(std::optional<bool> byDefault)
{
    return !byDefault ? QString()
        : *byDefault  ? Tr::tr(" (on with the default values)")
                      : Tr::tr(" (off with the default values)");
}

} // namespace

void conditionInputs(const SourceNode* conditions, const std::string& name, std::set<std::string>& out, int depth)
{
    const SourceNode* definition = conditions ? conditions->find(name) : nullptr;
    if (!definition || depth > 16)
        return;
    auto walk = [&](auto&& self, const SourceNode& node) -> void {
        if (node.tag == "!Ref" && node.isScalar())
            out.insert(node.text);
        if (node.tag == "!Condition" && node.isScalar())
            conditionInputs(conditions, node.text, out, depth + 1);
        for (const SourceMember& m : node.members) {
            if (m.key == "Ref" && m.value.isScalar())
                out.insert(m.value.text);
            else if (m.key == "Condition" && m.value.isScalar())
                conditionInputs(conditions, m.value.text, out, depth + 1);
            else
                self(self, m.value);
        }
        for (const SourceNode& item : node.items)
            self(self, item);
    };
    walk(walk, *definition);
}

std::string describeCondition(const SourceNode* conditions, const std::string& name, std::optional<bool> byDefault)
{
    const auto [param, value] = equalsTest(conditions, name);
    const QString when = param.empty() ? inputsClause(conditions, name, true) : q(param) + QLatin1Char('=') + q(value);
    return Tr::tr("only when %1%2").arg(when, defaultsTail(byDefault)).toStdString();
}

ConditionalBranches::ConditionalBranches(const SourceNode& templateRoot, const QString& file,
    const LoadOptions& options, IntrinsicResolver& resolver, ReviewSubject& subject)
    : m_root(templateRoot)
    , m_conditions(templateRoot.find("Conditions"))
    , m_file(file)
    , m_options(options)
    , m_resolver(resolver)
    , m_subject(subject)
{ }

const std::string* ConditionalBranches::ifCondition(const SourceNode& node, const SourceNode** arg) const
{
    const SourceNode* a = nullptr;
    if (node.tag == "!If" && node.isArray())
        a = &node;
    else if (node.isObject() && node.members.size() == 1 && node.members.front().key == "Fn::If"
        && node.members.front().value.isArray())
        a = &node.members.front().value;
    if (!a || a->items.size() != 3 || !a->items[0].isScalar())
        return nullptr;
    *arg = a;
    return &a->items[0].text;
}

void ConditionalBranches::collect(const SourceNode& node, int depth)
{
    if (depth > kMaxDepth)
        return;
    const SourceNode* arg = nullptr;
    if (const std::string* name = ifCondition(node, &arg)) {
        std::set<std::string> inputs;
        conditionInputs(m_conditions, *name, inputs, 0);
        const bool chosen = std::any_of(
            inputs.begin(), inputs.end(), [&](const std::string& p) { return m_options.parameters.count(p) > 0; });
        if (!chosen && m_open.size() < kMaxOpen && std::find(m_open.begin(), m_open.end(), *name) == m_open.end())
            m_open.push_back(*name);
        if (!chosen && !m_resolver.condition(*name) && m_noted.insert(*name).second)
            m_subject.notes.push_back({ "condition-assumed", m_file, node.location, *name,
                Tr::tr("the condition \"%1\" depends on values not known here; every branch that depends on it "
                       "is reviewed")
                    .arg(q(*name)) });
    }
    for (const SourceMember& m : node.members)
        collect(m.value, depth + 1);
    for (const SourceNode& item : node.items)
        collect(item, depth + 1);
}

SourceNode ConditionalBranches::choose(const SourceNode& node, const std::vector<bool>& values, int depth) const
{
    if (depth > kMaxDepth)
        return node;
    const SourceNode* arg = nullptr;
    if (const std::string* name = ifCondition(node, &arg)) {
        const auto open = std::find(m_open.begin(), m_open.end(), *name);
        if (open != m_open.end())
            return choose(arg->items[values[static_cast<size_t>(open - m_open.begin())] ? 1 : 2], values, depth + 1);
    }
    SourceNode out = node;
    for (SourceMember& m : out.members)
        m.value = choose(m.value, values, depth + 1);
    for (SourceNode& item : out.items)
        item = choose(item, values, depth + 1);
    return out;
}

std::vector<ConditionalBranches::Variant> ConditionalBranches::resolve(const SourceNode& rawProperties)
{
    m_open.clear();
    m_variants.clear();
    m_default = 0;
    collect(rawProperties, 0);
    const size_t count = size_t { 1 } << m_open.size();
    std::vector<bool> byDefault;
    for (const std::string& name : m_open)
        byDefault.push_back(m_resolver.condition(name).value_or(true)); // the resolver assumes an unknown one holds
    for (size_t i = 0; i < count; ++i) {
        Variant v;
        for (size_t c = 0; c < m_open.size(); ++c)
            v.values.push_back(((i >> c) & 1U) == 0); // variant 0: every open condition holds
        if (v.values == byDefault)
            m_default = i;
        v.properties = m_open.empty() ? m_resolver.resolve(rawProperties)
                                      : m_resolver.resolve(choose(rawProperties, v.values, 0));
        m_variants.push_back(std::move(v));
    }
    return m_variants;
}

std::string ConditionalBranches::phrase(size_t condition, bool value) const
{
    const std::string& name = m_open[condition];
    const auto [param, tested] = equalsTest(m_conditions, name);
    if (param.empty())
        return inputsClause(m_conditions, name, value).toStdString();
    if (value)
        return param + "=" + tested;
    // A parameter with two allowed values: the other one; else "is not".
    const SourceNode* parameters = m_root.find("Parameters");
    const SourceNode* declared = parameters ? parameters->find(param) : nullptr;
    const SourceNode* allowed = declared ? declared->find("AllowedValues") : nullptr;
    if (allowed && allowed->isArray() && allowed->items.size() == 2) {
        for (size_t i = 0; i < 2; ++i)
            if (allowed->items[i].text == tested)
                return param + "=" + allowed->items[1 - i].text;
    }
    return Tr::tr("%1 is not %2").arg(q(param), q(tested)).toStdString();
}

std::pair<std::string, std::string> ConditionalBranches::describe(const std::vector<bool>& in) const
{
    const size_t total = m_variants.size();
    const size_t present = static_cast<size_t>(std::count(in.begin(), in.end(), true));
    if (present == 0 || present == total)
        return {};
    // The conditions whose value is the same in every variant of the set; when the set is exactly what
    // they allow, they say it; otherwise each variant is spelled out.
    std::vector<std::pair<size_t, bool>> fixed;
    for (size_t c = 0; c < m_open.size(); ++c) {
        std::optional<bool> value;
        bool same = true;
        for (size_t i = 0; i < total && same; ++i) {
            if (!in[i])
                continue;
            if (value && *value != m_variants[i].values[c])
                same = false;
            value = m_variants[i].values[c];
        }
        if (same && value)
            fixed.emplace_back(c, *value);
    }
    auto conjunction = [&](const std::vector<std::pair<size_t, bool>>& parts) {
        std::string out;
        for (const auto& [c, value] : parts)
            out += (out.empty() ? "" : Tr::tr(" and ").toStdString()) + phrase(c, value);
        return out;
    };
    std::string when;
    if ((present << fixed.size()) == total) {
        when = conjunction(fixed);
    } else {
        for (size_t i = 0; i < total; ++i) {
            if (!in[i])
                continue;
            std::vector<std::pair<size_t, bool>> all;
            for (size_t c = 0; c < m_open.size(); ++c)
                all.emplace_back(c, m_variants[i].values[c]);
            when += (when.empty() ? "" : Tr::tr(", or ").toStdString()) + conjunction(all);
        }
    }
    std::optional<bool> byDefault;
    bool known = true;
    for (const std::string& name : m_open)
        known = known && m_resolver.condition(name).has_value();
    if (known)
        byDefault = in[m_default];
    return { Tr::tr("only when %1%2").arg(q(when), defaultsTail(byDefault)).toStdString(), when };
}

std::vector<ConditionalBranches::Piece> ConditionalBranches::items(std::string_view key) const
{
    std::vector<Piece> out;
    std::vector<std::vector<bool>> masks;
    // Candidates by where a value starts: the same source value in several variants starts at the same place,
    // so a list of 100,000 items is matched in linear time, not compared item by item.
    std::unordered_multimap<uint64_t, size_t> byLocation;
    auto locationKey = [](const SourceNode& n) {
        return (static_cast<uint64_t>(n.location.line) << 32) ^ static_cast<uint64_t>(n.location.column);
    };
    for (size_t i = 0; i < m_variants.size(); ++i) {
        const SourceNode* list = m_variants[i].properties ? m_variants[i].properties->find(key) : nullptr;
        if (!list)
            continue;
        std::vector<const SourceNode*> values;
        if (list->isArray())
            for (const SourceNode& item : list->items)
                values.push_back(&item);
        else
            values.push_back(list);
        for (const SourceNode* v : values) {
            size_t index = out.size();
            const auto [first, last] = byLocation.equal_range(locationKey(*v));
            for (auto c = first; c != last; ++c)
                if (out[c->second].node == *v) {
                    index = c->second;
                    break;
                }
            if (index == out.size()) {
                out.push_back({ *v, {}, {}, {} });
                masks.emplace_back(m_variants.size(), false);
                byLocation.emplace(locationKey(*v), index);
            }
            masks[index][i] = true;
        }
    }
    for (size_t p = 0; p < out.size(); ++p) {
        std::tie(out[p].condition, out[p].when) = describe(masks[p]);
        out[p].variants = masks[p];
    }
    return out;
}

std::vector<ConditionalBranches::Piece> ConditionalBranches::documents(
    const std::vector<const SourceNode*>& perVariant) const
{
    std::vector<bool> presence(perVariant.size(), false);
    const SourceNode* first = nullptr;
    bool split = true;
    for (size_t i = 0; i < perVariant.size(); ++i) {
        const SourceNode* d = perVariant[i];
        if (!d)
            continue;
        presence[i] = true;
        first = first ? first : d;
        const SourceNode* st = d->isObject() ? d->find("Statement") : nullptr;
        split = split && st && (st->isArray() || st->isObject());
    }
    std::vector<Piece> out;
    if (!first)
        return out;
    if (!split) {
        // Whole documents, one per distinct text.
        std::vector<std::vector<bool>> masks;
        for (size_t i = 0; i < perVariant.size(); ++i) {
            if (!perVariant[i])
                continue;
            auto it = std::find_if(out.begin(), out.end(), [&](const Piece& p) { return p.node == *perVariant[i]; });
            if (it == out.end()) {
                out.push_back({ *perVariant[i], {}, {}, {} });
                masks.emplace_back(perVariant.size(), false);
                it = out.end() - 1;
            }
            masks[static_cast<size_t>(it - out.begin())][i] = true;
        }
        for (size_t p = 0; p < out.size(); ++p) {
            std::tie(out[p].condition, out[p].when) = describe(masks[p]);
            out[p].variants = masks[p];
        }
        return out;
    }
    std::vector<SourceNode> statements;
    std::vector<std::vector<bool>> masks;
    for (size_t i = 0; i < perVariant.size(); ++i) {
        if (!perVariant[i])
            continue;
        const SourceNode* st = perVariant[i]->find("Statement");
        std::vector<const SourceNode*> list;
        if (st->isArray())
            for (const SourceNode& s : st->items)
                list.push_back(&s);
        else
            list.push_back(st);
        for (const SourceNode* s : list) {
            auto it = std::find(statements.begin(), statements.end(), *s);
            if (it == statements.end()) {
                statements.push_back(*s);
                masks.emplace_back(perVariant.size(), false);
                it = statements.end() - 1;
            }
            masks[static_cast<size_t>(it - statements.begin())][i] = true;
        }
    }
    // Groups of statements by the variants they are in; the document's own presence first.
    std::vector<std::vector<bool>> groups { presence };
    for (const std::vector<bool>& m : masks)
        if (std::find(groups.begin(), groups.end(), m) == groups.end())
            groups.push_back(m);
    for (const std::vector<bool>& group : groups) {
        SourceNode document = *first;
        for (SourceMember& m : document.members)
            if (m.key == "Statement") {
                m.value.kind = SourceNode::Kind::Array;
                m.value.items.clear();
                m.value.members.clear();
                m.value.text.clear();
                for (size_t s = 0; s < statements.size(); ++s)
                    if (masks[s] == group)
                        m.value.items.push_back(statements[s]);
            }
        if (document.find("Statement")->items.empty() && groups.size() > 1)
            continue; // every statement depends on a condition: the pieces below carry them
        Piece piece { std::move(document), {}, {}, group };
        std::tie(piece.condition, piece.when) = describe(group);
        out.push_back(std::move(piece));
    }
    return out;
}

SourceNode ConditionalBranches::merged() const
{
    auto merge = [](auto&& self, SourceNode& into, const SourceNode& other, int depth) -> void {
        if (depth > kMaxDepth || into.kind != other.kind)
            return;
        if (into.isObject()) {
            for (const SourceMember& m : other.members) {
                auto it = std::find_if(
                    into.members.begin(), into.members.end(), [&](const SourceMember& x) { return x.key == m.key; });
                if (it == into.members.end())
                    into.members.push_back(m);
                else
                    self(self, it->value, m.value, depth + 1);
            }
        } else if (into.isArray()) {
            for (const SourceNode& item : other.items)
                if (std::find(into.items.begin(), into.items.end(), item) == into.items.end())
                    into.items.push_back(item);
        }
    };
    static const SourceNode kEmpty { SourceNode::Kind::Object, {}, {}, {}, {}, {} };
    SourceNode out
        = m_variants.empty() || !m_variants[m_default].properties ? kEmpty : *m_variants[m_default].properties;
    for (const Variant& v : m_variants)
        if (v.properties)
            merge(merge, out, *v.properties, 0);
    return out;
}

} // namespace grantscope
