#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `grantscope-cli evaluate --cases` against its peer, @cloud-copilot/iam-simulate (tests/bench/peer/
# evaluate.mjs), whole process against whole process, on the same cases file: the 112 cases of
# tests/fixtures/evaluate/cases.json repeated to N requests (default 3,000). Prints both times (best of RUNS), the
# ratio, both peak memories and how many answers agree (the peer models a few things differently, such as
# sts:GetCallerIdentity needing no permission, and refuses some requests it cannot validate).
#
#   tests/bench/compare_evaluate.sh [BUILD_DIR] [RUNS] [N]     (defaults build/dev, 5 and 3000)
#
# The peer is installed once with npm into PEER_DIR (default /tmp/peer) from tests/bench/peer/package.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${1:-build/dev}
runs=${2:-5}
count=${3:-3000}
cli=$build/app/grantscope-cli
peer_dir=${PEER_DIR:-/tmp/peer}
[ -x "$cli" ] || { echo "no $cli: build the grantscope-cli target first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cases=$work/cases.json
python3 - "$cases" "$count" <<'PY'
import json, sys
base = json.load(open("tests/fixtures/evaluate/cases.json", encoding="utf-8"))
n = int(sys.argv[2])
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("[\n" + ",\n".join("  " + json.dumps(base[i % len(base)]) for i in range(n)) + "\n]\n")
PY

# Best wall-clock time of $runs runs in milliseconds, and the peak memory of the last run in MB.
best_ms() {
    local best=""
    for _ in $(seq "$runs"); do
        local start end us
        start=$(date +%s%N)
        "$@" > "$work/out" 2> /dev/null
        end=$(date +%s%N)
        us=$(( (end - start) / 1000 ))
        if [ -z "$best" ] || [ "$us" -lt "$best" ]; then best=$us; fi
    done
    local mb="?"
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%M" -o "$work/mem" "$@" > /dev/null 2>&1
        mb=$(awk '{ printf "%.0f", $1 / 1024 }' "$work/mem")
    fi
    awk -v us="$best" -v mb="$mb" 'BEGIN { printf "%.1f ms, %s MB", us / 1000, mb }'
}

echo "cases: $count requests ($(du -h "$cases" | cut -f1)); best of $runs runs each"
ours=$(best_ms "$cli" evaluate --cases "$cases")
cp "$work/out" "$work/ours.json"
echo "grantscope-cli evaluate --cases: $ours"

if command -v node > /dev/null && command -v npm > /dev/null; then
    if [ ! -d "$peer_dir/node_modules/@cloud-copilot/iam-simulate" ]; then
        mkdir -p "$peer_dir"
        cp tests/bench/peer/package.json "$peer_dir/"
        (cd "$peer_dir" && npm install --no-audit --no-fund --silent)
    fi
    cp tests/bench/peer/evaluate.mjs "$peer_dir/"
    version=$(node -p "require('$peer_dir/node_modules/@cloud-copilot/iam-simulate/package.json').version")
    theirs=$(best_ms node "$peer_dir/evaluate.mjs" "$cases")
    cp "$work/out" "$work/peer.json"
    echo "iam-simulate $version, node $(node --version): $theirs"
    awk -v a="${theirs%% ms*}" -v b="${ours%% ms*}" 'BEGIN { printf "ratio (peer / grantscope-cli): %.1fx\n", a / b }'
    python3 - "$work/ours.json" "$work/peer.json" <<'PY'
import json, sys
ours, peer = (json.load(open(p)) for p in sys.argv[1:3])
same = sum(1 for a, b in zip(ours, peer) if a["decision"] == b["decision"])
errors = sum(1 for b in peer if b["decision"] == "Error")
print(f"same decision for {same} of {len(ours)} requests; the peer refused {errors}")
PY
else
    echo "node/npm not found: no peer figures"
fi
