// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace grantscope::ui {

class AccessGraph;

/**
 * The hover text of a node, as Qt rich text: what it is, where it is defined (file:line), the
 * statements that grant it (policy, Sid, file:line, resources, conditions) and the findings
 * that touch it. Every value read from the package is HTML-escaped.
 */
class GraphToolTip {
public:
    static QString forNode(const AccessGraph& graph, int node);
};

} // namespace grantscope::ui
