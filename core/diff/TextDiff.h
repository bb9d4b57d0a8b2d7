// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace grantscope {

enum class LineChange { Equal, Added, Removed, Changed };

/** One row of a side-by-side diff. Line numbers are 1-based; 0 where a side has no line. */
struct DiffLine {
    LineChange change = LineChange::Equal;
    int leftLine = 0;
    int rightLine = 0;
    QString left;
    QString right;
    friend bool operator==(const DiffLine&, const DiffLine&) = default;
};

struct TextDiffResult {
    std::vector<DiffLine> lines;
    int added = 0; // rows with only a right line
    int removed = 0; // rows with only a left line
    int changed = 0; // rows pairing a removed and an added line
    bool identical() const { return added == 0 && removed == 0 && changed == 0; }
    friend bool operator==(const TextDiffResult&, const TextDiffResult&) = default;
};

/**
 * Side-by-side line diff of two texts (a shortest edit script from dtl). Within each block of changes,
 * removed and added lines are paired in order as "changed" rows; the surplus of either side stays
 * removed or added. "\r\n" and "\n" both end a line; a final newline does not add an empty line.
 */
class TextDiff {
public:
    static TextDiffResult compute(const QString& left, const QString& right);
};

} // namespace grantscope
