// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RiskScore.h"

#include "analysis/PackageAnalysis.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace grantscope {

namespace {

constexpr std::array<double, 5> kWeight = { 0.0, 1.0, 3.0, 10.0, 30.0 }; // Info, Low, Medium, High, Critical
constexpr std::array<double, 5> kFloor = { 0.0, 5.0, 15.0, 40.0, 75.0 };
constexpr double kDecay = 0.8;
constexpr double kSaturation = 30.0;

// Translated under the context "RiskScore" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RiskScore)
};

QString levelPhrase(Severity severity, int n)
{
    return Tr::tr("%1 (%2)").arg(severityName(severity).toLower()).arg(n);
}

} // namespace

QChar riskGrade(int score)
{
    if (score < 15)
        return QLatin1Char('A');
    if (score < 40)
        return QLatin1Char('B');
    if (score < 60)
        return QLatin1Char('C');
    if (score < 75)
        return QLatin1Char('D');
    return QLatin1Char('F');
}

RiskScore riskScoreFromCounts(const std::array<int, 5>& counts)
{
    RiskScore result;
    double mass = 0.0;
    double floor = 0.0;
    double factor = 1.0;
    for (size_t s = counts.size(); s-- > 0;) {
        const int n = std::max(counts[s], 0);
        result.counted[s] = n;
        if (n == 0)
            continue;
        floor = std::max(floor, kFloor[s]);
        if (s > 0 && !result.worst)
            result.worst = static_cast<Severity>(s);
        // Heaviest first, so each finding's factor 0.8^(k-1) follows its rank among all findings.
        for (int k = 0; k < n && factor > 1e-9; ++k) {
            mass += kWeight[s] * factor;
            factor *= kDecay;
        }
    }
    const double raw = 100.0 * (1.0 - std::exp(-mass / kSaturation));
    result.score = std::clamp(static_cast<int>(std::lround(std::max(raw, floor))), 0, 100);
    result.grade = riskGrade(result.score);
    return result;
}

RiskScore computeRiskScore(const PackageAnalysis& analysis, const std::function<bool(int)>& excluded)
{
    std::array<int, 5> counts {};
    int left = 0;
    for (size_t i = 0; i < analysis.findings.size(); ++i) {
        if (excluded && excluded(static_cast<int>(i))) {
            ++left;
            continue;
        }
        ++counts[static_cast<size_t>(analysis.findings[i].severity)];
    }
    RiskScore result = riskScoreFromCounts(counts);
    result.excluded = left;
    return result;
}

QString RiskScore::explanation() const
{
    if (!worst) {
        const int info = counted[static_cast<size_t>(Severity::Info)];
        return info > 0 ? Tr::tr("Only informational findings (%1).").arg(info) : Tr::tr("No findings.");
    }
    // The worst severity drives the score (its floor and its weight); the rest only add to it.
    const Severity top = *worst;
    const QString lead = levelPhrase(top, counted[static_cast<size_t>(top)]);
    QStringList rest;
    for (int s = static_cast<int>(top) - 1; s >= static_cast<int>(Severity::Low); --s)
        if (counted[static_cast<size_t>(s)] > 0)
            rest << levelPhrase(static_cast<Severity>(s), counted[static_cast<size_t>(s)]);
    QString text = rest.isEmpty()
        ? Tr::tr("Driven by findings of severity %1.").arg(lead)
        : Tr::tr("Driven by findings of severity %1; %2 add to it.").arg(lead, rest.join(QStringLiteral(", ")));
    if (excluded > 0)
        text += QLatin1Char(' ') + Tr::tr("False positives left out: %1.").arg(excluded);
    return text;
}

} // namespace grantscope
