// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/ActionTreeModel.h"

#include "boundary/BoundaryEdit.h"
#include "catalog/Catalog.h"
#include "common/QtText.h"
#include "document/ReviewDocument.h"

#include <QFont>

#include <algorithm>
#include <cctype>
#include <set>

namespace grantscope::ui {

namespace {

bool sameText(const std::string& a, const std::string& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::any_of(list.begin(), list.end(), [&](const std::string& s) { return sameText(s, value); });
}

} // namespace

ActionTreeModel::ActionTreeModel(ReviewDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::reviewChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(document, &ReviewDocument::boundaryChanged, this, &ActionTreeModel::refresh);
    rebuild();
}

ActionTreeModel::~ActionTreeModel() = default;

void ActionTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    const Catalog& catalog = Catalog::bundled();
    m_boundary = m_document->boundary();
    const SemanticDiff& diff = m_boundary->diff;

    // Findings per action, so that each node can count the distinct findings below it.
    std::vector<std::vector<int>> findingsOf(static_cast<size_t>(catalog.actionCount()));
    if (const Review* r = m_document->review())
        for (size_t f = 0; f < r->analysis.findings.size(); ++f)
            for (const std::string& a : r->analysis.findings[f].actions)
                if (const int i = catalog.findAction(a); i >= 0)
                    findingsOf[static_cast<size_t>(i)].push_back(static_cast<int>(f));

    int serviceNode = -1;
    int levelNode = -1;
    catalog.forEachSorted(diff.requested, [&](int a) {
        const ActionInfo& info = catalog.action(a);
        const AccessLevel level = primaryAccessLevel(info.levels);
        if (serviceNode < 0 || m_nodes[static_cast<size_t>(serviceNode)].service != info.service) {
            serviceNode = static_cast<int>(m_nodes.size());
            Node s;
            s.kind = NodeKind::Service;
            s.service = info.service;
            s.row = static_cast<int>(m_roots.size());
            m_roots.push_back(serviceNode);
            m_nodes.push_back(std::move(s));
            levelNode = -1;
        }
        // Levels are listed in AWS's order, whatever order the action names give.
        Node& service = m_nodes[static_cast<size_t>(serviceNode)];
        levelNode = -1;
        for (int child : service.children)
            if (m_nodes[static_cast<size_t>(child)].level == level)
                levelNode = child;
        if (levelNode < 0) {
            levelNode = static_cast<int>(m_nodes.size());
            Node l;
            l.kind = NodeKind::Level;
            l.parent = serviceNode;
            l.service = info.service;
            l.level = level;
            m_nodes[static_cast<size_t>(serviceNode)].children.push_back(levelNode);
            m_nodes.push_back(std::move(l));
        }
        Node n;
        n.kind = NodeKind::Action;
        n.parent = levelNode;
        n.service = info.service;
        n.level = level;
        n.action = a;
        n.actions = { a };
        n.findings = static_cast<int>(findingsOf[static_cast<size_t>(a)].size());
        const int id = static_cast<int>(m_nodes.size());
        m_nodes[static_cast<size_t>(levelNode)].children.push_back(id);
        m_nodes.push_back(std::move(n));
    });

    for (int s : m_roots) {
        Node& service = m_nodes[static_cast<size_t>(s)];
        std::stable_sort(service.children.begin(), service.children.end(), [this](int x, int y) {
            return static_cast<int>(m_nodes[static_cast<size_t>(x)].level)
                < static_cast<int>(m_nodes[static_cast<size_t>(y)].level);
        });
        std::set<int> serviceFindings;
        for (size_t r = 0; r < service.children.size(); ++r) {
            Node& level = m_nodes[static_cast<size_t>(service.children[r])];
            level.row = static_cast<int>(r);
            std::set<int> levelFindings;
            for (size_t c = 0; c < level.children.size(); ++c) {
                Node& action = m_nodes[static_cast<size_t>(level.children[c])];
                action.row = static_cast<int>(c);
                level.actions.push_back(action.action);
                for (int f : findingsOf[static_cast<size_t>(action.action)])
                    levelFindings.insert(f);
            }
            level.findings = static_cast<int>(levelFindings.size());
            serviceFindings.insert(levelFindings.begin(), levelFindings.end());
            service.actions.insert(service.actions.end(), level.actions.begin(), level.actions.end());
        }
        service.findings = static_cast<int>(serviceFindings.size());
    }
    // Services with findings first: they are what the reviewer came to restrict.
    std::stable_partition(
        m_roots.begin(), m_roots.end(), [this](int s) { return m_nodes[static_cast<size_t>(s)].findings > 0; });
    for (size_t r = 0; r < m_roots.size(); ++r)
        m_nodes[static_cast<size_t>(m_roots[r])].row = static_cast<int>(r);
    updateCounts();
}

