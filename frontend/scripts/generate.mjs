// The SPA's generated API modules: src/api/schema.ts (types and enum value arrays from ../openapi.yaml) and
// src/api/rules.ts (the domain rules from ../rules.json, which the backend build writes). gen:api writes them,
// check:api fails when the committed ones differ.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sources = { spec: resolve(root, '../openapi.yaml'), rules: resolve(root, '../rules.json') };
export const outputs = ['schema.ts', 'rules.ts'];

/** Writes schema.ts and rules.ts into `dir`. */
export function generate(dir) {
  for (const file of Object.values(sources)) {
    if (!existsSync(file)) {
      console.error(`${file} does not exist; build the backend first (make build) so it writes it.`);
      process.exit(1);
    }
  }
  const cli = resolve(root, 'node_modules/openapi-typescript/bin/cli.js');
  execFileSync(process.execPath, [cli, sources.spec, '-o', join(dir, 'schema.ts'), '--default-non-nullable', 'false', '--enum-values'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const rules = JSON.parse(readFileSync(sources.rules, 'utf8'));
  writeFileSync(
    join(dir, 'rules.ts'),
    '// Generated from ../rules.json (written by the backend build from the classes that own each rule).\n' +
      '// Do not edit: run `npm run gen:api`.\n' +
      `export const rules = ${JSON.stringify(rules, null, 2)} as const;\n`,
  );
}
