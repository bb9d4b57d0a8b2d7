// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/LastAccessed.h"

#include "activity/TrailTime.h"
#include "common/Text.h"

#include <QFile>
#include <nlohmann/json.hpp>

namespace grantscope {

std::vector<LastAccessedEntry> readLastAccessed(const QString& path, Diagnostics& diagnostics)
{
    std::vector<LastAccessedEntry> out;
    const auto fail = [&](const QString& message, SourceLocation where = {}) {
        diagnostics.push_back({ DiagnosticSeverity::Error, "last-accessed-unreadable", path, where, message });
        return std::vector<LastAccessedEntry> {};
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return fail(QStringLiteral("larger than 64 MB"));
    const QByteArray bytes = file.readAll();
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::parse_error& e) {
        SourceLocation where { 1, 1 };
        for (size_t i = 0; i + 1 < e.byte && i < static_cast<size_t>(bytes.size()); ++i) {
            if (bytes[static_cast<qsizetype>(i)] == '\n') {
                ++where.line;
                where.column = 1;
            } else {
                ++where.column;
            }
        }
        return fail(QStringLiteral("not valid JSON"), where);
    }
    if (!doc.is_object() || !doc.contains("ServicesLastAccessed") || !doc["ServicesLastAccessed"].is_array())
        return fail(QStringLiteral("not get-service-last-accessed-details output: no \"ServicesLastAccessed\""));
    if (doc.value("JobStatus", "COMPLETED") != "COMPLETED")
        return fail(QStringLiteral("the last-accessed job is %1, not COMPLETED")
                        .arg(QString::fromStdString(doc.value("JobStatus", ""))));
    const auto text = [](const nlohmann::json& o, const char* key) {
        const auto it = o.find(key);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (const nlohmann::json& s : doc["ServicesLastAccessed"]) {
        if (!s.is_object())
            continue;
        const std::string service = toLowerAscii(text(s, "ServiceNamespace"));
        if (const auto when = parseTrailTime(text(s, "LastAuthenticated")); when && !service.empty())
            out.push_back({ text(s, "LastAuthenticatedEntity"), service, {}, *when });
        const auto tracked = s.find("TrackedActionsLastAccessed");
        if (tracked == s.end() || !tracked->is_array())
            continue;
        for (const nlohmann::json& a : *tracked) {
            if (!a.is_object())
                continue;
            const auto when = parseTrailTime(text(a, "LastAccessedTime"));
            const std::string action = text(a, "ActionName");
            if (when && !action.empty())
                out.push_back({ text(a, "LastAccessedEntity"), service, service + ':' + toLowerAscii(action), *when });
        }
    }
    return out;
}

} // namespace grantscope
