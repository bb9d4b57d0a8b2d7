// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/YamlReader.h"

#include <QCoreApplication>
#include <QThread>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <istream>
#include <memory>
#include <streambuf>
#include <unordered_map>

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
    return { mark.line + 1, mark.column + 1 };
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

// Thrown by the builder to stop yaml-cpp's parser once the diagnostic is recorded.
struct Stop { };

/**
 * Builds the SourceNode tree straight from yaml-cpp's parse events, so the input never becomes a
 * YAML::Node graph (several hundred bytes per value) and the limits apply while reading, before memory
 * is spent. Anchored values are kept as copies that aliases copy again; every copy counts towards
 * `maxNodes`, so an alias bomb stops early. Keys are checked for duplicates as they arrive, through a
 * hash map once a mapping is large, so a mapping of n keys is read in O(n).
 */
class Builder final : public YAML::EventHandler {
public:
    Builder(const QString& file, Diagnostics& diagnostics, const ReadLimits& limits)
        : m_file(file)
        , m_diagnostics(diagnostics)
        , m_limits(limits)
    { }

    bool finished() const { return m_done; }
    SourceNode take() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark&) override { }
    void OnDocumentEnd() override { m_done = true; }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        SourceNode node;
        node.kind = SourceNode::Kind::Null;
        node.location = locationOf(mark);
        count(mark, 1);
        place(mark, std::move(node), anchor, 1);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            fail(mark, "yaml-syntax", Tr::tr("an alias refers to the value that contains it"));
        count(mark, it->second.nodes);
        place(mark, SourceNode(it->second.node), 0, it->second.nodes);
    }

    void OnScalar(
        const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override
    {
        count(mark, 1);
        SourceNode out;
        out.location = locationOf(mark);
        if (tag.size() > 1 && tag[0] == '!')
            out.tag = tag;
        out.text = value;
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
        place(mark, std::move(out), anchor, 1);
    }

    void OnSequenceStart(
        const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, tag, anchor, SourceNode::Kind::Array);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(
        const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, tag, anchor, SourceNode::Kind::Object);
    }
    void OnMapEnd() override { close(); }

    [[noreturn]] void fail(const YAML::Mark& mark, const char* code, const QString& message)
    {
        m_diagnostics.push_back({ DiagnosticSeverity::Error, code, m_file, locationOf(mark), message });
        throw Stop {};
    }

private:
    // A mapping or sequence being read. A mapping alternates between expecting a key and a value.
    struct Frame {
        SourceNode node;
        YAML::Mark mark;
        YAML::anchor_t anchor = 0;
        size_t firstNode = 0; // m_nodes before this container was counted
        bool awaitingValue = false;
        std::unique_ptr<std::unordered_map<std::string, size_t>> keys; // key → member index, large mappings
    };
    struct Anchored {
        SourceNode node;
        size_t nodes = 0;
    };

    void count(const YAML::Mark& mark, size_t nodes)
    {
        m_nodes += nodes;
        if (m_nodes > m_limits.maxNodes)
            fail(mark, "yaml-size",
                Tr::tr("the document expands to more than %1 values (an alias bomb?)").arg(m_limits.maxNodes));
    }

    void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, SourceNode::Kind kind)
    {
        if (int(m_frames.size()) + 1 > m_limits.maxDepth)
            fail(mark, "yaml-depth", Tr::tr("nesting deeper than %1 levels").arg(m_limits.maxDepth));
        const size_t before = m_nodes;
        count(mark, 1);
        Frame& frame = m_frames.emplace_back();
        frame.node.kind = kind;
        frame.node.location = locationOf(mark);
        if (tag.size() > 1 && tag[0] == '!')
            frame.node.tag = tag;
        frame.mark = mark;
        frame.anchor = anchor;
        frame.firstNode = before;
    }

    void close()
    {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        place(frame.mark, std::move(frame.node), frame.anchor, m_nodes - frame.firstNode);
    }

    // Puts a finished value where the innermost container expects it (or at the root).
    void place(const YAML::Mark& mark, SourceNode node, YAML::anchor_t anchor, size_t nodes)
    {
        if (anchor != 0) {
            // The copy kept for aliases costs as much as the value itself.
            count(mark, nodes);
            m_anchors[anchor] = Anchored { node, nodes };
        }
        if (m_frames.empty()) {
            m_root = std::move(node);
            return;
        }
        Frame& frame = m_frames.back();
        if (frame.node.kind == SourceNode::Kind::Array) {
            frame.node.items.push_back(std::move(node));
            return;
        }
        if (frame.awaitingValue) {
            frame.node.members.back().value = std::move(node);
            frame.awaitingValue = false;
            return;
        }
        if (node.kind == SourceNode::Kind::Object || node.kind == SourceNode::Kind::Array
            || node.kind == SourceNode::Kind::Null)
            fail(mark, "yaml-syntax", Tr::tr("a mapping key must be a plain value"));
        addKey(frame, std::move(node));
    }

    void addKey(Frame& frame, SourceNode key)
    {
        std::vector<SourceMember>& members = frame.node.members;
        const SourceMember* first = nullptr;
        if (members.size() < kLinearKeyScan) {
            for (const SourceMember& existing : members)
                if (existing.key == key.text) {
                    first = &existing;
                    break;
                }
        } else {
            if (!frame.keys) {
                frame.keys = std::make_unique<std::unordered_map<std::string, size_t>>();
                for (size_t i = 0; i < members.size(); ++i)
                    frame.keys->emplace(members[i].key, i);
            }
            const auto [it, inserted] = frame.keys->emplace(key.text, members.size());
            if (!inserted)
                first = &members[it->second];
        }
        if (first) {
            QString name = QString::fromUtf8(key.text.data(), qsizetype(std::min<size_t>(key.text.size(), 200)));
            if (name.size() > 60)
                name = name.left(60) + QStringLiteral("…");
            m_diagnostics.push_back({ DiagnosticSeverity::Error, "yaml-duplicate-key", m_file, key.location,
                Tr::tr("duplicate key \"%1\" (first at line %2, column %3)")
                    .arg(name)
                    .arg(first->keyLocation.line)
                    .arg(first->keyLocation.column) });
            throw Stop {};
        }
        SourceMember& member = members.emplace_back();
        member.key = std::move(key.text);
        member.keyLocation = key.location;
        frame.awaitingValue = true;
    }

    // Mappings with more keys than this look duplicates up in a hash map instead of scanning the keys.
    static constexpr size_t kLinearKeyScan = 16;

    const QString& m_file;
    Diagnostics& m_diagnostics;
    const ReadLimits& m_limits;
    std::vector<Frame> m_frames;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    SourceNode m_root;
    size_t m_nodes = 0;
    bool m_done = false;
};

// Reads the caller's text in place: yaml-cpp's parser wants a std::istream.
class ViewBuffer final : public std::streambuf {
public:
    explicit ViewBuffer(std::string_view text)
    {
        char* begin = const_cast<char*>(text.data()); // NOLINT: read only, std::streambuf has no const get area
        setg(begin, begin, begin + text.size());
    }
};

} // namespace

std::optional<SourceNode> readYaml(
    std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits)
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
            ViewBuffer buffer(text);
            std::istream stream(&buffer);
            YAML::Parser parser(stream);
            Builder builder(file, local, limits);
            parser.HandleNextDocument(builder);
            // An empty stream has no document: like yaml-cpp's Load, that is a null value.
            result = builder.finished() ? builder.take() : SourceNode {};
        } catch (const Stop&) {
            result.reset();
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
