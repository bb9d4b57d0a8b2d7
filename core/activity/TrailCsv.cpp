// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/TrailCsv.h"

#include "common/Text.h"

#include <string>
#include <vector>

namespace grantscope {

namespace {

/** Splits CSV rows in place; quoted fields are unescaped into `storage`. */
class CsvCursor {
public:
    explicit CsvCursor(std::string_view text)
        : m_text(text)
    { }

    int line() const { return m_line; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    /** Reads one row; false when a quote is never closed. */
    bool row(std::vector<std::string>& fields)
    {
        fields.assign(1, std::string());
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') {
                for (;;) {
                    if (m_pos >= m_text.size())
                        return false;
                    const char q = m_text[m_pos++];
                    if (q == '"') {
                        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                            fields.back() += '"';
                            ++m_pos;
                            continue;
                        }
                        break;
                    }
                    if (q == '\n')
                        ++m_line;
                    fields.back() += q;
                }
            } else if (c == ',') {
                fields.emplace_back();
            } else if (c == '\n') {
                ++m_line;
                return true;
            } else if (c != '\r') {
                fields.back() += c;
            }
        }
        return true;
    }

private:
    std::string_view m_text;
    size_t m_pos = 0;
    int m_line = 1;
};

/** The value of `key=` inside Athena's struct text, from `from`; empty when absent or null. */
std::string_view structValue(std::string_view text, std::string_view key, size_t from = 0)
{
    for (size_t pos = text.find(key, from); pos != std::string_view::npos; pos = text.find(key, pos + 1)) {
        const bool start = pos == 0 || text[pos - 1] == '{' || text[pos - 1] == ' ';
        if (!start || pos + key.size() >= text.size() || text[pos + key.size()] != '=')
            continue;
        const size_t begin = pos + key.size() + 1;
        const size_t end = text.find_first_of(",}", begin);
        const std::string_view value = text.substr(begin, end == std::string_view::npos ? end : end - begin);
        return value == "null" ? std::string_view() : value;
    }
    return {};
}

} // namespace

bool parseTrailCsv(std::string_view text, const std::function<void(const TrailRecordFields&)>& record, QString* error,
    SourceLocation* where)
{
    CsvCursor cursor(text);
    std::vector<std::string> header;
    if (!cursor.row(header)) {
        *error = QStringLiteral("a quoted CSV field is never closed");
        *where = { cursor.line(), 1 };
        return false;
    }
    enum Column {
        Source,
        Name,
        Time,
        Id,
        Error,
        Recipient,
        Category,
        IssuerType,
        IssuerArn,
        IssuerAccount,
        Arn,
        Account,
        Identity,
        Count
    };
    std::vector<int> column(Count, -1);
    for (size_t i = 0; i < header.size(); ++i) {
        std::string n = toLowerAscii(header[i]);
        for (char& c : n)
            if (c == '_')
                c = '.';
        const auto is = [&](std::string_view full, std::string_view last) { return n == full || n == last; };
        int c = -1;
        if (is("eventsource", "eventsource"))
            c = Source;
        else if (is("eventname", "eventname"))
            c = Name;
        else if (is("eventtime", "eventtime"))
            c = Time;
        else if (is("eventid", "eventid"))
            c = Id;
        else if (is("errorcode", "errorcode"))
            c = Error;
        else if (is("recipientaccountid", "recipientaccountid"))
            c = Recipient;
        else if (is("eventcategory", "eventcategory"))
            c = Category;
        else if (is("useridentity.sessioncontext.sessionissuer.type", "sessionissuer.type"))
            c = IssuerType;
        else if (is("useridentity.sessioncontext.sessionissuer.arn", "sessionissuer.arn"))
            c = IssuerArn;
        else if (is("useridentity.sessioncontext.sessionissuer.accountid", "sessionissuer.accountid"))
            c = IssuerAccount;
        else if (is("useridentity.arn", "useridentity.arn"))
            c = Arn;
        else if (is("useridentity.accountid", "useridentity.accountid"))
            c = Account;
        else if (is("useridentity", "useridentity"))
            c = Identity;
        if (c >= 0 && column[static_cast<size_t>(c)] < 0)
            column[static_cast<size_t>(c)] = static_cast<int>(i);
    }
    if (column[Source] < 0 || column[Name] < 0 || column[Time] < 0) {
        *error = QStringLiteral("not a CloudTrail file: neither JSON nor a CSV export with eventSource, eventName "
                                "and eventTime columns");
        *where = { 1, 1 };
        return false;
    }
    std::vector<std::string> fields;
    while (!cursor.atEnd()) {
        const int line = cursor.line();
        if (!cursor.row(fields)) {
            *error = QStringLiteral("a quoted CSV field is never closed");
            *where = { line, 1 };
            return false;
        }
        if (fields.size() == 1 && fields[0].empty())
            continue;
        const auto get = [&](int c) -> std::string_view {
            const int i = column[static_cast<size_t>(c)];
            return i >= 0 && static_cast<size_t>(i) < fields.size() ? std::string_view(fields[static_cast<size_t>(i)])
                                                                    : std::string_view();
        };
        TrailRecordFields f;
        f.source = get(Source);
        f.name = get(Name);
        f.time = get(Time);
        f.eventId = get(Id);
        f.errorCode = get(Error);
        f.recipient = get(Recipient);
        f.dataEvent = equalsIgnoreCaseAscii(get(Category), "Data");
        f.issuerType = get(IssuerType);
        f.issuerArn = get(IssuerArn);
        f.issuerAccount = get(IssuerAccount);
        f.arn = get(Arn);
        f.account = get(Account);
        if (column[IssuerArn] >= 0 && column[IssuerType] < 0 && !f.issuerArn.empty()
            && f.issuerArn.find(":role/") != std::string_view::npos)
            f.issuerType = "Role";
        if (const std::string_view identity = get(Identity); !identity.empty() && f.issuerArn.empty()) {
            // Athena's struct text: the top-level arn comes before sessioncontext.
            const size_t context = identity.find("sessionissuer={");
            if (f.arn.empty())
                f.arn = structValue(identity.substr(0, context), "arn");
            if (f.account.empty())
                f.account = structValue(identity.substr(0, context), "accountid");
            if (context != std::string_view::npos) {
                const std::string_view issuer = identity.substr(context + 15);
                f.issuerType = structValue(issuer, "type");
                f.issuerArn = structValue(issuer, "arn");
                f.issuerAccount = structValue(issuer, "accountid");
            }
        }
        record(f);
    }
    return true;
}

} // namespace grantscope
