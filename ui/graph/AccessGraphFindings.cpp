// SPDX-License-Identifier: GPL-3.0-or-later
// AccessGraph: which nodes each finding touches, and showing them.
#include "graph/AccessGraph.h"

#include "graph/AccessGraphData.h"

#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"

#include <algorithm>

namespace grantscope::ui {

void AccessGraph::touch(int node, int finding)
{
    if (node < 0)
        return;
    GraphNode& n = m_nodes[static_cast<size_t>(node)];
    const Severity s = m_review->analysis.findings[static_cast<size_t>(finding)].severity;
    if (!n.severity || *n.severity < s)
        n.severity = s;
    if (std::find(n.findings.begin(), n.findings.end(), finding) == n.findings.end())
        n.findings.push_back(finding);
}

void AccessGraph::applyFindings()
{
    const std::vector<Finding>& findings = m_review->analysis.findings;
    for (int fi = 0; fi < static_cast<int>(findings.size()); ++fi) {
        const Finding& f = findings[static_cast<size_t>(fi)];
        const bool trust = f.category == "trust";
        int role = -1;
        if (auto it = m_keys.find("role\n" + f.subject); !f.subject.empty() && it != m_keys.end())
            role = it->second;
        touch(role, fi);
        auto policiesNamed = [&](const std::string& name) {
            std::vector<int> out;
            for (int id : m_policyNodes) {
                const Links& l = m_links[static_cast<size_t>(id)];
                const bool ofRole = role < 0 || std::find(l.parents.begin(), l.parents.end(), role) != l.parents.end();
                if (ofRole && m_policies[static_cast<size_t>(l.policy)].record->name == name)
                    out.push_back(id);
            }
            return out;
        };
        if (role < 0 && !f.subject.empty())
            for (int id : policiesNamed(f.subject))
                touch(id, fi);
        if (trust) {
            for (const std::string& r : f.resources)
                for (int id : m_principals)
                    if (m_links[static_cast<size_t>(id)].principalValue == r)
                        touch(id, fi);
            continue;
        }
        for (const Evidence& e : f.evidence)
            for (int id : policiesNamed(e.policy))
                touch(id, fi);
        for (const std::string& a : f.actions) {
            const int index = m_catalog->findAction(a);
            if (index < 0 || !m_granted->test(index))
                continue;
            std::vector<int>& list = m_actionFindings[index];
            if (std::find(list.begin(), list.end(), fi) == list.end())
                list.push_back(fi);
            touch(m_serviceNodeOf[static_cast<size_t>(m_catalog->action(index).service)], fi);
        }
        if (f.actions.empty())
            continue;
        for (const std::string& r : f.resources)
            if (auto it = m_keys.find("resource\n" + r); it != m_keys.end())
                touch(it->second, fi);
    }
}

std::vector<int> AccessGraph::nodesOfFinding(int finding) const
{
    std::vector<int> out;
    for (const GraphNode& n : m_nodes)
        if (std::find(n.findings.begin(), n.findings.end(), finding) != n.findings.end())
            out.push_back(n.id);
    return out;
}

void AccessGraph::reveal(int finding)
{
    if (!m_review || finding < 0 || finding >= static_cast<int>(m_review->analysis.findings.size()))
        return;
    // Few actions: open their services so the action nodes themselves can be highlighted.
    constexpr size_t kMaxActionsToOpen = 50;
    const bool openServices
        = m_review->analysis.findings[static_cast<size_t>(finding)].actions.size() <= kMaxActionsToOpen;
    for (int id : nodesOfFinding(finding)) {
        if (node(id).kind != GraphNodeKind::Service)
            continue;
        std::vector<int> parents;
        for (int p : m_links[static_cast<size_t>(id)].parents) {
            const std::vector<int>& f = node(p).findings;
            if (std::find(f.begin(), f.end(), finding) != f.end())
                parents.push_back(p);
        }
        for (int p : parents.empty() ? m_links[static_cast<size_t>(id)].parents : parents)
            m_expanded[static_cast<size_t>(p)] = 1;
        if (openServices) {
            materializeActions(id);
            m_expanded[static_cast<size_t>(id)] = 1;
        }
    }
    recompute();
}

void AccessGraph::setBoundaryEffect(const ActionSet& removed, const std::vector<MitigationState>& findingStates)
{
    if (!m_review || !m_granted)
        return;
    m_removed = removed.any() ? std::make_unique<ActionSet>(removed & *m_granted) : nullptr;
    m_findingStates
        = findingStates.size() == m_review->analysis.findings.size() ? findingStates : std::vector<MitigationState> {};
    for (GraphNode& n : m_nodes)
        markBoundary(n);
}

void AccessGraph::markBoundary(GraphNode& n) const
{
    n.removedActions = 0;
    n.mitigated = false;
    if (m_removed && n.catalogIndex >= 0) {
        if (n.kind == GraphNodeKind::Action) {
            n.removedActions = m_removed->test(n.catalogIndex) ? 1 : 0;
        } else if (n.kind == GraphNodeKind::Service) {
            const ServiceInfo& info = m_catalog->service(n.catalogIndex);
            for (int a = info.firstAction; a < info.firstAction + info.actionCount; ++a)
                n.removedActions += m_removed->test(a) ? 1 : 0;
        }
    }
    const bool allRemoved = n.removedActions > 0
        && (n.kind == GraphNodeKind::Action || (n.kind == GraphNodeKind::Service && n.removedActions >= n.actionCount));
    bool findingsMitigated = !n.findings.empty() && !m_findingStates.empty();
    for (int fi : n.findings)
        if (findingsMitigated && m_findingStates[static_cast<size_t>(fi)] != MitigationState::Mitigated)
            findingsMitigated = false;
    n.mitigated = allRemoved || findingsMitigated;
}

void AccessGraph::setActivity(const ActionSet& used, const ActionSet& unused, const ActionSet& unobservable)
{
    if (!m_review || !m_granted)
        return;
    if (used.none() && unused.none() && unobservable.none()) {
        m_used.reset();
        m_unused.reset();
        m_unobservable.reset();
    } else {
        m_used = std::make_unique<ActionSet>(used & *m_granted);
        m_unused = std::make_unique<ActionSet>((unused & *m_granted) - *m_used);
        m_unobservable = std::make_unique<ActionSet>((unobservable & *m_granted) - *m_used - *m_unused);
    }
    for (GraphNode& n : m_nodes)
        markActivity(n);
}

void AccessGraph::markActivity(GraphNode& n) const
{
    n.use = ActionUseMark::None;
    n.usedActions = 0;
    n.unusedActions = 0;
    if (!m_used || n.catalogIndex < 0)
        return;
    if (n.kind == GraphNodeKind::Action) {
        const int a = n.catalogIndex;
        n.use = m_used->test(a)       ? ActionUseMark::Used
            : m_unused->test(a)       ? ActionUseMark::Unused
            : m_unobservable->test(a) ? ActionUseMark::Unobservable
                                      : ActionUseMark::None;
    } else if (n.kind == GraphNodeKind::Service) {
        const ServiceInfo& info = m_catalog->service(n.catalogIndex);
        for (int a = info.firstAction; a < info.firstAction + info.actionCount; ++a) {
            n.usedActions += m_used->test(a) ? 1 : 0;
            n.unusedActions += m_unused->test(a) ? 1 : 0;
        }
    }
}

void AccessGraph::setReleaseMarks(const ReleaseMarks& marks)
{
    if (!m_review || !m_granted)
        return;
    if (marks.actions.none() && marks.subjects.empty()) {
        m_release.reset();
    } else {
        m_release = std::make_unique<ReleaseMarks>(marks);
        if (m_release->actions.size() == m_granted->size())
            m_release->actions &= *m_granted;
        else
            m_release->actions = m_catalog->emptySet();
    }
    for (GraphNode& n : m_nodes)
        markRelease(n);
}

void AccessGraph::markRelease(GraphNode& n) const
{
    n.release = ReleaseMark::None;
    n.releaseActions = 0;
    if (!m_release)
        return;
    if (n.kind == GraphNodeKind::Role) {
        if (auto it = m_release->subjects.find(n.label.toStdString()); it != m_release->subjects.end())
            n.release = it->second;
    } else if (n.kind == GraphNodeKind::Action && n.catalogIndex >= 0) {
        if (m_release->actions.test(n.catalogIndex))
            n.release = m_release->actionMark;
    } else if (n.kind == GraphNodeKind::Service && n.catalogIndex >= 0) {
        const ServiceInfo& info = m_catalog->service(n.catalogIndex);
        for (int a = info.firstAction; a < info.firstAction + info.actionCount; ++a)
            n.releaseActions += m_release->actions.test(a) ? 1 : 0;
        if (n.releaseActions > 0)
            n.release = m_release->actionMark;
    }
}

} // namespace grantscope::ui
