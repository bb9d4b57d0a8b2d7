// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QChartView;
class QLabel;

namespace grantscope::ui {

class ReviewDocument;

/**
 * The dashboard's summary of an account export's third parties (ReviewDocument::inventory(), the value the
 * Third parties view lists): how many vendors and roles, how many idle past the threshold and how many without a
 * strong External ID; the riskiest third parties by name; and a chart of the roles by worst finding, active and
 * inactive. Hidden when the package holds no export. A link asks the window for the Third parties view.
 */
class ThirdPartySummary : public QFrame {
    Q_OBJECT

public:
    explicit ThirdPartySummary(ReviewDocument* document, QWidget* parent = nullptr);

    /** The text shown (for tests and accessibility). */
    QString text() const;
    /** The chart's bars: roles per worst severity (critical first, then "none"), active and inactive. */
    QList<int> activeCounts() const { return m_active; }
    QList<int> inactiveCounts() const { return m_inactive; }

Q_SIGNALS:
    /** The reviewer asked for the whole list. */
    void inventoryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    void rebuildChart();
    static QString rolesText(int roles);

    ReviewDocument* m_document;
    QLabel* m_text;
    QChartView* m_chart;
    QList<int> m_active;
    QList<int> m_inactive;
    bool m_restyling = false;
};

} // namespace grantscope::ui
