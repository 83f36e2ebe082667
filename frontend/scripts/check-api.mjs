// Fails when src/api/schema.d.ts is not what openapi-typescript generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, '../openapi.yaml');
const committed = resolve(root, 'src/api/schema.d.ts');

if (!existsSync(spec)) {
  console.error(`check:api: ${spec} does not exist; build the backend first so it writes the contract.`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'stratum-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  // Same flags as the gen:api script in package.json.
  const flags = ['--default-non-nullable', 'false'];
  execFileSync(process.execPath, [resolve(root, 'node_modules/openapi-typescript/bin/cli.js'), spec, '-o', fresh, ...flags], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const a = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  const b = readFileSync(fresh, 'utf8');
  if (a !== b) {
    console.error(
      'check:api: src/api/schema.d.ts is out of date with ../openapi.yaml.\n' +
        '  Run `npm run gen:api` in frontend/, fix any type errors it reveals, and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api: src/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
