// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/AccessGraph.h"

#include "common/QtText.h"
#include "graph/AccessGraphData.h"
#include "graph/GraphText.h"

#include "analysis/Expansion.h"
#include "catalog/Catalog.h"
#include "document/ReviewDocument.h"
#include "report/SubjectLabels.h"
#include "style/ShownText.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope::ui {

namespace {

// Translated under the context "AccessGraph" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AccessGraph)
};

QString originText(const PolicyRecord& record)
{
    if (!record.resolved)
        return Tr::tr("Not in the package");
    switch (record.origin) {
    case PolicyOrigin::Inline:
        return Tr::tr("Inline policy");
    case PolicyOrigin::CustomerManaged:
        return Tr::tr("Customer managed");
    case PolicyOrigin::AwsManaged:
        return Tr::tr("AWS managed");
    case PolicyOrigin::Standalone:
        return Tr::tr("Policy file");
    }
    return {};
}

QString principalText(const std::string& type, const std::string& value)
{
    if (type == "*" || value == "*")
        return Tr::tr("Anyone");
    if (type == "AWS")
        return value.ends_with(":root") ? Tr::tr("AWS account") : Tr::tr("AWS principal");
    if (type == "Service")
        return Tr::tr("AWS service");
    if (type == "Federated")
        return Tr::tr("Federated identity");
    return toQString(type);
}

} // namespace

AccessGraph::AccessGraph() = default;
AccessGraph::~AccessGraph() = default;

AccessGraph::AccessGraph(std::shared_ptr<const Review> review, const Catalog& catalog)
    : m_review(std::move(review))
    , m_catalog(&catalog)
    , m_granted(std::make_unique<ActionSet>(catalog.actionCount()))
    , m_serviceNodeOf(static_cast<size_t>(catalog.serviceCount()), -1)
{
    if (m_review)
        build();
    recompute();
}

int AccessGraph::addNode(GraphNodeKind kind, const QString& label, const QString& detail)
{
    GraphNode n;
    n.id = nodeCount();
    n.kind = kind;
    n.layer = static_cast<int>(kind);
    n.label = shownText(label);
    n.detail = shownText(detail);
    m_nodes.push_back(std::move(n));
    m_links.emplace_back();
    m_expanded.push_back(0);
    m_searchHit.push_back(0);
    return m_nodes.back().id;
}

void AccessGraph::addChild(int parent, int child)
{
    std::vector<int>& children = m_links[static_cast<size_t>(parent)].children;
    if (std::find(children.begin(), children.end(), child) != children.end())
        return;
    children.push_back(child);
    m_links[static_cast<size_t>(child)].parents.push_back(parent);
}

int AccessGraph::principalNode(const std::string& type, const std::string& value, bool negated)
{
    const std::string key = "principal\n" + std::string(negated ? "!" : "") + type + "\n" + value;
    if (auto it = m_keys.find(key); it != m_keys.end())
        return it->second;
    const QString label = type == "*" ? QStringLiteral("*") : toQString(value);
    const int id = addNode(GraphNodeKind::Principal, negated ? Tr::tr("NOT %1").arg(label) : label,
        negated ? Tr::tr("Everyone except this principal") : principalText(type, value));
    m_links[static_cast<size_t>(id)].principalValue = type == "*" ? std::string("*") : value;
    m_principals.push_back(id);
    m_keys.emplace(key, id);
    return id;
}

int AccessGraph::policyNode(const PolicyRecord& record, int role)
{
    std::string key;
    switch (record.origin) {
    case PolicyOrigin::AwsManaged:
        key = "policy\naws\n" + record.name;
        break;
    case PolicyOrigin::Inline:
        key = "policy\ninline\n" + std::to_string(role) + "\n" + record.name;
        break;
    case PolicyOrigin::CustomerManaged:
    case PolicyOrigin::Standalone:
        key = "policy\nfile\n" + record.file.toStdString() + "\n" + record.name;
        break;
    }
    if (auto it = m_keys.find(key); it != m_keys.end())
        return it->second;
    const int id = addNode(GraphNodeKind::Policy, toQString(record.name),
        record.condition.empty() ? originText(record)
                                 : originText(record) + QStringLiteral(" · ") + Tr::tr("conditional"));
    m_nodes[static_cast<size_t>(id)].condition = record.condition;
    m_links[static_cast<size_t>(id)].policy = static_cast<int>(m_policies.size());
    PolicyData data;
    data.record = &record;
    // The review expanded every policy once; a policy that is not one of its own has nothing to show.
    static const PolicyExpansion kNothing;
    const PolicyExpansion* expansion = m_review ? m_review->expansionOf(record) : nullptr;
    data.expansion = expansion ? expansion : &kNothing;
    m_policies.push_back(std::move(data));
    m_policyNodes.push_back(id);
    m_keys.emplace(key, id);
    return id;
}

