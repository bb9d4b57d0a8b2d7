// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of `grantscope-cli evaluate --cases FILE`, written with @cloud-copilot/iam-simulate (pinned in
// package.json beside it): reads the same cases file (a JSON array of {identityPolicies, boundary, action,
// resource, context}), simulates each request as a role of the account 123456789012 calling into the same
// account, and prints [{"action", "resource", "decision"}] in grantscope-cli's spelling ("Allowed",
// "ImplicitlyDenied", "ExplicitlyDenied"; "Error" where the peer refuses the request).
// tests/bench/compare_evaluate.sh times the two whole processes.
//
//   node tests/bench/peer/evaluate.mjs CASES.json > out.json   (NODE_PATH or a node_modules next to it)
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { readFileSync } from 'node:fs';

const account = '123456789012';
const principal = `arn:aws:iam::${account}:role/vendor-role`;

const file = process.argv[2];
if (!file) {
    process.stderr.write('usage: node evaluate.mjs CASES.json\n');
    process.exit(2);
}
const cases = JSON.parse(readFileSync(file, 'utf8'));
const lines = [];
for (const c of cases) {
    const simulation = {
        request: {
            principal,
            action: c.action,
            resource: { resource: c.resource, accountId: account },
            contextVariables: c.context ?? {},
        },
        identityPolicies: c.identityPolicies.map((policy, i) => ({ name: `identity${i}`, policy })),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
    };
    if (c.boundary)
        simulation.permissionBoundaryPolicies = [{ name: 'boundary', policy: c.boundary }];
    const result = await runSimulation(simulation, {});
    const decision = result.resultType === 'error' ? 'Error' : result.overallResult;
    lines.push(`  {"action": ${JSON.stringify(c.action)}, "resource": ${JSON.stringify(c.resource)}, "decision": ${JSON.stringify(decision)}}`);
}
process.stdout.write(lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n');
