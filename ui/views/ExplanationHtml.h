// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace grantscope {
struct Explanation;
}

namespace grantscope::ui {

/**
 * The body of an answer of the "Can the vendor do this?" panel as HTML: the policies the answer could not see
 * (first, in the warning colour: the answer is incomplete), the boundary in force, each statement that matched
 * with its conditions (operator, key, the policy's values, the request's, holds ✓ or ✗), and each statement that
 * did not match with the reason. A statement's location links to "loc:m<i>" (matched) or "loc:n<i>" (not
 * matched). Package text is made visible and escaped. `dark`: colours for a dark palette.
 */
QString explanationHtml(const Explanation& explanation, bool dark);

} // namespace grantscope::ui
