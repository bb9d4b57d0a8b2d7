// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/YamlReader.h"

#include <QCoreApplication>
#include <QThread>

#include <yaml-cpp/yaml.h>

#include <memory>

namespace grantscope {

namespace {

// Translated under the context "YamlReader" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
};

SourceLocation locationOf(const YAML::Mark& mark)
{
    if (mark.line < 0)
        return {};
    return {mark.line + 1, mark.column + 1};
}

bool isNumber(const std::string& s)
{
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    bool digits = false, dot = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9')
            digits = true;
        else if (s[i] == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits;
}

class Converter {
public:
    Converter(const QString& file, Diagnostics& diagnostics, const ReadLimits& limits)
        : m_file(file)
        , m_diagnostics(diagnostics)
        , m_limits(limits)
    {
    }

    bool convert(const YAML::Node& node, SourceNode& out, int depth)
    {
        if (++m_nodes > m_limits.maxNodes)
            return fail(node.Mark(), "yaml-size",
                Tr::tr("the document expands to more than %1 values (an alias bomb?)").arg(m_limits.maxNodes));
        if (depth > m_limits.maxDepth)
            return fail(node.Mark(), "yaml-depth", Tr::tr("nesting deeper than %1 levels").arg(m_limits.maxDepth));
        out.location = locationOf(node.Mark());
        const std::string& tag = node.Tag();
        if (tag.size() > 1 && tag[0] == '!')
            out.tag = tag;
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out.kind = SourceNode::Kind::Null;
            return true;
        case YAML::NodeType::Scalar: {
            out.text = node.Scalar();
            if (tag == "!") { // quoted
                out.kind = SourceNode::Kind::String;
            } else if (!out.tag.empty()) {
                out.kind = SourceNode::Kind::String;
            } else if (out.text == "true" || out.text == "false" || out.text == "True" || out.text == "False") {
                out.kind = SourceNode::Kind::Bool;
                out.text = (out.text[0] == 't' || out.text[0] == 'T') ? "true" : "false";
            } else if (out.text == "~" || out.text == "null" || out.text == "Null" || out.text == "NULL") {
                out.kind = SourceNode::Kind::Null;
                out.text.clear();
            } else if (isNumber(out.text)) {
                out.kind = SourceNode::Kind::Number;
            } else {
                out.kind = SourceNode::Kind::String;
            }
            return true;
        }
        case YAML::NodeType::Sequence:
            out.kind = SourceNode::Kind::Array;
            out.items.reserve(node.size());
            for (const YAML::Node& item : node) {
                out.items.emplace_back();
                if (!convert(item, out.items.back(), depth + 1))
                    return false;
            }
            return true;
        case YAML::NodeType::Map:
            out.kind = SourceNode::Kind::Object;
            for (auto it = node.begin(); it != node.end(); ++it) {
                SourceMember member;
                if (!it->first.IsScalar())
                    return fail(it->first.Mark(), "yaml-syntax", Tr::tr("a mapping key must be a plain value"));
                member.key = it->first.Scalar();
                member.keyLocation = locationOf(it->first.Mark());
                for (const SourceMember& existing : out.members)
                    if (existing.key == member.key) {
                        m_diagnostics.push_back(
                            { DiagnosticSeverity::Warning, "yaml-duplicate-key", m_file, member.keyLocation,
                                Tr::tr("duplicate key \"%1\"").arg(QString::fromStdString(member.key)) });
                        break;
                    }
                if (!convert(it->second, member.value, depth + 1))
                    return false;
                out.members.push_back(std::move(member));
            }
            return true;
        }
        return true;
    }

    bool fail(const YAML::Mark& mark, const char* code, const QString& message)
    {
        m_diagnostics.push_back({DiagnosticSeverity::Error, code, m_file, locationOf(mark), message});
        return false;
    }

private:
    const QString& m_file;
    Diagnostics& m_diagnostics;
    const ReadLimits& m_limits;
    size_t m_nodes = 0;
};

} // namespace

std::optional<SourceNode> readYaml(std::string_view text, const QString& file, Diagnostics& diagnostics,
                                   const ReadLimits& limits)
{
    if (text.size() > limits.maxBytes) {
        diagnostics.push_back({ DiagnosticSeverity::Error, "yaml-size", file, { 1, 1 },
            Tr::tr("the file is larger than %1 bytes").arg(limits.maxBytes) });
        return std::nullopt;
    }
    std::optional<SourceNode> result;
    Diagnostics local;
    auto work = [&] {
        try {
            const YAML::Node root = YAML::Load(std::string(text));
            SourceNode out;
            Converter converter(file, local, limits);
            if (converter.convert(root, out, 0))
                result = std::move(out);
        } catch (const YAML::Exception& e) {
            local.push_back({ DiagnosticSeverity::Error, "yaml-syntax", file, locationOf(e.mark),
                Tr::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)) });
        } catch (const std::exception& e) {
            local.push_back({ DiagnosticSeverity::Error, "yaml-syntax", file, { 1, 1 },
                Tr::tr("cannot read YAML: %1").arg(QString::fromLocal8Bit(e.what())) });
        }
    };
    // yaml-cpp recurses per nesting level (up to its own guard of 2000 levels); give it room.
    std::unique_ptr<QThread> thread(QThread::create(work));
    thread->setStackSize(256u * 1024 * 1024);
    thread->start();
    thread->wait();
    diagnostics.insert(diagnostics.end(), local.begin(), local.end());
    if (!result && !hasErrors(local))
        diagnostics.push_back({ DiagnosticSeverity::Error, "yaml-syntax", file, { 1, 1 }, Tr::tr("cannot read YAML") });
    return result;
}

} // namespace grantscope