int AccessGraph::serviceNode(int service)
{
    int& id = m_serviceNodeOf[static_cast<size_t>(service)];
    if (id < 0) {
        id = addNode(GraphNodeKind::Service, toQString(m_catalog->service(service).prefix), {});
        m_nodes[static_cast<size_t>(id)].catalogIndex = service;
        m_nodes[static_cast<size_t>(id)].expandable = true;
    }
    return id;
}

int AccessGraph::resourceNode(const std::string& pattern, bool negated)
{
    const std::string key = "resource\n" + std::string(negated ? "!" : "") + pattern;
    if (auto it = m_keys.find(key); it != m_keys.end())
        return it->second;
    QString detail = pattern == "*" ? Tr::tr("Every resource") : Tr::tr("Resource pattern");
    if (negated)
        detail = Tr::tr("Every resource except this");
    const int id = addNode(
        GraphNodeKind::Resource, negated ? Tr::tr("NOT %1").arg(toQString(pattern)) : toQString(pattern), detail);
    m_links[static_cast<size_t>(id)].resourcePattern = pattern;
    m_keys.emplace(key, id);
    return id;
}

void AccessGraph::addRolePrincipals(const Policy& trust, int role)
{
    for (const Statement& st : trust.statements) {
        if (st.effect != Effect::Allow)
            continue;
        for (const PrincipalEntry& p : st.principals)
            addChild(principalNode(p.type, p.value, st.notPrincipal), role);
    }
}

void AccessGraph::build()
{
    const ReviewSubject& package = m_review->package;
    for (const RoleRecord& role : package.roles) {
        QString detail;
        if (role.kind == "role") {
            detail = role.hasBoundary ? Tr::tr("Role · with permission boundary") : Tr::tr("Role");
        } else {
            std::vector<std::string> policies;
            for (const PolicyRecord& p : role.policies)
                policies.push_back(p.name);
            detail = subjectKindName(role.kind, role.name, policies);
            if (role.hasBoundary)
                detail += QStringLiteral(" · ") + Tr::tr("with permission boundary");
        }
        if (!role.deployment.empty())
            detail += QStringLiteral(" · ") + Tr::tr("other accounts");
        if (!role.condition.empty())
            detail += QStringLiteral(" · ") + Tr::tr("conditional");
        const int id = addNode(GraphNodeKind::Role, toQString(role.name), detail);
        GraphNode& subject = m_nodes[static_cast<size_t>(id)];
        subject.subjectKind = role.kind;
        subject.condition = role.condition;
        subject.deployment = role.deployment;
        m_roles.push_back(id);
        m_keys.emplace("role\n" + role.name, id);
        if (!role.logicalId.empty())
            m_keys.emplace("role\n" + role.logicalId, id);
        if (role.hasTrustPolicy)
            addRolePrincipals(role.trustPolicy, id);
        for (const PolicyRecord& p : role.policies)
            addChild(id, policyNode(p, id));
    }
    for (const Policy& trust : package.standaloneTrustPolicies) {
        const int id = addNode(GraphNodeKind::Role, toQString(trust.name), Tr::tr("Trust policy"));
        m_nodes[static_cast<size_t>(id)].subjectKind = "trust-policy";
        m_roles.push_back(id);
        m_keys.emplace("role\n" + trust.name, id);
        addRolePrincipals(trust, id);
    }
    for (const PolicyRecord& p : package.standalonePolicies)
        policyNode(p, -1);

    indexPolicyServices();
    countServiceActions();
    applyFindings();
    for (int id : m_policyNodes) {
        GraphNode& n = m_nodes[static_cast<size_t>(id)];
        n.expandable = n.serviceCount > 0;
        m_expanded[static_cast<size_t>(id)] = n.expandable && n.serviceCount <= kAutoCollapseServices;
    }
}

