// Fails when src/api/schema.ts or src/api/rules.ts is not what gen:api makes of ../openapi.yaml and ../rules.json.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate, outputs, root } from './generate.mjs';

const dir = mkdtempSync(join(tmpdir(), 'stratum-api-'));
try {
  generate(dir);
  const stale = outputs.filter((name) => {
    const committed = resolve(root, 'src/api', name);
    return !existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(dir, name), 'utf8');
  });
  if (stale.length > 0) {
    console.error(
      `check:api: ${stale.map((n) => `src/api/${n}`).join(' and ')} out of date with ../openapi.yaml and ../rules.json.\n` +
        '  Run `npm run gen:api` in frontend/, fix any type errors it reveals, and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api: src/api/schema.ts and src/api/rules.ts match ../openapi.yaml and ../rules.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
