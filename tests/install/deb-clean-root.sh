#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs GrantScope's Debian package in a clean Debian 12 root and runs it there: the package's
# declared dependencies alone must be enough for the command line tool, a PDF report (the module it
# loads), a zipped package (libarchive, loaded on demand) and an offscreen screenshot of the window.
# Needs root, debootstrap, python3 and the network (Debian's mirror); it is not part of ctest for that
# reason.
#
#   sudo tests/install/deb-clean-root.sh build/release/grantscope_0.1.0_amd64.deb [ROOT]
#
# ROOT (default: a new temporary folder) is created with `debootstrap --variant=minbase bookworm` unless
# it already holds a Debian root; it is left in place for inspection.
set -euo pipefail

deb=${1:?usage: deb-clean-root.sh PACKAGE.deb [ROOT]}
root=${2:-$(mktemp -d /tmp/grantscope-deb-root.XXXXXX)}
here=$(cd "$(dirname "$0")/../.." && pwd)

if [[ ! -x $root/usr/bin/apt-get ]]; then
    command -v debootstrap >/dev/null || { echo "debootstrap is needed (apt-get install debootstrap)" >&2; exit 2; }
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

cp "$deb" "$root/tmp/grantscope.deb"
cp "$here/resources/sample/acme-observability-onboarding.yaml" "$root/tmp/sample.yaml"
# The sample zipped (written here: the minimal root has no zip tool), read through libarchive, which the program
# loads only for archives and the package declares by hand.
(cd "$root/tmp" && python3 -m zipfile -c sample.zip sample.yaml)
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

in_root apt-get update -q
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/grantscope.deb

echo "== installed files"
in_root dpkg -L grantscope | grep -E 'bin/|\.so|\.desktop|metainfo|mime/packages|man1|completion|hicolor/scalable'
echo "== grantscope-cli --version"
in_root grantscope-cli --version
# Prints the summary line of `analyze --brief PATH` in the root; fails unless analyze exits 0 or 1 (1 only if
# --fail-on were given).
summary_of() {
    local out status
    set +e
    out=$(in_root grantscope-cli analyze --brief "$1")
    status=$?
    set -e
    [[ $status == 0 || $status == 1 ]] || { echo "analyze of $1 failed with $status" >&2; exit 1; }
    tail -n 1 <<< "$out"
}
echo "== analyze the sample"
plain=$(summary_of /tmp/sample.yaml)
echo "$plain"
echo "== the same sample zipped (libarchive loaded on demand)"
zipped=$(summary_of /tmp/sample.zip)
echo "$zipped"
[[ $zipped == "$plain" ]] || { echo "the zipped sample reviews differently" >&2; exit 1; }
echo "== PDF report through the loadable module"
in_root grantscope-cli report --format pdf -o /tmp/report.pdf /tmp/sample.yaml
head -c 5 "$root/tmp/report.pdf" | grep -q '%PDF-' || { echo "no PDF written" >&2; exit 1; }
echo "== offscreen screenshot of the window"
in_root grantscope --screenshot /tmp/dashboard.png --size 1280x720 /tmp/sample.yaml
head -c 8 "$root/tmp/dashboard.png" | grep -q 'PNG' || { echo "no PNG written" >&2; exit 1; }
cp "$root/tmp/dashboard.png" "${TMPDIR:-/tmp}/grantscope-deb-dashboard.png"
echo "ok: the package installs and runs in $root (screenshot: ${TMPDIR:-/tmp}/grantscope-deb-dashboard.png)"
