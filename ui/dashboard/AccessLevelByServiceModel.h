// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <array>
#include <memory>
#include <vector>

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * The catalogue actions the package's Allow statements grant (every role and standalone policy,
 * AWS managed policies included; boundaries, denies and conditions not applied), counted per
 * service and access level, at most `limit()` rows. Each action counts once, under its primary
 * access level.
 *
 * By default the services where the package can change something (Write, Permissions management
 * and Tagging actions) come first, then by granted actions: a broad read-only managed policy such as
 * SecurityAudit grants hundreds of List and Read actions, and ranking by the total alone would push
 * the few write grants a reviewer must see (kms:Decrypt, ec2:StopInstances) out of the top rows.
 */
class AccessLevelByServiceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        ListColumn,
        ReadColumn,
        WriteColumn,
        PermissionsManagementColumn,
        TaggingColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role {
        ServicePrefixRole = Qt::UserRole + 1, // QString, "kms"
        AccessLevelRole, // int (AccessLevel) of a level column
    };

    enum class Ranking {
        WriteAccessFirst, // most Write + Permissions management + Tagging actions first, then most actions
        MostActions, // most granted actions first
    };

    explicit AccessLevelByServiceModel(ReviewDocument* document, QObject* parent = nullptr);

    Ranking ranking() const { return m_ranking; }
    void setRanking(Ranking ranking);

    int limit() const { return m_limit; }
    void setLimit(int limit);
    /** Services with granted actions, including those beyond the limit. */
    int serviceCount() const { return m_serviceCount; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The row of a service prefix, or -1. */
    int rowOf(const QString& prefix) const;
    /** The AccessLevel value a level column stands for (0 for the other columns). */
    static int accessLevelOfColumn(int column);

private:
    struct Row {
        int service = -1; // catalogue index
        std::array<int, 5> byLevel {}; // in column order: List, Read, Write, Permissions management, Tagging
        int total = 0;
        int changing() const { return byLevel[2] + byLevel[3] + byLevel[4]; }
    };
    void reload();
    void sortRows();

    ReviewDocument* m_document;
    std::shared_ptr<const Review> m_review;
    std::vector<Row> m_all; // every service with a grant, sorted
    Ranking m_ranking = Ranking::WriteAccessFirst;
    int m_limit = 12;
    int m_serviceCount = 0;
};

} // namespace grantscope::ui
