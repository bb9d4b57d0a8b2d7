// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace grantscope {

/**
 * Writes one JSON document as it goes, to a sink, instead of building it whole in memory first. The bytes
 * are exactly those nlohmann::ordered_json::dump(2, ' ', false, error_handler_t::replace) gives for the same
 * document (two-space indent, "key": value, `{}` and `[]` when empty, control characters as `\u00xx`, invalid
 * UTF-8 as U+FFFD), so a streamed report and a report built as a tree cannot differ.
 *
 * Output is buffered and handed to the sink between tokens, never inside one: a chunk always holds whole
 * UTF-8 sequences, so the sink may filter it (visibleControls()) chunk by chunk. Once the sink fails, the
 * writer drops everything after and ok() is false. Misuse (a value where a key is due, unbalanced ends) is
 * a programming error checked by Q_ASSERT.
 */
class JsonStreamWriter {
public:
    /** Receives the next chunk of output; false stops the writing. */
    using Sink = std::function<bool(std::string_view)>;

    explicit JsonStreamWriter(Sink sink, size_t chunkBytes = 64 * 1024);
    /** Hands what is still buffered to the sink. */
    ~JsonStreamWriter();
    JsonStreamWriter(const JsonStreamWriter&) = delete;
    JsonStreamWriter& operator=(const JsonStreamWriter&) = delete;

    JsonStreamWriter& beginObject();
    JsonStreamWriter& endObject();
    JsonStreamWriter& beginArray();
    JsonStreamWriter& endArray();
    /** The name of the next member of the open object. */
    JsonStreamWriter& key(std::string_view name);

    JsonStreamWriter& string(std::string_view text);
    template <typename Integer>
    requires(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>) JsonStreamWriter& number(Integer n)
    {
        if constexpr (std::is_signed_v<Integer>)
            return signedNumber(n);
        else
            return unsignedNumber(n);
    }
    JsonStreamWriter& boolean(bool b);
    JsonStreamWriter& null();
    /** An array of strings. */
    JsonStreamWriter& strings(const std::vector<std::string>& list);
    /** Any value built as a tree (a small part of a large document). */
    JsonStreamWriter& json(const nlohmann::ordered_json& value);
    /** The members of `object` (a JSON object) as members of the open object. */
    JsonStreamWriter& members(const nlohmann::ordered_json& object);

    /** Ends the document with a newline and hands everything to the sink; false when the sink failed. */
    bool finish();
    bool ok() const { return m_ok; }

    /** `text` as a JSON string literal, quotes included, spelt as nlohmann::json dumps it. */
    static void appendString(std::string& out, std::string_view text);

private:
    struct Level {
        bool object = false;
        bool empty = true;
    };
    JsonStreamWriter& signedNumber(std::int64_t n);
    JsonStreamWriter& unsignedNumber(std::uint64_t n);
    void beginValue();
    void close(bool object, char bracket);
    void flushIfFull();
    void flush();

    Sink m_sink;
    size_t m_chunkBytes;
    std::string m_buffer;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace grantscope
