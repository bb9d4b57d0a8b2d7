// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PackageTreeModel.h"

#include "common/QtText.h"
#include "document/ReviewDocument.h"

#include <QFileInfo>

namespace grantscope::ui {

PackageTreeModel::PackageTreeModel(ReviewDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::reviewChanged, this, &PackageTreeModel::reload);
    reload();
}

int PackageTreeModel::addNode(Node node)
{
    const int id = static_cast<int>(m_nodes.size());
    std::vector<int>& siblings = node.parent < 0 ? m_topLevel : m_nodes[static_cast<size_t>(node.parent)].children;
    node.row = static_cast<int>(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void PackageTreeModel::reload()
{
    beginResetModel();
    m_review = m_document->shared();
    m_nodes.clear();
    m_topLevel.clear();
    if (m_review) {
        const ReviewSubject& package = m_review->package;
        for (size_t r = 0; r < package.roles.size(); ++r) {
            const RoleRecord& role = package.roles[r];
            const int ri = static_cast<int>(r);
            const int roleNode = addNode({ NodeKind::Role, -1, 0, {}, toQString(role.name), role.file, role.location,
                nullptr, nullptr, ri, -1 });
            if (role.hasTrustPolicy) {
                const Policy& trust = role.trustPolicy;
                addNode({ NodeKind::TrustPolicy, roleNode, 0, {}, tr("Trust policy"),
                    trust.file.isEmpty() ? role.file : trust.file, trust.location, &trust, nullptr, ri, -1 });
            }
            for (size_t p = 0; p < role.policies.size(); ++p) {
                const PolicyRecord& record = role.policies[p];
                addNode({ NodeKind::AttachedPolicy, roleNode, 0, {}, toQString(record.name), record.file,
                    record.location, &record.policy, &record, ri, static_cast<int>(p) });
            }
            if (role.hasBoundary)
                addNode({ NodeKind::Boundary, roleNode, 0, {}, toQString(role.boundary.name), role.boundary.file,
                    role.boundary.location, &role.boundary.policy, &role.boundary, ri, -1 });
        }
        for (size_t p = 0; p < package.standalonePolicies.size(); ++p) {
            const PolicyRecord& record = package.standalonePolicies[p];
            addNode({ NodeKind::StandalonePolicy, -1, 0, {}, toQString(record.name), record.file, record.location,
                &record.policy, &record, -1, static_cast<int>(p) });
        }
        for (size_t t = 0; t < package.standaloneTrustPolicies.size(); ++t) {
            const Policy& trust = package.standaloneTrustPolicies[t];
            addNode({ NodeKind::StandaloneTrustPolicy, -1, 0, {}, toQString(trust.name), trust.file, trust.location,
                &trust, nullptr, -1, static_cast<int>(t) });
        }
    }
    endResetModel();
}

const PackageTreeModel::Node* PackageTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

QModelIndex PackageTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const std::vector<int>& siblings = parent.isValid() ? nodeAt(parent)->children : m_topLevel;
    return createIndex(row, column, static_cast<quintptr>(siblings[static_cast<size_t>(row)]));
}

QModelIndex PackageTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[static_cast<size_t>(node->parent)].row, 0, static_cast<quintptr>(node->parent));
}

int PackageTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node* node = nodeAt(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int PackageTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString PackageTreeModel::originName(PolicyOrigin origin)
{
    switch (origin) {
    case PolicyOrigin::Inline:
        return tr("Inline policy");
    case PolicyOrigin::CustomerManaged:
        return tr("Customer managed policy");
    case PolicyOrigin::AwsManaged:
        return tr("AWS managed policy");
    case PolicyOrigin::Standalone:
        return tr("Policy");
    }
    return {};
}

QString PackageTreeModel::typeText(const Node& node) const
{
    switch (node.kind) {
    case NodeKind::Role:
        return tr("Role");
    case NodeKind::TrustPolicy:
    case NodeKind::StandaloneTrustPolicy:
        return tr("Trust policy");
    case NodeKind::Boundary:
        return tr("Permissions boundary (%1)").arg(originName(node.record->origin));
    case NodeKind::AttachedPolicy:
    case NodeKind::StandalonePolicy:
        return originName(node.record->origin);
    }
    return {};
}

QVariant PackageTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = *nodeAt(index);
    const bool unresolved = node.record && !node.record->resolved;
    switch (role) {
    case FileRole:
        return node.file;
    case LineRole:
        return node.location.line;
    case ColumnRole:
        return node.location.column;
    case PolicyPointerRole:
        return QVariant::fromValue(node.policy);
    case RoleIndexRole:
        return node.roleIndex;
    case PolicyIndexRole:
        return node.policyIndex;
    case NodeKindRole:
        return static_cast<int>(node.kind);
    case OriginRole:
        return node.record ? static_cast<int>(node.record->origin) : -1;
    case ResolvedRole:
        return !unresolved;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return unresolved ? tr("%1 (unresolved)").arg(node.name) : node.name;
        case TypeColumn:
            return typeText(node);
        case LocationColumn: {
            if (node.file.isEmpty())
                return QString();
            const QString name = QFileInfo(node.file).fileName();
            return node.location.line > 0 ? name + QLatin1Char(':') + QString::number(node.location.line) : name;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (unresolved)
            return QStringLiteral("<p>%1</p>")
                .arg(tr("The document of %1 is not in the package: it is fetched or chosen at deploy time, so the "
                        "review cannot see what it grants.")
                         .arg(node.record->arn.empty() ? node.name : toQString(node.record->arn))
                         .toHtmlEscaped());
        if (node.record && !node.record->arn.empty())
            return QStringLiteral("<p>%1</p>").arg(toQString(node.record->arn).toHtmlEscaped());
        if (index.column() == LocationColumn && !node.file.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(node.file.toHtmlEscaped());
        return {};
    default:
        return {};
    }
}

QVariant PackageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace grantscope::ui
