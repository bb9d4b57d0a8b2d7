// SPDX-License-Identifier: GPL-3.0-or-later
// AccessGraph: what is visible under the current expansion, caps and filter.
#include "graph/AccessGraph.h"

#include "graph/AccessGraphData.h"
#include "graph/GraphText.h"

#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace grantscope::ui {

namespace {

// Higher is riskier: what an expansion cap keeps first.
int levelRank(AccessLevels levels)
{
    if (hasLevel(levels, AccessLevel::PermissionsManagement))
        return 4;
    if (hasLevel(levels, AccessLevel::Write))
        return 3;
    if (hasLevel(levels, AccessLevel::Tagging))
        return 2;
    if (hasLevel(levels, AccessLevel::Read))
        return 1;
    return 0;
}

bool contains(const QString& haystack, const QString& needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

void AccessGraph::setFilter(const GraphFilter& filter)
{
    if (filter == m_filter)
        return;
    const bool searchChanged = filter.search != m_filter.search;
    m_filter = filter;
    m_serviceFilter.clear();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& s : filter.services.split(separators, Qt::SkipEmptyParts))
        m_serviceFilter.push_back(s.toLower());
    if (searchChanged)
        updateSearchCache();
    recompute();
}

void AccessGraph::updateSearchCache()
{
    const QString text = m_filter.search.trimmed();
    m_searchLower = text.toLower().toStdString();
    std::fill(m_searchHit.begin(), m_searchHit.end(), 0);
    if (text.isEmpty() || !m_catalog)
        return;
    // A service matches when its name, one of its granted actions or one of its resources does,
    // so that searching "decrypt" keeps kms even while it is collapsed.
    for (int service = 0; service < m_catalog->serviceCount(); ++service) {
        const int id = m_serviceNodeOf[static_cast<size_t>(service)];
        if (id < 0)
            continue;
        const ServiceInfo& info = m_catalog->service(service);
        bool hit = contains(node(id).label, text)
            || contains(QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size())), text);
        for (int r : resourcesOf(id))
            hit = hit || contains(node(r).label, text);
        for (int a = info.firstAction; !hit && a < info.firstAction + info.actionCount; ++a)
            hit = m_granted->test(a) && m_catalog->lowerActionName(a).find(m_searchLower) != std::string::npos;
        m_searchHit[static_cast<size_t>(id)] = hit;
    }
}

bool AccessGraph::searchHit(int id) const
{
    const GraphNode& n = node(id);
    const QString text = m_filter.search.trimmed();
    switch (n.kind) {
    case GraphNodeKind::Service:
        return m_searchHit[static_cast<size_t>(id)];
    case GraphNodeKind::Action:
        if (contains(n.label, text))
            return true;
        for (int r : resourcesOf(id))
            if (contains(node(r).label, text))
                return true;
        return false;
    case GraphNodeKind::More:
        return false;
    default:
        return contains(n.label, text) || contains(n.detail, text);
    }
}

bool AccessGraph::selfPasses(int id) const
{
    if (!m_filter.isActive())
        return true;
    const GraphNode& n = node(id);
    if (m_filter.minimumSeverity && (!n.severity || *n.severity < *m_filter.minimumSeverity))
        return false;
    if (!m_filter.search.trimmed().isEmpty() && !searchHit(id))
        return false;
    // Access levels and services describe grants: only service and action nodes can meet them.
    const bool grant = n.kind == GraphNodeKind::Service || n.kind == GraphNodeKind::Action;
    const AccessLevels mask = m_filter.accessLevels & kAllAccessLevels;
    if (mask != kAllAccessLevels && (!grant || !(n.levels & mask)))
        return false;
    if (!m_serviceFilter.empty()) {
        if (!grant)
            return false;
        const int service
            = n.kind == GraphNodeKind::Service ? n.catalogIndex : m_catalog->action(n.catalogIndex).service;
        const std::string_view prefix = m_catalog->service(service).prefix;
        const QString p = QString::fromUtf8(prefix.data(), static_cast<qsizetype>(prefix.size()));
        if (std::none_of(m_serviceFilter.begin(), m_serviceFilter.end(), [&](const QString& s) { return s == p; }))
            return false;
    }
    return true;
}

std::vector<int> AccessGraph::capped(std::vector<int> ids, int limit, int* hidden) const
{
    *hidden = 0;
    if (static_cast<int>(ids.size()) <= limit)
        return ids;
    auto risk = [&](int id) {
        const GraphNode& n = node(id);
        return std::pair(n.severity ? static_cast<int>(*n.severity) : -1, levelRank(n.levels));
    };
    std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) { return risk(a) > risk(b); });
    *hidden = static_cast<int>(ids.size()) - limit;
    ids.resize(static_cast<size_t>(limit));
    std::sort(ids.begin(), ids.end());
    return ids;
}

