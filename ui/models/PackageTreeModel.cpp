// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PackageTreeModel.h"

#include "common/QtText.h"
#include "document/ReviewDocument.h"
#include "report/SubjectLabels.h"
#include "style/ShownText.h"

#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>

namespace grantscope::ui {

namespace {

// A small lettered tile per kind of subject, so roles, users, groups and resource policies read apart
// at a glance; a conditional subject's tile has a dashed rim, as in the graph.
QIcon kindIcon(const std::string& kind, bool conditional)
{
    static QHash<QString, QIcon> cache;
    const QString key = QString::fromStdString(kind) + (conditional ? QStringLiteral("?") : QString());
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QColor color(0x25, 0x63, 0xeb);
    QString letter = QStringLiteral("R");
    if (kind == "user") {
        color = QColor(0x0d, 0x94, 0x88);
        letter = QStringLiteral("U");
    } else if (kind == "group") {
        color = QColor(0x65, 0xa3, 0x0d);
        letter = QStringLiteral("G");
    } else if (kind == "resource-policy") {
        color = QColor(0xc2, 0x41, 0x0c);
        letter = QStringLiteral("P");
    }
    QIcon icon;
    for (int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box(size * 0.08, size * 0.08, size * 0.84, size * 0.84);
        painter.setBrush(conditional ? color.lighter(170) : color);
        QPen pen(color.darker(130), size / 12.0);
        pen.setStyle(conditional ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawRoundedRect(box, size * 0.2, size * 0.2);
        QFont font;
        font.setBold(true);
        font.setPixelSize(size * 10 / 16);
        painter.setFont(font);
        painter.setPen(conditional ? color.darker(150) : QColor(Qt::white));
        painter.drawText(box, Qt::AlignCenter, letter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace

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
        // Roles first, then the other ways in: users, groups, resource policies; package order within each.
        const std::array<const char*, 4> kinds { "role", "user", "group", "resource-policy" };
        std::vector<size_t> order;
        for (const char* kind : kinds)
            for (size_t r = 0; r < package.roles.size(); ++r)
                if (package.roles[r].kind == kind)
                    order.push_back(r);
        for (size_t r = 0; r < package.roles.size(); ++r)
            if (std::find(kinds.begin(), kinds.end(), package.roles[r].kind) == kinds.end())
                order.push_back(r);
        for (size_t r : order) {
            const RoleRecord& role = package.roles[r];
            const int ri = static_cast<int>(r);
            Node subject { NodeKind::Role, -1, 0, {}, toQString(role.name), role.file, role.location, nullptr, nullptr,
                ri, -1 };
            subject.subject = &role;
            const int roleNode = addNode(std::move(subject));
            if (role.hasTrustPolicy) {
                const Policy& trust = role.trustPolicy;
                addNode({ NodeKind::TrustPolicy, roleNode, 0, {},
                    role.kind == "resource-policy" ? tr("Who it lets in") : tr("Trust policy"),
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

const RoleRecord* PackageTreeModel::subjectOf(const Node& node) const
{
    if (node.subject)
        return node.subject;
    if (!m_review || node.roleIndex < 0 || static_cast<size_t>(node.roleIndex) >= m_review->package.roles.size())
        return nullptr;
    return &m_review->package.roles[static_cast<size_t>(node.roleIndex)];
}

QString PackageTreeModel::condition(const Node& node) const
{
    if (node.subject && !node.subject->condition.empty())
        return toQString(node.subject->condition);
    if (node.record && !node.record->condition.empty())
        return toQString(node.record->condition);
    return {};
}

QString PackageTreeModel::typeText(const Node& node) const
{
    QString text;
    switch (node.kind) {
    case NodeKind::Role: {
        std::vector<std::string> policies;
        for (const PolicyRecord& p : node.subject->policies)
            policies.push_back(p.name);
        text = subjectKindName(node.subject->kind, node.subject->name, policies);
        if (!node.subject->deployment.empty())
            text += QStringLiteral(" · ") + tr("other accounts");
        break;
    }
    case NodeKind::TrustPolicy:
        return subjectOf(node) && subjectOf(node)->kind == "resource-policy" ? tr("Resource policy statements")
                                                                             : tr("Trust policy");
    case NodeKind::StandaloneTrustPolicy:
        return tr("Trust policy");
    case NodeKind::Boundary:
        return tr("Permissions boundary (%1)").arg(originName(node.record->origin));
    case NodeKind::AttachedPolicy:
    case NodeKind::StandalonePolicy:
        text = originName(node.record->origin);
        break;
    }
    if (!condition(node).isEmpty())
        text += QStringLiteral(" · ") + tr("conditional");
    return text;
}

QString PackageTreeModel::toolTip(const Node& node, int column) const
{
    QStringList parts;
    if (node.subject) {
        if (!node.subject->deployment.empty())
            parts << deploymentText(node.subject->deployment).toHtmlEscaped();
        if (node.subject->kind == "resource-policy")
            parts << tr("A resource policy that lets principals outside the customer's account in; what they get is "
                        "reviewed like a role's permissions.")
                         .toHtmlEscaped();
    }
    if (const QString c = condition(node); !c.isEmpty())
        parts << conditionalText(c.toStdString()).toHtmlEscaped() + QStringLiteral("<br>")
                + tr("Reviewed whatever the condition evaluates to; its findings keep their severity.").toHtmlEscaped();
    if (node.record && !node.record->resolved)
        parts << tr("The document of %1 is not in the package: it is fetched or chosen at deploy time, so the "
                    "review cannot see what it grants.")
                     .arg(node.record->arn.empty() ? node.name : toQString(node.record->arn))
                     .toHtmlEscaped();
    else if (node.record && !node.record->arn.empty())
        parts << toQString(node.record->arn).toHtmlEscaped();
    if (parts.isEmpty() && column == LocationColumn && !node.file.isEmpty())
        parts << node.file.toHtmlEscaped();
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<p>") + parts.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>");
}

QVariant PackageTreeModel::data(const QModelIndex& index, int role) const
{
    return shownData(rawData(index, role), role);
}

QVariant PackageTreeModel::rawData(const QModelIndex& index, int role) const
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
    case SubjectKindRole:
        return node.subject ? toQString(node.subject->kind) : QString();
    case ConditionRole:
        return condition(node);
    case DeploymentRole:
        return node.subject ? toQString(node.subject->deployment) : QString();
    case Qt::DecorationRole:
        if (index.column() == NameColumn && node.subject)
            return kindIcon(node.subject->kind, !node.subject->condition.empty());
        return {};
    case Qt::FontRole: {
        if (condition(node).isEmpty())
            return {};
        QFont font;
        font.setItalic(true); // created only under a template condition
        return font;
    }
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
    case Qt::ToolTipRole: {
        const QString tip = toolTip(node, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
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
