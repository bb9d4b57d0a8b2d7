// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PolicySummary.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace grantscope {
struct Policy;
}

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * The IAM console's policy summary of one subject of the review (a role with all its attached
 * policies, a stand-alone policy) or of the whole package: one row per service, with one child row
 * per access level it grants.
 */
class PolicySummaryModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { ServiceColumn, AccessLevelColumn, ResourcesColumn, ConditionColumn, ColumnCount };
    enum Role {
        ServicePrefixRole = Qt::UserRole + 1, // QString, on service and level rows
        AccessLevelRole, // int (AccessLevel) on level rows, 0 on service rows
        GrantedRole, // int, granted actions of the service or level
        TotalRole, // int, actions of the service or level in the catalogue
        FullAccessRole, // bool: every action of the service or level is granted
        ActionsRole, // QStringList, granted actions of a level row ("kms:Decrypt")
    };
    /** setSubject() value: every policy of the package. */
    static constexpr int AllSubjects = -1;

    explicit PolicySummaryModel(ReviewDocument* document, QObject* parent = nullptr);

    /** Index into `analysis.subjects`, or AllSubjects. */
    int subject() const { return m_subject; }
    void setSubject(int subject);

    const std::vector<ServiceSummary>& summaries() const { return m_services; }
    /**
     * A summary is being made on a worker (for ReviewDocument::kBackgroundPolicies policies or more; the model is
     * empty meanwhile); a model reset follows.
     */
    bool isSummarizing() const { return m_pending != 0; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "Full: List, Read · Limited: Write", or "Full access". */
    static QString accessLevelText(const ServiceSummary& service);

private:
    /** data() before package text is made visible (shownData). */
    QVariant rawData(const QModelIndex& index, int role) const;
    void reload();
    std::vector<std::vector<const Policy*>> policiesBySubject() const;
    QVariant serviceData(const ServiceSummary& service, int column, int role) const;
    QVariant levelData(const ServiceSummary& service, const AccessLevelSummary& level, int column, int role) const;

    ReviewDocument* m_document;
    std::shared_ptr<const Review> m_review;
    int m_subject = AllSubjects;
    std::vector<ServiceSummary> m_services;
    quint64 m_generation = 0; // of the summary last asked for
    quint64 m_pending = 0; // generation being made on a worker; 0: none
};

} // namespace grantscope::ui
