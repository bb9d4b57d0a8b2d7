// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of `grantscope-cli expand --json DIR`, written with @cloud-copilot/iam-expand (pinned in
// package.json to the iam-data version of resources/aws/catalog.tsv): for every DIR/*.json policy, the
// actions its Allow statements grant (Action expanded, NotAction inverted), lower case, sorted, as one
// JSON object keyed by file stem. tests/bench/compare_peer.sh times the two whole processes.
//
//   node tests/bench/peer/expand.mjs DIR > out.json   (NODE_PATH or a node_modules next to it)
import { expandIamActions, invertIamActions } from '@cloud-copilot/iam-expand';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function allowedActions(document) {
    const granted = new Set();
    for (const statement of asList(document.Statement)) {
        if (statement.Effect !== 'Allow')
            continue;
        const actions = statement.NotAction !== undefined
            ? await invertIamActions(asList(statement.NotAction))
            : await expandIamActions(asList(statement.Action), { expandAsterisk: true });
        for (const action of actions)
            granted.add(action.toLowerCase());
    }
    return Array.from(granted).sort();
}

const dir = process.argv[2];
if (!dir) {
    process.stderr.write('usage: node expand.mjs DIR\n');
    process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const results = {};
for (const file of files)
    results[basename(file, '.json')] = await allowedActions(JSON.parse(readFileSync(join(dir, file), 'utf8')));
const names = Object.keys(results).sort();
let out = '{';
names.forEach((name, i) => {
    out += (i ? ',' : '') + '\n  ' + JSON.stringify(name) + ': [' + results[name].map((a) => JSON.stringify(a)).join(', ') + ']';
});
out += names.length ? '\n}\n' : '}\n';
process.stdout.write(out);