void AccessGraph::indexPolicyServices()
{
    for (int policyNodeId : m_policyNodes) {
        PolicyData& data = m_policies[static_cast<size_t>(m_links[static_cast<size_t>(policyNodeId)].policy)];
        *m_granted |= data.expansion->allowed;
        for (size_t si = 0; si < data.expansion->statements.size(); ++si)
            if (data.expansion->statements[si].effect == Effect::Deny)
                m_denyStatements.push_back({ policyNodeId, data.expansion->statements[si].statement });
    }
    // Services in name order, so that ids (the layout's tie-break) list them alphabetically.
    for (int service : m_catalog->servicesInNameOrder()) {
        const ServiceInfo& info = m_catalog->service(service);
        const int begin = info.firstAction;
        const int end = begin + info.actionCount;
        if (!m_granted->anyInRange(begin, end))
            continue;
        const int serviceId = serviceNode(service);
        for (int policyNodeId : m_policyNodes) {
            const PolicyData& data = m_policies[static_cast<size_t>(m_links[static_cast<size_t>(policyNodeId)].policy)];
            if (!data.expansion->allowed.anyInRange(begin, end))
                continue;
            addChild(policyNodeId, serviceId);
            for (const StatementExpansion& st : data.expansion->statements)
                if (st.effect == Effect::Allow && st.hasResource && st.actions.anyInRange(begin, end))
                    for (const std::string& r : st.resources) {
                        std::vector<int>& resources = m_links[static_cast<size_t>(serviceId)].resources;
                        const int resource = resourceNode(r, st.notResource);
                        if (std::find(resources.begin(), resources.end(), resource) == resources.end())
                            resources.push_back(resource);
                    }
        }
    }
}

void AccessGraph::countServiceActions()
{
    for (int service = 0; service < m_catalog->serviceCount(); ++service) {
        const int id = m_serviceNodeOf[static_cast<size_t>(service)];
        if (id < 0)
            continue;
        GraphNode& n = m_nodes[static_cast<size_t>(id)];
        const ServiceInfo& info = m_catalog->service(service);
        for (int a = info.firstAction; a < info.firstAction + info.actionCount; ++a) {
            if (!m_granted->test(a))
                continue;
            const AccessLevels levels = m_catalog->action(a).levels;
            n.levels |= levels;
            ++n.levelCounts[static_cast<size_t>(accessLevelSlot(primaryAccessLevel(levels)))];
            ++n.actionCount;
        }
        n.detail = countText("AccessGraph", n.actionCount, "%1 action", "%1 actions");
    }
    for (int id : m_policyNodes) {
        GraphNode& n = m_nodes[static_cast<size_t>(id)];
        const PolicyData& data = m_policies[static_cast<size_t>(m_links[static_cast<size_t>(id)].policy)];
        n.actionCount = data.expansion->allowed.count();
        n.serviceCount = static_cast<int>(m_links[static_cast<size_t>(id)].children.size());
        if (n.serviceCount > 0)
            n.detail += QStringLiteral(" · ") + countText("AccessGraph", n.serviceCount, "%1 service", "%1 services");
    }
}

