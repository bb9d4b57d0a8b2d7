#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory of `grantscope-cli analyze --json` and `--sarif` on the 1,594 bundled AWS managed policies as one
# package folder, 1, 4 and 16 copies of it (Name.json, Name-copy2.json, ...: 16 copies are 25,504 files, 127 MB),
# measured as the maximum resident set size of the whole process (GNU time). The goal: peak memory grows at most
# linearly with the package (ratio 16 copies / 1 copy at most 16) and the 16 copies stay under 400 MB.
#
#   tests/bench/analyze_memory.sh [BUILD_DIR] [COPIES...]     (defaults build/dev and 1 4 16)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${1:-build/dev}
shift || true
copies=("$@")
[ ${#copies[@]} -gt 0 ] || copies=(1 4 16)
cli=$build/app/grantscope-cli
[ -x "$cli" ] || { echo "no $cli: build the grantscope-cli target first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "${copies[@]}" <<'PY'
import os, sys
out, counts = sys.argv[1], [int(c) for c in sys.argv[2:]]
docs = []
with open("resources/aws/managed-policies.tsv", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        name, _arn, _version, _updated, document = line.rstrip("\n").split("\t", 4)
        docs.append((name, document))
for n in counts:
    folder = os.path.join(out, f"corpus-{n}")
    os.makedirs(folder)
    for name, document in docs:
        for c in range(1, n + 1):
            stem = name if c == 1 else f"{name}-copy{c}"
            with open(os.path.join(folder, stem + ".json"), "w", encoding="utf-8") as p:
                p.write(document + "\n")
PY

# Peak resident memory in MB and wall time in s of one run of the CLI.
measure() {
    /usr/bin/time -f "%M %e" -o "$work/time" "$cli" "$@" > /dev/null 2> "$work/err" || {
        [ $? -le 1 ] || { cat "$work/err" >&2; exit 1; }
    }
    awk '{ printf "%.1f MB, %.1f s", $1 / 1024, $2 }' "$work/time"
}

for format in --json --sarif; do
    first=""
    for n in "${copies[@]}"; do
        result=$(measure analyze "$format" -o /dev/null "$work/corpus-$n")
        echo "analyze $format, $n cop$([ "$n" = 1 ] && echo y || echo ies) ($(ls "$work/corpus-$n" | wc -l) files): $result"
        mb=${result%% MB*}
        [ -n "$first" ] || first=$mb
        last=$mb
        lastn=$n
    done
    awk -v a="$last" -v b="$first" -v n="$lastn" 'BEGIN { printf "ratio (%d copies / 1 copy): %.2f (linear: at most %d)\n", n, a / b, n }'
done
