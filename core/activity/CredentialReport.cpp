// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/CredentialReport.h"

#include "activity/RoleActivity.h"
#include "activity/TrailTime.h"

#include <QCoreApplication>
#include <QFile>
#include <map>

namespace grantscope {

namespace {

// Finding titles are translated under the context "CredentialReport" (lupdate reads it from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CredentialReport)
};

} // namespace

namespace {

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                out.back() += line[++i];
            else if (c == '"')
                quoted = false;
            else
                out.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else if (c != '\r') {
            out.back() += c;
        }
    }
    return out;
}

} // namespace

std::vector<CredentialUser> readCredentialReport(const QString& path, Diagnostics& diagnostics)
{
    std::vector<CredentialUser> users;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.push_back({ DiagnosticSeverity::Error, "credential-report-unreadable", path, {},
            QStringLiteral("cannot read: %1").arg(file.errorString()) });
        return users;
    }
    std::map<std::string, size_t> column;
    int lineNumber = 0;
    while (!file.atEnd() && lineNumber < 1000000) {
        const std::string line = file.readLine(1 << 20).toStdString();
        ++lineNumber;
        if (line.find_first_not_of("\r\n ") == std::string::npos)
            continue;
        const std::vector<std::string> fields = splitCsvLine(line.substr(0, line.find_last_not_of("\r\n") + 1));
        if (column.empty()) {
            for (size_t i = 0; i < fields.size(); ++i)
                column[fields[i]] = i;
            if (!column.count("user") || !column.count("arn") || !column.count("password_enabled")) {
                diagnostics.push_back({ DiagnosticSeverity::Error, "credential-report-header", path, { lineNumber, 1 },
                    QStringLiteral("not an IAM credential report: the header lacks user, arn "
                                   "and password_enabled") });
                return {};
            }
            continue;
        }
        if (fields.size() != column.size()) {
            diagnostics.push_back({ DiagnosticSeverity::Error, "credential-report-row", path, { lineNumber, 1 },
                QStringLiteral("%1 fields where the header has %2; row skipped")
                    .arg(fields.size())
                    .arg(column.size()) });
            continue;
        }
        const auto field = [&](const std::string& name) -> std::string {
            const auto it = column.find(name);
            return it == column.end() ? std::string() : fields[it->second];
        };
        CredentialUser u;
        u.user = field("user");
        u.arn = field("arn");
        u.passwordEnabled = field("password_enabled") == "true";
        for (int slot = 1; slot <= 2; ++slot) {
            const std::string prefix = "access_key_" + std::to_string(slot) + "_";
            CredentialKey k;
            k.slot = slot;
            k.active = field(prefix + "active") == "true";
            k.lastRotated = parseTrailTime(field(prefix + "last_rotated"));
            k.lastUsed = parseTrailTime(field(prefix + "last_used_date"));
            u.keys.push_back(k);
        }
        users.push_back(std::move(u));
    }
    return users;
}

std::vector<ActivityFinding> credentialFindings(
    const std::vector<CredentialUser>& users, std::int64_t now, int maxKeyAgeDays)
{
    std::vector<ActivityFinding> out;
    for (const CredentialUser& u : users) {
        const QString user = QString::fromStdString(u.user);
        bool activeKey = false;
        for (const CredentialKey& k : u.keys) {
            if (!k.active)
                continue;
            activeKey = true;
            if (k.lastRotated && now - *k.lastRotated > std::int64_t(maxKeyAgeDays) * 86400) {
                ActivityFinding f { "activity-access-key-old", Severity::High, {},
                    Tr::tr("Access key %1 of user %2 has not been rotated for %3 days "
                           "(more than %4)")
                        .arg(k.slot)
                        .arg(user)
                        .arg((now - *k.lastRotated) / 86400)
                        .arg(maxKeyAgeDays),
                    {}, {}, {}, std::nullopt, {} };
                f.user = u.user;
                out.push_back(std::move(f));
            }
            if (!k.lastUsed) {
                ActivityFinding f { "activity-access-key-never-used", Severity::Medium, {},
                    Tr::tr("Access key %1 of user %2 is active but was never used").arg(k.slot).arg(user), {}, {}, {},
                    std::nullopt, {} };
                f.user = u.user;
                out.push_back(std::move(f));
            }
        }
        if (activeKey && u.passwordEnabled) {
            ActivityFinding f { "activity-console-and-keys", Severity::Medium, {},
                Tr::tr("User %1 has both a console password and an active access key").arg(user), {}, {}, {},
                std::nullopt, {} };
            f.user = u.user;
            out.push_back(std::move(f));
        }
    }
    return out;
}

} // namespace grantscope
