// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary/BoundaryEdit.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace grantscope {

namespace {

// Translated under the context "BoundaryEdit" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BoundaryEdit)
};
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A list for a one-line description: the first few entries, then how many more.
QString joined(const std::vector<std::string>& values)
{
    constexpr size_t kShown = 5;
    QStringList out;
    for (size_t i = 0; i < values.size() && i < kShown; ++i)
        out << q(values[i]);
    QString text = out.join(QStringLiteral(", "));
    if (values.size() > kShown)
        text += QCoreApplication::translate(
            "BoundaryEdit", " and %n more", nullptr, static_cast<int>(values.size() - kShown));
    return text;
}

template <typename T> void addEntries(std::vector<T>& target, const std::vector<T>& entries)
{
    for (const T& e : entries)
        if (std::find(target.begin(), target.end(), e) == target.end())
            target.push_back(e);
}

template <typename T> void removeEntries(std::vector<T>& target, const std::vector<T>& entries)
{
    std::erase_if(target, [&](const T& e) { return std::find(entries.begin(), entries.end(), e) != entries.end(); });
}

template <typename T> void change(BoundaryEdit::Mode mode, std::vector<T>& target, const std::vector<T>& entries)
{
    switch (mode) {
    case BoundaryEdit::Mode::Set:
        target = entries;
        break;
    case BoundaryEdit::Mode::Add:
        addEntries(target, entries);
        break;
    case BoundaryEdit::Mode::Remove:
        removeEntries(target, entries);
        break;
    }
}

void copyPart(BoundaryEdit::Part part, const BoundaryDraft& from, BoundaryDraft& to)
{
    switch (part) {
    case BoundaryEdit::Part::Base:
        to.base = from.base;
        to.vendorActions = from.vendorActions;
        break;
    case BoundaryEdit::Part::Services:
        to.allowedServices = from.allowedServices;
        break;
    case BoundaryEdit::Part::Levels:
        to.allowedLevels = from.allowedLevels;
        break;
    case BoundaryEdit::Part::DeniedActions:
        to.deniedActions = from.deniedActions;
        break;
    case BoundaryEdit::Part::ArnDenies:
        to.arnDenies = from.arnDenies;
        break;
    case BoundaryEdit::Part::ConditionalDenies:
        to.conditionalDenies = from.conditionalDenies;
        break;
    case BoundaryEdit::Part::ExceptDenies:
        to.exceptDenies = from.exceptDenies;
        break;
    }
}

QString levelNames(AccessLevels levels)
{
    QStringList names;
    for (AccessLevel level : kAccessLevels)
        if (hasLevel(levels, level))
            names << accessLevelName(level);
    return names.join(QStringLiteral(", "));
}

QString conditionText(const ConditionClause& c)
{
    return QStringLiteral("%1 %2 = %3").arg(q(c.operatorText), q(c.key), joined(c.values));
}

} // namespace

BoundaryEdit BoundaryEdit::setBase(BoundaryBase base, std::vector<std::string> vendorActions)
{
    BoundaryEdit e(Part::Base, Mode::Set);
    e.m_payload.base = base;
    e.m_payload.vendorActions = std::move(vendorActions);
    return e;
}

BoundaryEdit BoundaryEdit::allowOnlyServices(std::vector<std::string> prefixes)
{
    BoundaryEdit e(Part::Services, Mode::Set);
    e.m_payload.allowedServices = std::move(prefixes);
    return e;
}

BoundaryEdit BoundaryEdit::allowOnlyLevels(AccessLevels levels)
{
    BoundaryEdit e(Part::Levels, Mode::Set);
    e.m_payload.allowedLevels = levels;
    return e;
}

BoundaryEdit BoundaryEdit::denyActions(std::vector<std::string> patterns)
{
    BoundaryEdit e(Part::DeniedActions, Mode::Add);
    e.m_payload.deniedActions = std::move(patterns);
    return e;
}

BoundaryEdit BoundaryEdit::denyOnResources(std::vector<ArnDeny> entries)
{
    BoundaryEdit e(Part::ArnDenies, Mode::Add);
    e.m_payload.arnDenies = std::move(entries);
    return e;
}

