// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/SeverityReason.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "SeverityReason" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeverityReason)
};

Severity moved(Severity from, int change)
{
    return static_cast<Severity>(std::clamp(static_cast<int>(from) + change, 0, 4));
}

QString lowerName(Severity s)
{
    return severityName(s).toLower();
}

QString stepText(Severity from, Severity to, const QString& reason)
{
    if (to < from)
        return Tr::tr("lowered to %1: %2").arg(lowerName(to), reason);
    if (to > from)
        return Tr::tr("raised to %1: %2").arg(lowerName(to), reason);
    return Tr::tr("kept at %1: %2").arg(lowerName(to), reason);
}

} // namespace

SeverityAssessment& SeverityAssessment::step(int change, const QString& reason)
{
    if (change != 0 || !reason.isEmpty())
        steps.push_back({ change, reason });
    return *this;
}

Severity SeverityAssessment::severity() const
{
    Severity s = base;
    for (const SeverityStep& st : steps)
        s = moved(s, st.change);
    return s;
}

QString SeverityAssessment::text() const
{
    QString out = baseReason.isEmpty() ? Tr::tr("%1 (the rule's base)").arg(lowerName(base))
                                       : Tr::tr("%1 (base: %2)").arg(lowerName(base), baseReason);
    Severity s = base;
    for (const SeverityStep& st : steps) {
        const Severity next = moved(s, st.change);
        out += QStringLiteral("; ") + stepText(s, next, st.reason);
        s = next;
    }
    return out;
}

void SeverityAssessment::applyTo(Finding& finding) const
{
    finding.severity = severity();
    finding.severityReason = text();
}

void applySeverityStep(Finding& finding, int change, const QString& reason)
{
    const Severity next = moved(finding.severity, change);
    if (finding.severityReason.isEmpty())
        finding.severityReason = Tr::tr("%1 (the rule's base)").arg(lowerName(finding.severity));
    finding.severityReason += QStringLiteral("; ") + stepText(finding.severity, next, reason);
    finding.severity = next;
}

} // namespace grantscope
