// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RiskScore.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLabel;

namespace grantscope::ui {

class AccessLevelByServiceModel;
class CategoryCountModel;
class ReviewDocument;
class ScoreCard;
class SeverityCountModel;
class ThirdPartySummary;

/**
 * The review at a glance, led by what was not reviewed (the parts of the package that can grant access
 * and that the review could not read, when there are any): the headline risk score with its grade, findings by
 * severity, findings by category (split by severity), and the granted actions of the busiest services by access level.
 * Each chart is drawn from its own item model and redrawn when the model changes; colours follow
 * the palette, dark or light.
 */
class DashboardView : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(ReviewDocument* document, QWidget* parent = nullptr);

    /** The score shown (false positives left out); nullopt without a review. */
    std::optional<RiskScore> score() const { return m_score; }

    SeverityCountModel* severityModel() const { return m_severityModel; }
    CategoryCountModel* categoryModel() const { return m_categoryModel; }
    AccessLevelByServiceModel* accessLevelModel() const { return m_accessModel; }
    /** The account export's third parties (hidden for a vendor package). */
    ThirdPartySummary* thirdParties() const { return m_thirdParties; }

Q_SIGNALS:
    /** The reviewer asked for the Third parties view. */
    void inventoryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateScore();
    void updateNotReviewed();
    void rebuildSeverityChart();
    void rebuildCategoryChart();
    void rebuildAccessChart();
    void rebuildAll();

    ReviewDocument* m_document;
    SeverityCountModel* m_severityModel;
    CategoryCountModel* m_categoryModel;
    AccessLevelByServiceModel* m_accessModel;
    ScoreCard* m_scoreCard;
    QLabel* m_notReviewed;
    ThirdPartySummary* m_thirdParties;
    QChartView* m_severityView;
    QChartView* m_categoryView;
    QChartView* m_accessView;
    std::optional<RiskScore> m_score;
    bool m_restyling = false;
};

} // namespace grantscope::ui
