// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <array>
#include <memory>

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * The findings of the current review, one row per finding in the order of
 * `PackageAnalysis::findings` (row == finding index), with the reviewer's decision and note as
 * editable columns that write through to the ReviewDocument.
 */
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        TitleColumn,
        SubjectColumn,
        ConditionColumn, // "conditional" when the grant exists only under a template condition
        ActionsColumn,
        ResourcesColumn,
        LocationColumn,
        DecisionColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int (Severity)
        FindingIndexRole, // int, index into analysis.findings
        FileRole, // QString, the file the finding points at
        LineRole, // int, 1-based, 0 when unknown
        ColumnRole, // int, 1-based, 0 when unknown
        CategoryRole, // QString
        DecisionRole, // int (FindingDecision)
        ActionCountRole, // int
        SearchTextRole, // QString: rule, title, actions, resources and file, for filtering
        ConditionRole, // QString: "only when ..." for a grant created only under a template condition, else empty
        SubjectKindRole, // QString: "role", "user", "group", "resource-policy", ...; empty for the package itself
        NotReviewedRole, // bool: the finding names a part of the package that was not reviewed
    };

    explicit FindingsModel(ReviewDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /** The finding of `row`, or nullptr. */
    const Finding* finding(int row) const;

    /** Translated name of a decision, as the Decision column and the decision combos show it. */
    static QString decisionName(FindingDecision decision);
    /** A colour for a severity that reads on light and dark backgrounds alike. */
    static QColor severityColor(Severity severity);

private:
    /** data() before package text is made visible (shownData). */
    QVariant rawData(const QModelIndex& index, int role) const;
    void reload();
    QIcon severityIcon(Severity severity) const;
    QString severityToolTip(const Finding& finding) const;

    ReviewDocument* m_document;
    std::shared_ptr<const Review> m_review;
    mutable std::array<QIcon, 5> m_icons;
};

} // namespace grantscope::ui
