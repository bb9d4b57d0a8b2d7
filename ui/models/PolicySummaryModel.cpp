// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PolicySummaryModel.h"

#include "catalog/Catalog.h"
#include "common/QtText.h"
#include "document/ReviewDocument.h"
#include "style/ShownText.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace grantscope::ui {

namespace {

constexpr quintptr kServiceRow = 0; // internal id of service rows; level rows carry service row + 1
constexpr int kShownResources = 3;
constexpr int kToolTipActions = 60;

QString resourceText(const std::string& resource)
{
    if (resource.starts_with("NOT "))
        return PolicySummaryModel::tr("all except %1").arg(toQString(resource.substr(4)));
    return toQString(resource);
}

QString paragraph(const QStringList& escapedLines)
{
    return QStringLiteral("<p>") + escapedLines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
}

} // namespace

PolicySummaryModel::PolicySummaryModel(ReviewDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::reviewChanged, this, [this] {
        m_subject = AllSubjects;
        reload();
    });
    reload();
}

void PolicySummaryModel::setSubject(int subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    reload();
}

std::vector<std::vector<const Policy*>> PolicySummaryModel::policiesBySubject() const
{
    std::vector<std::vector<const Policy*>> out;
    if (!m_review)
        return out;
    const ReviewSubject& package = m_review->package;
    auto policiesOf = [](const std::vector<PolicyRecord>& records) {
        std::vector<const Policy*> policies;
        for (const PolicyRecord& record : records)
            if (record.resolved)
                policies.push_back(&record.policy);
        return policies;
    };
    auto policyOf = [](const PolicyRecord& record) {
        return record.resolved ? std::vector<const Policy*> { &record.policy } : std::vector<const Policy*> {};
    };
    if (m_subject == AllSubjects) {
        for (const RoleRecord& role : package.roles)
            out.push_back(policiesOf(role.policies));
        for (const PolicyRecord& p : package.standalonePolicies)
            out.push_back(policyOf(p));
        return out;
    }
    const auto& subjects = m_review->analysis.subjects;
    if (m_subject < 0 || m_subject >= static_cast<int>(subjects.size()))
        return out;
    // analyzePackage lists roles, then stand-alone policies, then trust policies, each in package order.
    const std::string& kind = subjects[static_cast<size_t>(m_subject)].kind;
    int nth = 0;
    for (int i = 0; i < m_subject; ++i)
        nth += subjects[static_cast<size_t>(i)].kind == kind ? 1 : 0;
    if (kind == "role" && nth < static_cast<int>(package.roles.size()))
        out.push_back(policiesOf(package.roles[static_cast<size_t>(nth)].policies));
    else if (kind == "policy" && nth < static_cast<int>(package.standalonePolicies.size()))
        out.push_back(policyOf(package.standalonePolicies[static_cast<size_t>(nth)]));
    return out;
}

void PolicySummaryModel::reload()
{
    const quint64 generation = ++m_generation;
    std::shared_ptr<const Review> review = m_document->shared();
    // Each subject is summarised on its own: a Deny in one role's policy does not limit another role. The
    // pointers point into `review`, which the work below keeps alive.
    m_review = review;
    auto summarize = [review, subjects = policiesBySubject()] {
        std::vector<std::vector<ServiceSummary>> summaries;
        for (const std::vector<const Policy*>& policies : subjects)
            summaries.push_back(summarizePolicies(Catalog::bundled(), policies));
        return summaries.size() == 1 ? std::move(summaries.front()) : mergeSummaries(summaries);
    };
    if (!review || review->expansions.size() < ReviewDocument::kBackgroundPolicies) {
        beginResetModel();
        m_pending = 0;
        m_services = summarize();
        endResetModel();
        return;
    }
    // A large package: every policy is expanded again for the summary, which takes long enough to be felt.
    beginResetModel();
    m_pending = generation;
    m_services.clear();
    endResetModel();
    auto* watcher = new QFutureWatcher<std::vector<ServiceSummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_pending)
            return; // another review or subject was asked for since
        beginResetModel();
        m_pending = 0;
        m_services = watcher->result();
        endResetModel();
    });
    watcher->setFuture(QtConcurrent::run(std::move(summarize)));
}

QModelIndex PolicySummaryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kServiceRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PolicySummaryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kServiceRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kServiceRow);
}

int PolicySummaryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_services.size());
    if (parent.internalId() != kServiceRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_services[static_cast<size_t>(parent.row())].levels.size());
}

int PolicySummaryModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString PolicySummaryModel::accessLevelText(const ServiceSummary& service)
{
    if (service.fullAccess)
        return tr("Full access");
    QStringList full;
    QStringList limited;
    for (const AccessLevelSummary& level : service.levels)
        (level.full() ? full : limited) << accessLevelName(level.level);
    QStringList parts;
    if (!full.isEmpty())
        parts << tr("Full: %1").arg(full.join(QStringLiteral(", ")));
    if (!limited.isEmpty())
        parts << tr("Limited: %1").arg(limited.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

QVariant PolicySummaryModel::data(const QModelIndex& index, int role) const
{
    return shownData(rawData(index, role), role);
}

QVariant PolicySummaryModel::rawData(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kServiceRow)
        return serviceData(m_services[static_cast<size_t>(index.row())], index.column(), role);
    const ServiceSummary& service = m_services[static_cast<size_t>(index.internalId() - 1)];
    return levelData(service, service.levels[static_cast<size_t>(index.row())], index.column(), role);
}

QVariant PolicySummaryModel::serviceData(const ServiceSummary& s, int column, int role) const
{
    switch (role) {
    case ServicePrefixRole:
        return toQString(s.prefix);
    case AccessLevelRole:
        return 0;
    case GrantedRole:
        return s.grantedActions;
    case TotalRole:
        return s.totalActions;
    case FullAccessRole:
        return s.fullAccess;
    case Qt::DisplayRole:
        switch (column) {
        case ServiceColumn:
            return toQString(s.name);
        case AccessLevelColumn:
            return accessLevelText(s);
        case ResourcesColumn: {
            if (std::find(s.resources.begin(), s.resources.end(), "*") != s.resources.end())
                return tr("All resources");
            QStringList shown;
            for (size_t i = 0; i < s.resources.size() && static_cast<int>(i) < kShownResources; ++i)
                shown << resourceText(s.resources[i]);
            if (static_cast<int>(s.resources.size()) > kShownResources)
                shown << tr("%1 more").arg(s.resources.size() - kShownResources);
            return shown.join(QStringLiteral(", "));
        }
        case ConditionColumn: {
            if (s.conditions.empty())
                return tr("None");
            QStringList conditions;
            for (const std::string& c : s.conditions)
                conditions << toQString(c);
            return conditions.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case ServiceColumn:
            return paragraph(
                { QStringLiteral("%1 (%2)").arg(toQString(s.name).toHtmlEscaped(), toQString(s.prefix).toHtmlEscaped()),
                    tr("%1 of %2 actions granted").arg(s.grantedActions).arg(s.totalActions) });
        case ResourcesColumn: {
            QStringList lines;
            for (const std::string& r : s.resources)
                lines << (r == "*" ? tr("All resources") : resourceText(r)).toHtmlEscaped();
            return lines.isEmpty() ? QVariant() : QVariant(paragraph(lines));
        }
        case ConditionColumn: {
            QStringList lines;
            for (const std::string& c : s.conditions)
                lines << toQString(c).toHtmlEscaped();
            return lines.isEmpty() ? QVariant() : QVariant(paragraph(lines));
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PolicySummaryModel::levelData(
    const ServiceSummary& s, const AccessLevelSummary& level, int column, int role) const
{
    const Catalog& catalog = Catalog::bundled();
    switch (role) {
    case ServicePrefixRole:
        return toQString(s.prefix);
    case AccessLevelRole:
        return static_cast<int>(level.level);
    case GrantedRole:
        return level.granted;
    case TotalRole:
        return level.total;
    case FullAccessRole:
        return level.full();
    case ActionsRole: {
        QStringList names;
        for (int a : level.actions)
            names << toQString(catalog.actionName(a));
        return names;
    }
    case Qt::DisplayRole:
        if (column == ServiceColumn)
            return accessLevelName(level.level);
        if (column == AccessLevelColumn)
            return level.full() ? tr("Full (%1/%2)").arg(level.granted).arg(level.total)
                                : tr("Limited (%1/%2)").arg(level.granted).arg(level.total);
        return {};
    case Qt::ToolTipRole: {
        if (column != ServiceColumn && column != AccessLevelColumn)
            return {};
        QStringList lines;
        for (size_t i = 0; i < level.actions.size() && static_cast<int>(i) < kToolTipActions; ++i)
            lines << toQString(catalog.actionName(level.actions[i])).toHtmlEscaped();
        if (static_cast<int>(level.actions.size()) > kToolTipActions)
            lines << tr("… and %1 more").arg(level.actions.size() - kToolTipActions).toHtmlEscaped();
        return paragraph(lines);
    }
    default:
        return {};
    }
}

QVariant PolicySummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case AccessLevelColumn:
        return tr("Access level");
    case ResourcesColumn:
        return tr("Resource");
    case ConditionColumn:
        return tr("Request condition");
    default:
        return {};
    }
}

} // namespace grantscope::ui
