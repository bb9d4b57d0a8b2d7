#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates a SARIF log against the SARIF 2.1.0 JSON schema with python3-jsonschema.
#   validate_sarif.py SCHEMA LOG     exit 0: valid; 1: invalid (every error printed with its JSON path);
#                                    3: python3-jsonschema is missing
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(3)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        log = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(log), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        path = "/".join(str(p) for p in e.absolute_path)
        print(f"{sys.argv[2]}: /{path}: {e.message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
