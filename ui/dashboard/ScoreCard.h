// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RiskScore.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace grantscope::ui {

/** The dashboard's headline: the risk score as a big number, its grade as a coloured badge, and why. */
class ScoreCard : public QFrame {
    Q_OBJECT

public:
    explicit ScoreCard(QWidget* parent = nullptr);

    /** Shows `score`, or the empty state without one; `facts` is a line of context under the explanation. */
    void setScore(const std::optional<RiskScore>& score, const QString& facts = {});

    /** Badge colour of a grade: green for A through red for F. */
    static QColor gradeColor(QChar grade);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateBadge();

    std::optional<RiskScore> m_score;
    QLabel* m_badge;
    QLabel* m_number;
    QLabel* m_outOf;
    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_facts;
};

} // namespace grantscope::ui