BoundaryEdit BoundaryEdit::denyWhen(ConditionalDeny deny)
{
    BoundaryEdit e(Part::ConditionalDenies, Mode::Add);
    e.m_payload.conditionalDenies.push_back(std::move(deny));
    return e;
}

BoundaryEdit BoundaryEdit::denyExcept(ExceptDeny deny)
{
    BoundaryEdit e(Part::ExceptDenies, Mode::Add);
    e.m_payload.exceptDenies.push_back(std::move(deny));
    return e;
}

BoundaryEdit BoundaryEdit::withdrawn() const
{
    BoundaryEdit e(m_part, m_mode == Mode::Add ? Mode::Remove : m_mode);
    e.m_payload = m_payload;
    return e;
}

BoundaryEdit BoundaryEdit::withDescription(QString description) const
{
    BoundaryEdit e(m_part, m_mode);
    e.m_payload = m_payload;
    e.m_description = std::move(description);
    return e;
}

void BoundaryEdit::apply(BoundaryDraft& draft)
{
    copyPart(m_part, draft, m_saved);
    m_applied = true;
    switch (m_part) {
    case Part::Base:
    case Part::Services:
    case Part::Levels:
        copyPart(m_part, m_payload, draft);
        break;
    case Part::DeniedActions:
        change(m_mode, draft.deniedActions, m_payload.deniedActions);
        break;
    case Part::ArnDenies:
        change(m_mode, draft.arnDenies, m_payload.arnDenies);
        break;
    case Part::ConditionalDenies:
        change(m_mode, draft.conditionalDenies, m_payload.conditionalDenies);
        break;
    case Part::ExceptDenies:
        change(m_mode, draft.exceptDenies, m_payload.exceptDenies);
        break;
    }
}

void BoundaryEdit::revert(BoundaryDraft& draft) const
{
    if (m_applied)
        copyPart(m_part, m_saved, draft);
}

QString BoundaryEdit::description() const
{
    if (!m_description.isEmpty())
        return m_description;
    const bool removing = m_mode == Mode::Remove;
    switch (m_part) {
    case Part::Base:
        return m_payload.base == BoundaryBase::AllowAll ? Tr::tr("Start from: allow everything")
                                                        : Tr::tr("Start from: the actions the vendor asks for");
    case Part::Services:
        return m_payload.allowedServices.empty()
            ? Tr::tr("Allow every service")
            : Tr::tr("Allow only the services %1").arg(joined(m_payload.allowedServices));
    case Part::Levels:
        return m_payload.allowedLevels
            ? Tr::tr("Allow only the access levels %1").arg(levelNames(m_payload.allowedLevels))
            : Tr::tr("Allow every access level");
    case Part::DeniedActions:
        return (removing ? Tr::tr("Stop denying %1") : Tr::tr("Deny %1")).arg(joined(m_payload.deniedActions));
    case Part::ArnDenies: {
        QStringList parts;
        for (const ArnDeny& d : m_payload.arnDenies)
            parts << Tr::tr("%1 on %2").arg(q(d.action), q(d.arn));
        return (removing ? Tr::tr("Stop denying %1") : Tr::tr("Deny %1")).arg(parts.join(QStringLiteral("; ")));
    }
    case Part::ConditionalDenies: {
        QStringList parts;
        for (const ConditionalDeny& d : m_payload.conditionalDenies)
            parts << Tr::tr("%1 when %2").arg(joined(d.actions), conditionText(d.condition));
        return (removing ? Tr::tr("Stop denying %1") : Tr::tr("Deny %1")).arg(parts.join(QStringLiteral("; ")));
    }
    case Part::ExceptDenies: {
        QStringList parts;
        for (const ExceptDeny& d : m_payload.exceptDenies)
            parts << Tr::tr("%1 except on %2").arg(joined(d.actions), joined(d.exceptResources));
        return (removing ? Tr::tr("Stop denying %1") : Tr::tr("Deny %1")).arg(parts.join(QStringLiteral("; ")));
    }
    }
    return {};
}

} // namespace grantscope
