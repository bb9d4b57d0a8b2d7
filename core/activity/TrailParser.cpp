// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/TrailParser.h"

#include "activity/EventMapping.h"
#include "activity/TrailCsv.h"
#include "activity/TrailTime.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <string_view>
#include <unordered_map>

namespace grantscope {

namespace {

using simdjson::dom::element;

std::string_view stringAt(element e, const char* key)
{
    std::string_view out;
    if (e[key].get(out) != simdjson::SUCCESS)
        return {};
    return out;
}

// Two independent 64-bit hashes of an eventID: a collision of both is out of reach for any real trail.
std::pair<std::uint64_t, std::uint64_t> hashId(std::string_view id)
{
    std::uint64_t a = 0xcbf29ce484222325ull;
    std::uint64_t b = 0x9e3779b97f4a7c15ull ^ id.size();
    for (const char c : id) {
        a = (a ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
        b = (b + static_cast<unsigned char>(c)) * 0xff51afd7ed558ccdull;
        b ^= b >> 29;
    }
    if (a == 0 && b == 0)
        b = 1;
    return { a, b };
}

/** Accepts every SAX event and keeps the byte offset of the first syntax error: no document is built. */
struct ErrorOffset : nlohmann::json_sax<nlohmann::json> {
    size_t byte = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override
    {
        byte = position;
        return false;
    }
};

SourceLocation locate(const char* data, size_t size)
{
    // simdjson gives no position; the error path asks nlohmann's SAX parser for it, without building a
    // document (so a hostile nesting depth costs nothing).
    ErrorOffset sax;
    if (nlohmann::json::sax_parse(data, data + size, &sax) || sax.byte == 0)
        return {};
    SourceLocation where { 1, 1 };
    const size_t end = std::min(sax.byte - 1, size);
    for (size_t i = 0; i < end; ++i) {
        if (data[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

} // namespace

void TrailBatch::clear()
{
    kind = TrailFileKind::Deliveries;
    events.clear();
    ids.clear();
    calls.clear();
    principals.clear();
    accounts.clear();
    dataEventSources.clear();
    resources.clear();
    eventResources.clear();
    malformed = 0;
}

struct TrailParser::Impl {
    explicit Impl(const EventMapping& m)
        : mapping(m)
    { }

    const EventMapping& mapping;
    simdjson::dom::parser outer;
    simdjson::dom::parser inner;
    std::string key;
    std::unordered_map<std::string, int> calls;
    std::unordered_map<std::string, int> principals;
    std::unordered_map<std::string, int> accounts;
    std::unordered_map<std::string, int> resources;

    void record(element rec, TrailBatch& batch)
    {
        TrailRecordFields f;
        f.source = stringAt(rec, "eventSource");
        f.name = stringAt(rec, "eventName");
        f.time = stringAt(rec, "eventTime");
        element identity;
        if (rec["userIdentity"].get(identity) == simdjson::SUCCESS && identity.is_object()) {
            element issuer;
            if (identity.at_pointer("/sessionContext/sessionIssuer").get(issuer) == simdjson::SUCCESS) {
                f.issuerType = stringAt(issuer, "type");
                f.issuerArn = stringAt(issuer, "arn");
                f.issuerAccount = stringAt(issuer, "accountId");
            }
            f.arn = stringAt(identity, "arn");
            f.account = stringAt(identity, "accountId");
        }
        f.recipient = stringAt(rec, "recipientAccountId");
        f.errorCode = stringAt(rec, "errorCode");
        bool management = true;
        f.dataEvent = stringAt(rec, "eventCategory") == "Data"
            || (rec["managementEvent"].get(management) == simdjson::SUCCESS && !management);
        f.eventId = stringAt(rec, "eventID");
        simdjson::dom::array named;
        if (rec["resources"].get(named) == simdjson::SUCCESS)
            for (element r : named) {
                const std::string_view arn = stringAt(r, "ARN");
                if (!arn.empty() && f.resourceCount < 4)
                    f.resources[f.resourceCount++] = arn;
            }
        add(f, batch);
    }

    void add(const TrailRecordFields& f, TrailBatch& batch)
    {
        const std::optional<std::int64_t> time = parseTrailTime(f.time);
        if (f.source.empty() || f.name.empty() || !time) {
            ++batch.malformed;
            return;
        }
        ActivityEvent ev;
        ev.time = *time;

        key.assign(f.source);
        key += '\n';
        key += f.name;
        auto [call, newCall] = calls.try_emplace(key, static_cast<int>(batch.calls.size()));
        if (newCall)
            batch.calls.push_back({ std::string(f.source), std::string(f.name) });
        ev.call = call->second;

        EventPrincipal who;
        if (f.issuerType == "Role" && !f.issuerArn.empty()) {
            who.arn = f.issuerArn;
            who.account = f.issuerAccount;
            who.role = true;
        } else {
            who.arn = f.arn;
            who.account = f.account;
        }
        if (!who.arn.empty()) {
            key = who.arn;
            key += '\n';
            key += who.account;
            auto [p, newPrincipal] = principals.try_emplace(key, static_cast<int>(batch.principals.size()));
            if (newPrincipal)
                batch.principals.push_back(std::move(who));
            ev.principal = p->second;
        }

        if (!f.recipient.empty()) {
            auto [a, newAccount]
                = accounts.try_emplace(std::string(f.recipient), static_cast<int>(batch.accounts.size()));
            if (newAccount)
                batch.accounts.emplace_back(f.recipient);
            ev.account = a->second;
        }
        if (!f.errorCode.empty())
            ev.outcome = mapping.isAuthorizationError(f.errorCode) ? EventOutcome::Denied : EventOutcome::Failed;
        if (f.dataEvent)
            batch.dataEventSources.emplace(f.source);
        for (int r = 0; r < f.resourceCount; ++r) {
            auto [it, inserted]
                = resources.try_emplace(std::string(f.resources[r]), static_cast<int>(batch.resources.size()));
            if (inserted)
                batch.resources.emplace_back(f.resources[r]);
            batch.eventResources.emplace_back(static_cast<std::uint32_t>(batch.events.size()), it->second);
        }
        batch.ids.push_back(f.eventId.empty() ? std::pair<std::uint64_t, std::uint64_t> {} : hashId(f.eventId));
        batch.events.push_back(ev);
    }
};

TrailParser::TrailParser(const EventMapping& mapping)
    : d(new Impl(mapping))
{ }

TrailParser::~TrailParser() = default;

bool TrailParser::parse(const char* data, size_t size, TrailBatch& batch, QString* error, SourceLocation* where)
{
    batch.clear();
    d->calls.clear();
    d->principals.clear();
    d->accounts.clear();
    d->resources.clear();
    size_t first = 0;
    while (first < size && (data[first] == ' ' || data[first] == '\n' || data[first] == '\r' || data[first] == '\t'))
        ++first;
    if (first < size && data[first] != '{' && data[first] != '[') {
        // Not JSON: a CloudTrail Lake or Athena CSV export, recognised by its header.
        batch.kind = TrailFileKind::Csv;
        return parseTrailCsv(
            std::string_view(data, size), [&](const TrailRecordFields& f) { d->add(f, batch); }, error, where);
    }
    element doc;
    if (const auto code = d->outer.parse(data, size, false).get(doc); code != simdjson::SUCCESS) {
        *error = QStringLiteral("not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code)));
        *where = locate(data, size);
        return false;
    }
    simdjson::dom::array records;
    if (doc["Records"].get(records) == simdjson::SUCCESS) {
        batch.kind = TrailFileKind::Deliveries;
        for (element rec : records) {
            if (rec.is_object())
                d->record(rec, batch);
            else
                ++batch.malformed;
        }
        return true;
    }
    if (doc["Events"].get(records) == simdjson::SUCCESS) {
        batch.kind = TrailFileKind::LookupEvents;
        std::string text;
        for (element ev : records) {
            std::string_view inner;
            if (ev["CloudTrailEvent"].get(inner) != simdjson::SUCCESS) {
                ++batch.malformed;
                continue;
            }
            // The record is a JSON string of its own; parse it with the second parser so the strings of
            // the outer document stay valid.
            text.assign(inner);
            element rec;
            if (d->inner.parse(text).get(rec) != simdjson::SUCCESS || !rec.is_object()) {
                ++batch.malformed;
                continue;
            }
            d->record(rec, batch);
        }
        return true;
    }
    if (doc["digestStartTime"].error() == simdjson::SUCCESS) {
        batch.kind = TrailFileKind::Digest;
        return true;
    }
    *error = QStringLiteral("not a CloudTrail file: no \"Records\" or \"Events\" array");
    *where = {};
    return false;
}

} // namespace grantscope
