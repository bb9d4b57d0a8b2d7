// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/HclReader.h"

#include "common/Utf8.h"
#include "doc/HclParser.h"

#include <QCoreApplication>

#include <exception>
#include <memory>
#include <unordered_map>

namespace grantscope {

namespace hcl {

void Parser::parse(SourceNode& root)
{
    if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
        m_pos = 3;
    m_lineStarts.push_back(m_pos);
    if (m_size > m_limits.maxBytes)
        fail(
            "hcl-size", 0, Tr::tr("the input is larger than the limit of %1 bytes").arg(qulonglong(m_limits.maxBytes)));
    m_cachePos = m_pos;
    for (size_t i = m_pos; i < m_size;) {
        const int length = utf8SequenceLength(m_data + i, m_data + m_size);
        if (length == 0)
            fail("hcl-utf8", i,
                Tr::tr("invalid UTF-8 byte sequence (starting with byte 0x%1)")
                    .arg(uint(m_data[i]), 2, 16, QLatin1Char('0')));
        if (m_data[i] == '\n')
            m_lineStarts.push_back(i + 1);
        i += size_t(length);
    }
    root = newNode(SourceNode::Kind::Object, m_pos);
    root.location = SourceLocation { 1, 1 };
    parseBody(root, true);
}

// ---- bodies and blocks ---------------------------------------------------------------------------

void Parser::parseBody(SourceNode& body, bool topLevel)
{
    Newlines lines(*this, false);
    std::unordered_map<std::string, BodyName> names;
    std::unordered_map<std::string, size_t> labelIndex; // "type\x1flabel..." -> index in its parent object
    for (;;) {
        skipAllSpace();
        if (atEnd()) {
            if (topLevel)
                return;
            unexpected(m_pos, Tr::tr("'}' to close the block"));
        }
        if (peek() == '}') {
            if (topLevel)
                fail("hcl-syntax", m_pos, Tr::tr("unexpected '}' outside any block"));
            return;
        }
        if (!isIdentStart(peek()))
            unexpected(m_pos, Tr::tr("an attribute or block name"));
        const size_t nameAt = m_pos;
        const std::string name = word(m_pos);
        skipSpace();
        if (peek() == '=' && peek(1) != '=') {
            ++m_pos;
            skipSpace();
            const Expr value = parseExpression();
            if (const auto it = names.find(name); it != names.end())
                fail("hcl-duplicate", nameAt,
                    Tr::tr("\"%1\" is already set at line %2, column %3")
                        .arg(QString::fromStdString(name))
                        .arg(it->second.location.line)
                        .arg(it->second.location.column));
            names.emplace(name, BodyName { body.members.size(), false, 0, locationAt(nameAt) });
            body.members.push_back(SourceMember { name, locationAt(nameAt), toNode(value) });
            endOfItem("attribute");
            continue;
        }
        std::vector<std::pair<std::string, size_t>> labels;
        std::vector<std::unique_ptr<Nesting>> labelLevels;
        for (;;) {
            const size_t labelAt = m_pos;
            if (peek() == '"') {
                labelLevels.push_back(std::make_unique<Nesting>(*this, labelAt));
                const Expr label = parseQuoted();
                if (!label.literal || label.node.text.find("${") != std::string::npos
                    || label.node.text.find("%{") != std::string::npos)
                    fail("hcl-syntax", labelAt, Tr::tr("a block label must be a plain string, without templates"));
                labels.emplace_back(label.node.text, labelAt);
            } else if (isIdentStart(peek())) {
                labelLevels.push_back(std::make_unique<Nesting>(*this, labelAt));
                labels.emplace_back(word(m_pos), labelAt);
            } else {
                break;
            }
            skipSpace();
        }
        if (peek() != '{')
            unexpected(m_pos,
                labels.empty() ? Tr::tr("'=' or '{' after \"%1\"").arg(QString::fromStdString(name))
                               : Tr::tr("a label or '{'"));
        const size_t open = m_pos++;
        SourceNode blockBody = newNode(SourceNode::Kind::Object, open);
        {
            Nesting level(*this, open);
            parseBody(blockBody, false);
        }
        ++m_pos; // the '}'
        addBlock(body, names, labelIndex, name, nameAt, labels, std::move(blockBody));
        endOfItem("block");
    }
}

void Parser::addBlock(SourceNode& body, std::unordered_map<std::string, BodyName>& names,
    std::unordered_map<std::string, size_t>& labelIndex, const std::string& type, size_t typeAt,
    const std::vector<std::pair<std::string, size_t>>& labels, SourceNode blockBody)
{
    auto it = names.find(type);
    if (it != names.end() && !it->second.block)
        fail("hcl-duplicate", typeAt,
            Tr::tr("\"%1\" is an attribute at line %2, column %3; a block cannot have the same name")
                .arg(QString::fromStdString(type))
                .arg(it->second.location.line)
                .arg(it->second.location.column));
    if (it != names.end() && it->second.labels != labels.size())
        fail("hcl-syntax", typeAt,
            Tr::tr("the block \"%1\" has %2 labels here but %3 at line %4")
                .arg(QString::fromStdString(type))
                .arg(labels.size())
                .arg(it->second.labels)
                .arg(it->second.location.line));
    // A leaf that already holds a body becomes an array of bodies, as Terraform's JSON syntax writes them.
    auto placeLeaf = [this](SourceNode& slot, SourceNode leaf) {
        if (slot.isArray()) {
            slot.items.push_back(std::move(leaf));
            return;
        }
        SourceNode array;
        array.kind = SourceNode::Kind::Array;
        array.location = slot.location;
        if (++m_nodes > m_limits.maxNodes)
            fail("hcl-size", m_pos, Tr::tr("the document has more than %1 values").arg(qulonglong(m_limits.maxNodes)));
        array.items.push_back(std::move(slot));
        array.items.push_back(std::move(leaf));
        slot = std::move(array);
    };
    if (it == names.end()) {
        it = names.emplace(type, BodyName { body.members.size(), true, labels.size(), locationAt(typeAt) }).first;
        body.members.push_back(SourceMember { type, locationAt(typeAt),
            labels.empty() ? std::move(blockBody) : newNode(SourceNode::Kind::Object, typeAt) });
        if (labels.empty())
            return;
    } else if (labels.empty()) {
        placeLeaf(body.members[it->second.index].value, std::move(blockBody));
        return;
    }
    SourceNode* level = &body.members[it->second.index].value;
    std::string path = type;
    for (size_t i = 0; i < labels.size(); ++i) {
        const bool leaf = i + 1 == labels.size();
        path += '\x1f';
        path += labels[i].first;
        const auto found = labelIndex.find(path);
        if (found != labelIndex.end()) {
            SourceNode& next = level->members[found->second].value;
            if (leaf) {
                // NOLINTNEXTLINE(bugprone-use-after-move): the loop returns right after the move
                placeLeaf(next, std::move(blockBody));
                return;
            }
            level = &next;
            continue;
        }
        labelIndex.emplace(path, level->members.size());
        const SourceLocation at = locationAt(labels[i].second);
        level->members.push_back(SourceMember {
            labels[i].first, at, leaf ? std::move(blockBody) : newNode(SourceNode::Kind::Object, labels[i].second) });
        level = &level->members.back().value;
    }
}

void Parser::endOfItem(const char* what)
{
    skipSpace();
    if (atEnd() || peek() == '}')
        return;
    if (peek() == '\n') {
        ++m_pos;
        return;
    }
    if (std::string_view(what) == "attribute")
        unexpected(m_pos, Tr::tr("a line break after the attribute"));
    unexpected(m_pos, Tr::tr("a line break after the block"));
}

} // namespace hcl

std::optional<SourceNode> readHcl(
    std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits)
{
    std::optional<SourceNode> root(std::in_place);
    try {
        hcl::Parser parser(text, file, diagnostics, limits);
        parser.parse(*root);
    } catch (const hcl::ParseFailure&) {
        root.reset();
    } catch (const std::exception&) { // std::bad_alloc or std::length_error on absurd input
        root.reset();
        diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, "hcl-size", file, SourceLocation { 1, 1 },
            QCoreApplication::translate("HclReader", "not enough memory to read the document") });
    }
    return root;
}

} // namespace grantscope