int AccessGraph::moreNode(int parent, int layer)
{
    if (auto it = m_moreOf.find(parent); it != m_moreOf.end())
        return it->second;
    const int id = addNode(GraphNodeKind::More, {}, QCoreApplication::translate("AccessGraph", "Click to show more"));
    m_nodes[static_cast<size_t>(id)].parent = parent;
    m_nodes[static_cast<size_t>(id)].layer = layer;
    m_nodes[static_cast<size_t>(id)].expandable = true;
    m_moreOf.emplace(parent, id);
    return id;
}

bool AccessGraph::isVisible(int id) const
{
    return id >= 0 && static_cast<size_t>(id) < m_isVisible.size() && m_isVisible[static_cast<size_t>(id)];
}

void AccessGraph::recompute()
{
    const size_t count = m_nodes.size();
    std::vector<char> kept(count, 0);
    m_isVisible.assign(count, 0);
    m_visibleEdges.clear();
    auto show = [&](int id) {
        if (static_cast<size_t>(id) >= m_isVisible.size())
            m_isVisible.resize(m_nodes.size(), 0);
        m_isVisible[static_cast<size_t>(id)] = 1;
    };
    auto children = [&](int id) -> const std::vector<int>& { return m_links[static_cast<size_t>(id)].children; };
    auto anyKept = [&](int id) {
        return std::any_of(
            children(id).begin(), children(id).end(), [&](int c) { return kept[static_cast<size_t>(c)]; });
    };
    auto addMore = [&](int parent, int layer, int hidden, const char* one, const char* many) {
        const int more = moreNode(parent, layer);
        GraphNode& n = m_nodes[static_cast<size_t>(more)];
        n.hiddenCount = hidden;
        n.label = countText("AccessGraph", hidden, one, many);
        show(more);
        m_visibleEdges.push_back({ parent, more });
    };

    // Services and actions pass the filter on their own; principals, roles and policies are also
    // kept for what they lead to, so a filtered graph still shows where each grant comes from.
    std::map<int, std::vector<int>> keptServices;
    for (int p : m_policyNodes) {
        std::vector<int>& services = keptServices[p];
        for (int s : children(p))
            if (selfPasses(s))
                services.push_back(s);
        kept[static_cast<size_t>(p)] = selfPasses(p) || !services.empty();
    }
    for (int r : m_roles)
        kept[static_cast<size_t>(r)] = selfPasses(r) || anyKept(r);
    for (int pr : m_principals)
        kept[static_cast<size_t>(pr)] = selfPasses(pr) || anyKept(pr);
    for (const std::vector<int>* group : { &m_principals, &m_roles, &m_policyNodes })
        for (int id : *group)
            if (kept[static_cast<size_t>(id)])
                show(id);
    for (const std::vector<int>* group : { &m_principals, &m_roles })
        for (int id : *group)
            for (int c : children(id))
                if (isVisible(id) && isVisible(c))
                    m_visibleEdges.push_back({ id, c });

    for (int p : m_policyNodes) {
        if (!isVisible(p) || !isExpanded(p))
            continue;
        int hidden = 0;
        for (int s : capped(keptServices[p], limitOf(p), &hidden))
            show(s);
    }
    // Edges after every policy has chosen, so a service shown for one policy links to all of them.
    for (int p : m_policyNodes) {
        if (!isVisible(p) || !isExpanded(p))
            continue;
        int hidden = 0;
        for (int s : keptServices[p]) {
            if (isVisible(s))
                m_visibleEdges.push_back({ p, s });
            else
                ++hidden;
        }
        if (hidden > 0)
            addMore(p, static_cast<int>(GraphNodeKind::Service), hidden, "… %1 more service", "… %1 more services");
    }

    for (int s : m_serviceNodeOf) {
        if (s < 0 || !isVisible(s))
            continue;
        if (!isExpanded(s)) {
            for (int r : resourcesOf(s)) {
                show(r);
                m_visibleEdges.push_back({ s, r, true });
            }
            continue;
        }
        std::vector<int> actions;
        for (int a : children(s))
            if (selfPasses(a))
                actions.push_back(a);
        int hidden = 0;
        for (int a : capped(std::move(actions), limitOf(s), &hidden)) {
            show(a);
            m_visibleEdges.push_back({ s, a });
            for (int r : resourcesOf(a)) {
                show(r);
                m_visibleEdges.push_back({ a, r });
            }
        }
        if (hidden > 0)
            addMore(s, static_cast<int>(GraphNodeKind::Action), hidden, "… %1 more action", "… %1 more actions");
    }

    m_visible.clear();
    for (size_t id = 0; id < m_isVisible.size(); ++id)
        if (m_isVisible[id])
            m_visible.push_back(static_cast<int>(id));
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) { return node(a).layer < node(b).layer; });
}

} // namespace grantscope::ui
