// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/EventMapping.h"

#include "common/ResourceData.h"
#include "common/Text.h"

#include <nlohmann/json.hpp>

namespace grantscope {

const EventMapping& EventMapping::bundled()
{
    static const std::unique_ptr<EventMapping> mapping = [] {
        QString error;
        std::unique_ptr<EventMapping> m
            = fromJson(bundledResourceText(QStringLiteral(":/activity/event-mapping.json")), &error);
        if (!m) {
            qWarning("bundled event mapping unreadable: %s", qPrintable(error));
            m.reset(new EventMapping);
        }
        return m;
    }();
    return *mapping;
}

std::unique_ptr<EventMapping> EventMapping::fromJson(std::string_view text, QString* error)
{
    const nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        *error = QStringLiteral("event mapping: not a JSON object");
        return nullptr;
    }
    std::unique_ptr<EventMapping> m(new EventMapping);
    try {
        // Bound to names: iterating a temporary's items() would outlive the temporary.
        const nlohmann::json sources = doc.value("sources", nlohmann::json::object());
        const nlohmann::json suffixes = doc.value("versionSuffixes", nlohmann::json::object());
        const nlohmann::json events = doc.value("events", nlohmann::json::object());
        const nlohmann::json dataEvents = doc.value("dataEvents", nlohmann::json::object());
        for (const auto& [source, prefix] : sources.items())
            m->m_sources[toLowerAscii(source)] = toLowerAscii(prefix.get<std::string>());
        for (const auto& [prefix, pattern] : suffixes.items())
            m->m_suffixes.emplace(toLowerAscii(prefix), std::regex(pattern.get<std::string>(), std::regex::ECMAScript));
        for (const auto& [event, actions] : events.items()) {
            std::vector<std::string>& out = m->m_events[toLowerAscii(event)];
            if (actions.is_array())
                for (const auto& a : actions)
                    out.push_back(toLowerAscii(a.get<std::string>()));
            else
                out.push_back(toLowerAscii(actions.get<std::string>()));
        }
        for (const auto& u : doc.value("unobservable", nlohmann::json::array()))
            m->m_unobservable.push_back({ toLowerAscii(u.at("action").get<std::string>()), u.value("why", "") });
        for (const auto& [source, patterns] : dataEvents.items())
            for (const auto& p : patterns)
                m->m_dataEvents[toLowerAscii(source)].push_back(p.get<std::string>());
        for (const auto& code : doc.value("authorizationErrors", nlohmann::json::array()))
            m->m_authorizationErrors.insert(code.get<std::string>());
    } catch (const std::exception& e) {
        *error = QStringLiteral("event mapping: %1").arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    return m;
}

std::string EventMapping::servicePrefix(std::string_view eventSource) const
{
    const std::string source = toLowerAscii(eventSource);
    if (const auto it = m_sources.find(source); it != m_sources.end())
        return it->second;
    return source.substr(0, source.find('.'));
}

std::vector<std::string> EventMapping::actionsFor(std::string_view eventSource, std::string_view eventName) const
{
    const std::string prefix = servicePrefix(eventSource);
    std::string name(eventName);
    if (const auto it = m_suffixes.find(prefix); it != m_suffixes.end()) {
        std::smatch match;
        if (std::regex_search(name, match, it->second) && match.position(0) > 0)
            name.resize(static_cast<size_t>(match.position(0)));
    }
    std::string key = prefix + ':' + toLowerAscii(name);
    if (const auto it = m_events.find(key); it != m_events.end())
        return it->second;
    return { std::move(key) };
}

bool EventMapping::isAuthorizationError(std::string_view errorCode) const
{
    return m_authorizationErrors.find(errorCode) != m_authorizationErrors.end();
}

} // namespace grantscope
