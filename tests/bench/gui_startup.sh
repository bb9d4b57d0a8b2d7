#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Time to first paint and to a usable window (review shown, findings table filled) of the desktop window for
# the sample package, AdministratorAccess and all 1,594 bundled AWS managed policies as a folder (one file
# each), and the longest time the window stood still while the folder loaded and while a boundary edit on it
# was shown in the side-by-side diff. The figures come from tst_responsiveness (offscreen platform; the window
# is created, shown and asked to open the package at time 0).
# Usage: tests/bench/gui_startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${1:-build/dev}
runs=${2:-3}
test=$build/tests/tst_responsiveness
[ -x "$test" ] || { echo "no $test: build the tst_responsiveness target first" >&2; exit 2; }

for run in $(seq "$runs"); do
    echo "run $run"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$test" 2>&1 | sed -n 's/^QINFO *: *TestResponsiveness::[A-Za-z]*([^)]*) *//p; s/^QINFO *: *TestResponsiveness::[A-Za-z]*() *//p'
done