void ActionTreeModel::refresh()
{
    // Every row's counts may change with one edit. One layout change tells the views to look again at
    // everything they show; a dataChanged per parent (about 2,000 on AdministratorAccess) made each edit
    // take over a second in the tree view.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_boundary = m_document->boundary();
    updateCounts();
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void ActionTreeModel::updateCounts()
{
    const Catalog& catalog = Catalog::bundled();
    const BoundaryDraft& draft = m_boundary->draft;
    m_allowed = draft.allowedActions(catalog);
    ActionSet denied = catalog.emptySet();
    for (const std::string& p : draft.deniedActions)
        catalog.matchInto(p, denied);
    m_allowed -= denied;

    const SemanticDiff& diff = m_boundary->diff;
    m_diffIndex.assign(static_cast<size_t>(catalog.actionCount()), -1);
    for (size_t i = 0; i < diff.actions.size(); ++i)
        if (diff.actions[i].action >= 0)
            m_diffIndex[static_cast<size_t>(diff.actions[i].action)] = static_cast<int>(i);
    for (Node& n : m_nodes) {
        n.allowed = n.kept = n.removed = 0;
        for (int a : n.actions) {
            n.allowed += m_allowed.test(a) ? 1 : 0;
            n.kept += diff.after.test(a) ? 1 : 0;
            n.removed += diff.before.test(a) && !diff.after.test(a) ? 1 : 0;
        }
    }
}

const ActionTreeModel::Node* ActionTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[static_cast<size_t>(index.internalId())];
}

QModelIndex ActionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>& rows = parent.isValid() ? node(parent)->children : m_roots;
    if (row >= static_cast<int>(rows.size()) || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, static_cast<quintptr>(rows[static_cast<size_t>(row)]));
}

QModelIndex ActionTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[static_cast<size_t>(n->parent)].row, 0, static_cast<quintptr>(n->parent));
}

int ActionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(node(parent)->children.size());
}

int ActionTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ActionTreeModel::effectText(const Node& n) const
{
    if (n.kind != NodeKind::Action)
        return n.removed == 0 ? tr("%n kept", nullptr, n.kept) : tr("%1 kept, %2 removed").arg(n.kept).arg(n.removed);
    const int i = m_diffIndex[static_cast<size_t>(n.action)];
    if (i < 0)
        return tr("not granted");
    const ActionDiff& d = m_boundary->diff.actions[static_cast<size_t>(i)];
    if (!d.before)
        return tr("not granted");
    if (!d.after)
        return tr("removed");
    if (!d.resourcesDenied.empty())
        return tr("kept, denied on %n resource(s)", nullptr, static_cast<int>(d.resourcesDenied.size()));
    return tr("kept");
}

QVariant ActionTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = node(index);
    if (!n)
        return {};
    const Catalog& catalog = Catalog::bundled();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (n->kind == NodeKind::Service)
                return toQString(catalog.service(n->service).prefix);
            if (n->kind == NodeKind::Level)
                return accessLevelName(n->level);
            return toQString(catalog.action(n->action).name);
        case EffectColumn:
            return effectText(*n);
        case FindingsColumn:
            return n->findings > 0 ? QVariant(n->findings) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (n->kind == NodeKind::Service)
            return toQString(catalog.service(n->service).name);
        if (n->kind == NodeKind::Action)
            return toQString(catalog.actionName(n->action));
        return {};
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        if (n->allowed == 0)
            return Qt::Unchecked;
        return n->allowed == static_cast<int>(n->actions.size()) ? Qt::Checked : Qt::PartiallyChecked;
    case Qt::FontRole:
        if (index.column() == EffectColumn && n->removed > 0) {
            QFont f;
            f.setStrikeOut(n->kind == NodeKind::Action);
            f.setBold(n->kind != NodeKind::Action);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == FindingsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case NodeKindRole:
        return static_cast<int>(n->kind);
    case ActionNameRole:
        return n->kind == NodeKind::Action ? toQString(catalog.actionName(n->action)) : QString();
    case ServicePrefixRole:
        return toQString(catalog.service(n->service).prefix);
    case AccessLevelRole:
        return n->kind == NodeKind::Service ? 0 : static_cast<int>(n->level);
    case FindingCountRole:
        return n->findings;
    case KeptRole:
        return n->kept;
    case RemovedRole:
        return n->removed;
    }
    return {};
}

