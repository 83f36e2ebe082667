// Regenerates src/api/schema.ts and src/api/rules.ts from ../openapi.yaml and ../rules.json.
import { resolve } from 'node:path';
import { generate, root } from './generate.mjs';

generate(resolve(root, 'src/api'));
console.log('gen:api: wrote src/api/schema.ts and src/api/rules.ts');
