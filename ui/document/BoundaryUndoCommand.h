// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryEdit.h"

#include <QUndoCommand>

#include <functional>

namespace grantscope::ui {

/**
 * Puts one core BoundaryEdit on a QUndoStack: redo() applies it to the draft, undo() reverts it, and
 * both report the change through `changed` so the document can recompute what depends on the draft.
 */
class BoundaryUndoCommand : public QUndoCommand {
public:
    BoundaryUndoCommand(
        BoundaryEdit edit, BoundaryDraft* draft, std::function<void()> changed, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const BoundaryEdit& edit() const { return m_edit; }

private:
    BoundaryEdit m_edit;
    BoundaryDraft* m_draft;
    std::function<void()> m_changed;
};

} // namespace grantscope::ui
