// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/BoundaryUndoCommand.h"

namespace grantscope::ui {

BoundaryUndoCommand::BoundaryUndoCommand(
    BoundaryEdit edit, BoundaryDraft* draft, std::function<void()> changed, QUndoCommand* parent)
    : QUndoCommand(edit.description(), parent)
    , m_edit(std::move(edit))
    , m_draft(draft)
    , m_changed(std::move(changed))
{ }

void BoundaryUndoCommand::redo()
{
    m_edit.apply(*m_draft);
    if (m_changed)
        m_changed();
}

void BoundaryUndoCommand::undo()
{
    m_edit.revert(*m_draft);
    if (m_changed)
        m_changed();
}

} // namespace grantscope::ui
