// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryDraft.h"

#include <QString>
#include <string>
#include <vector>

namespace grantscope {

/**
 * One change a reviewer makes to a BoundaryDraft, as a value: an undoable command. `apply` makes the
 * change and remembers what it replaced; `revert` puts that back, so apply/revert pairs in LIFO order
 * (a QUndoStack's redo/undo) restore every earlier draft exactly. Adding an entry that is already there
 * and removing one that is not are no-ops (and their revert too).
 */
class BoundaryEdit {
public:
    /** The part of the draft an edit touches. */
    enum class Part { Base, Services, Levels, DeniedActions, ArnDenies, ConditionalDenies, ExceptDenies };
    enum class Mode { Set, Add, Remove };

    BoundaryEdit() = default;

    static BoundaryEdit setBase(BoundaryBase base, std::vector<std::string> vendorActions = {});
    /** Allow only these services (empty: every service). */
    static BoundaryEdit allowOnlyServices(std::vector<std::string> prefixes);
    /** Allow only these access levels (0: every level). */
    static BoundaryEdit allowOnlyLevels(AccessLevels levels);
    static BoundaryEdit denyActions(std::vector<std::string> patterns);
    static BoundaryEdit denyOnResources(std::vector<ArnDeny> entries);
    static BoundaryEdit denyWhen(ConditionalDeny deny);
    static BoundaryEdit denyExcept(ExceptDeny deny);

    /** The edit that takes back the entries this (Add) edit adds, e.g. to delete a deny from the list. */
    BoundaryEdit withdrawn() const;
    /** The same edit shown under another description (a mitigation's title). */
    BoundaryEdit withDescription(QString description) const;

    void apply(BoundaryDraft& draft);
    void revert(BoundaryDraft& draft) const;

    Part part() const { return m_part; }
    Mode mode() const { return m_mode; }
    /** The entries the edit sets, adds or removes, in the field of `part()` (other fields unused). */
    const BoundaryDraft& payload() const { return m_payload; }
    /** Translated, for the undo history ("Deny kms:Decrypt on *"). */
    QString description() const;

    /** Same change (part, mode, entries, description); what apply() remembered does not count. */
    friend bool operator==(const BoundaryEdit& a, const BoundaryEdit& b)
    {
        return a.m_part == b.m_part && a.m_mode == b.m_mode && a.m_payload == b.m_payload
            && a.m_description == b.m_description;
    }

private:
    BoundaryEdit(Part part, Mode mode)
        : m_part(part)
        , m_mode(mode)
    { }

    Part m_part = Part::DeniedActions;
    Mode m_mode = Mode::Add;
    BoundaryDraft m_payload;
    QString m_description; // empty: generated from the payload
    BoundaryDraft m_saved; // the touched part as it was before apply()
    bool m_applied = false;
};

} // namespace grantscope