Qt::ItemFlags ActionTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ActionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // A short title: the column is as wide as its title, and every pixel of it is taken from the service names.
    if (role == Qt::ToolTipRole && section == EffectColumn)
        return tr("What the boundary being composed leaves of the vendor's grants");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Action");
    case EffectColumn:
        return tr("Boundary");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

QModelIndex ActionTreeModel::findAction(const QString& name) const
{
    const int a = Catalog::bundled().findAction(name.toStdString());
    if (a < 0)
        return {};
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == NodeKind::Action && m_nodes[i].action == a)
            return createIndex(m_nodes[i].row, 0, static_cast<quintptr>(i));
    return {};
}

std::vector<BoundaryEdit> ActionTreeModel::denyEdits(const Node& n) const
{
    const Catalog& catalog = Catalog::bundled();
    const BoundaryDraft& draft = m_boundary->draft;
    const std::string prefix(catalog.service(n.service).prefix);
    if (n.kind == NodeKind::Service) {
        // Prefer narrowing the allowed services: that is what "allow only these services" means.
        std::vector<std::string> services = draft.allowedServices;
        if (services.empty())
            for (int s : m_roots)
                services.emplace_back(catalog.service(m_nodes[static_cast<size_t>(s)].service).prefix);
        std::erase_if(services, [&](const std::string& s) { return sameText(s, prefix); });
        if (!services.empty())
            return { BoundaryEdit::allowOnlyServices(services) };
        return { BoundaryEdit::denyActions({ prefix + ":*" }) };
    }
    std::vector<std::string> names;
    for (int a : n.actions)
        if (m_allowed.test(a))
            names.push_back(catalog.actionName(a));
    if (names.empty())
        return {};
    return { BoundaryEdit::denyActions(names) };
}

std::vector<BoundaryEdit> ActionTreeModel::allowEdits(const Node& n) const
{
    const Catalog& catalog = Catalog::bundled();
    const BoundaryDraft& draft = m_boundary->draft;
    std::vector<BoundaryEdit> edits;
    const std::string prefix(catalog.service(n.service).prefix);
    if (!draft.allowedServices.empty() && !contains(draft.allowedServices, prefix)) {
        std::vector<std::string> services = draft.allowedServices;
        services.push_back(prefix);
        edits.push_back(BoundaryEdit::allowOnlyServices(services));
    }
    AccessLevels levels = draft.allowedLevels;
    for (int a : n.actions)
        if (draft.allowedLevels != 0)
            levels |= catalog.action(a).levels;
    if (levels != draft.allowedLevels)
        edits.push_back(BoundaryEdit::allowOnlyLevels(levels));
    // Take back the deny entries that name these actions, as long as they name nothing else the vendor keeps.
    std::vector<std::string> withdraw;
    for (const std::string& p : draft.deniedActions) {
        const ActionSet matched = catalog.match(p).actions;
        bool touches = false;
        for (int a : n.actions)
            touches = touches || matched.test(a);
        if (touches)
            withdraw.push_back(p);
    }
    if (!withdraw.empty())
        edits.push_back(BoundaryEdit::denyActions(withdraw).withdrawn());
    return edits;
}

bool ActionTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Node* n = node(index);
    if (!n || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const bool check = value.value<Qt::CheckState>() != Qt::Unchecked;
    const Catalog& catalog = Catalog::bundled();
    const QString what = n->kind == NodeKind::Service ? toQString(catalog.service(n->service).prefix)
        : n->kind == NodeKind::Level
        ? tr("%1 %2").arg(toQString(catalog.service(n->service).prefix), accessLevelName(n->level))
        : toQString(catalog.actionName(n->action));
    const std::vector<BoundaryEdit> edits = check ? allowEdits(*n) : denyEdits(*n);
    if (edits.empty())
        return false;
    m_document->pushBoundaryEdits(edits, check ? tr("Allow %1").arg(what) : tr("Deny %1").arg(what));
    return true;
}

} // namespace grantscope::ui