void AccessGraph::materializeActions(int serviceId)
{
    Links& links = m_links[static_cast<size_t>(serviceId)];
    if (links.materialized)
        return;
    links.materialized = true;
    const std::vector<int> policies = links.parents;
    const ServiceInfo& info = m_catalog->service(m_nodes[static_cast<size_t>(serviceId)].catalogIndex);
    for (int a = info.firstAction; a < info.firstAction + info.actionCount; ++a) {
        if (!m_granted->test(a))
            continue;
        const ActionInfo& action = m_catalog->action(a);
        QStringList levels;
        for (AccessLevel level : kAccessLevels)
            if (hasLevel(action.levels, level))
                levels << accessLevelName(level);
        const int id
            = addNode(GraphNodeKind::Action, toQString(m_catalog->actionName(a)), levels.join(QStringLiteral(", ")));
        GraphNode& n = m_nodes[static_cast<size_t>(id)];
        n.catalogIndex = a;
        n.levels = action.levels;
        if (auto it = m_actionFindings.find(a); it != m_actionFindings.end())
            for (int fi : it->second)
                touch(id, fi);
        for (int policyNodeId : policies) {
            const PolicyData& data = m_policies[static_cast<size_t>(m_links[static_cast<size_t>(policyNodeId)].policy)];
            for (const StatementExpansion& st : data.expansion->statements) {
                if (st.effect != Effect::Allow || !st.actions.test(a))
                    continue;
                m_nodes[static_cast<size_t>(id)].grants.push_back({ policyNodeId, st.statement });
                if (st.hasResource)
                    for (const std::string& r : st.resources) {
                        std::vector<int>& resources = m_links[static_cast<size_t>(id)].resources;
                        const int resource = resourceNode(r, st.notResource);
                        if (std::find(resources.begin(), resources.end(), resource) == resources.end())
                            resources.push_back(resource);
                    }
            }
        }
        for (const GrantRef& deny : m_denyStatements) {
            const PolicyData& data
                = m_policies[static_cast<size_t>(m_links[static_cast<size_t>(deny.policyNode)].policy)];
            for (const StatementExpansion& st : data.expansion->statements)
                if (st.statement == deny.statement && st.actions.test(a))
                    m_nodes[static_cast<size_t>(id)].denies.push_back(deny);
        }
        markBoundary(m_nodes[static_cast<size_t>(id)]);
        markActivity(m_nodes[static_cast<size_t>(id)]);
        markRelease(m_nodes[static_cast<size_t>(id)]);
        addChild(serviceId, id);
    }
}

int AccessGraph::findNode(GraphNodeKind kind, QStringView label) const
{
    for (const GraphNode& n : m_nodes)
        if (n.kind == kind && label.compare(n.label, Qt::CaseInsensitive) == 0)
            return n.id;
    return -1;
}

bool AccessGraph::isExpanded(int id) const
{
    return id >= 0 && id < nodeCount() && m_expanded[static_cast<size_t>(id)];
}

void AccessGraph::setExpanded(int id, bool expanded)
{
    if (id < 0 || id >= nodeCount() || !m_nodes[static_cast<size_t>(id)].expandable || isExpanded(id) == expanded)
        return;
    if (expanded && m_nodes[static_cast<size_t>(id)].kind == GraphNodeKind::Service)
        materializeActions(id);
    m_expanded[static_cast<size_t>(id)] = expanded;
    recompute();
}

void AccessGraph::showMore(int moreNode)
{
    if (moreNode < 0 || moreNode >= nodeCount() || m_nodes[static_cast<size_t>(moreNode)].kind != GraphNodeKind::More)
        return;
    const int parent = m_nodes[static_cast<size_t>(moreNode)].parent;
    m_limits[parent] = limitOf(parent) + kChildCap;
    recompute();
}

int AccessGraph::limitOf(int id) const
{
    auto it = m_limits.find(id);
    return it == m_limits.end() ? kChildCap : it->second;
}

const PolicyRecord* AccessGraph::policyRecord(int policyNode) const
{
    if (policyNode < 0 || policyNode >= nodeCount() || m_links[static_cast<size_t>(policyNode)].policy < 0)
        return nullptr;
    return m_policies[static_cast<size_t>(m_links[static_cast<size_t>(policyNode)].policy)].record;
}

const Statement* AccessGraph::statement(const GrantRef& ref) const
{
    const PolicyRecord* record = policyRecord(ref.policyNode);
    if (!record || ref.statement < 0 || ref.statement >= static_cast<int>(record->policy.statements.size()))
        return nullptr;
    return &record->policy.statements[static_cast<size_t>(ref.statement)];
}

const std::vector<int>& AccessGraph::resourcesOf(int id) const
{
    return m_links[static_cast<size_t>(id)].resources;
}

std::vector<int> AccessGraph::parentsOf(int id) const
{
    return m_links[static_cast<size_t>(id)].parents;
}

std::vector<int> AccessGraph::childrenOf(int id) const
{
    return m_links[static_cast<size_t>(id)].children;
}

} // namespace grantscope::ui
