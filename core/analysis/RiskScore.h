// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"

#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace grantscope {

struct PackageAnalysis;

/**
 * The headline risk of a package: a score from 0 (nothing found) to 100, and a grade A–F.
 *
 * The score is documented so that a reviewer can recompute it by hand:
 *
 *  1. Each severity s has a weight w(s): Critical 30, High 10, Medium 3, Low 1, Info 0.
 *  2. Diminishing returns: the findings are ordered by weight, heaviest first, and the k-th
 *     (k = 1, 2, …) counts w · 0.8^(k−1). The masses add up to R, at most 5 · 30 = 150. Because
 *     the ordering is by weight, raising a finding's severity or adding a finding never lowers R.
 *  3. The raw score is 100 · (1 − e^(−R/30)), which saturates below 100.
 *  4. The worst severity sets a floor: any Critical ≥ 75, any High ≥ 40, any Medium ≥ 15, any
 *     Low ≥ 5. A single critical finding alone therefore gives grade F, and no number of medium
 *     and low findings reaches it (their R stays below 5 · 3 = 15, a raw score of 39).
 *  5. score = round(max(raw, floor)).
 *
 * Grades: A 0–14, B 15–39, C 40–59, D 60–74, F 75–100.
 *
 * Guarantees: 0 ≤ score ≤ 100; score is 0 exactly when no finding above Info counts; adding a
 * finding, or raising one's severity, never lowers the score (every step is monotone).
 */
struct RiskScore {
    int score = 0;
    QChar grade = QLatin1Char('A');
    std::array<int, 5> counted {}; // findings counted, by Severity
    int excluded = 0; // findings left out (e.g. marked false positive by the reviewer)
    std::optional<Severity> worst; // highest counted severity above Info

    /** One translated sentence that says what drives the score ("4 high and 3 medium findings; …"). */
    QString explanation() const;
    friend bool operator==(const RiskScore&, const RiskScore&) = default;
};

/** Scores findings counted per Severity (index = static_cast<int>(Severity)). */
RiskScore riskScoreFromCounts(const std::array<int, 5>& counts);

/**
 * Scores `analysis.findings`; `excluded(index)`, when given, leaves out the finding at that index
 * (the reviewer judged it a false positive).
 */
RiskScore computeRiskScore(const PackageAnalysis& analysis, const std::function<bool(int)>& excluded = {});

/** The grade of a score: A (0–14), B (15–39), C (40–59), D (60–74), F (75–100). */
QChar riskGrade(int score);

} // namespace grantscope
