// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryDraft.h"
#include "boundary/BoundaryEdit.h"
#include "common/Diagnostic.h"
#include "policy/Policy.h"

#include <optional>
#include <string>
#include <vector>

namespace grantscope {

class Catalog;

/**
 * The composer's draft that writes a boundary allowing and denying exactly what `boundary` does, so that
 * a boundary kept as a file (read by readBoundaryFile) can be edited again. The Allow statements (on "*",
 * without conditions) must grant a set the draft can say: every action, or the package's grants
 * (`vendorActions`), narrowed to some services and access levels; this is checked by comparing the
 * expanded sets, not the patterns, so a compacted or hand-written list of the same actions is accepted.
 * Deny statements become the draft's deny lists: on "*" (denied actions), on resource ARNs, under one
 * condition, or on everything except some resources (NotResource). A NotAction list (the compactor's last
 * resort) stands for the catalogue actions it does not name.
 *
 * What the draft cannot say is never bent into something else: an Allow with a condition or on resources,
 * a Deny with several conditions, an Allow set that no base, service and level choice gives, or action
 * patterns the catalogue does not know. Each is an Error naming the statement (with
 * its location), and nothing is returned.
 */
std::optional<BoundaryDraft> draftFromBoundary(const Policy& boundary, const Catalog& catalog,
    const std::vector<std::string>& vendorActions, Diagnostics& diagnostics);

/**
 * Edits that turn `from` into `to` (base, services, levels and every deny list), for one undoable step.
 * Applying them in order to `from` gives a draft equal to `to` apart from its name.
 */
std::vector<BoundaryEdit> editsReplacingDraft(const BoundaryDraft& from, const BoundaryDraft& to);

} // namespace grantscope
