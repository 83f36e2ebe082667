// Lints ../openapi.yaml with Spectral (spectral:oas, .spectral.yaml) and Redocly (recommended, redocly.yaml) and fails
// on any finding of either, warnings and hints included: the contract is read by tools we do not control.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { root } from './generate.mjs';

const contract = resolve(root, '../openapi.yaml');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const run = (command, args) => spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });

const spectral = run(bin('spectral'), ['lint', '--ruleset', '.spectral.yaml', '--fail-severity', 'hint', '--display-only-failures', contract]);
const spectralClean = spectral.status === 0;
process.stdout.write(spectral.stdout);
process.stderr.write(spectral.stderr);

const redocly = run(bin('redocly'), ['lint', '--config', 'redocly.yaml', '--format', 'stylish', '--max-problems', '1000', contract]);
const findings = (redocly.stdout + redocly.stderr).split('\n').filter((line) => /\b(error|warning)\b/.test(line) && /\d+:\d+/.test(line));
const redoclyClean = redocly.status === 0 && findings.length === 0;
if (!redoclyClean) {
  process.stdout.write(redocly.stdout);
  process.stderr.write(redocly.stderr);
}
console.log(`lint:api: Spectral ${spectralClean ? 'clean' : 'has findings'}, Redocly ${redoclyClean ? 'clean' : `${findings.length || 'has'} findings`}`);
process.exit(spectralClean && redoclyClean ? 0 : 1);
