// Lint: import cycles and the SPA's import rules (docs/architecture.md, "SPA"), React hooks, TypeScript basics.
// Formatting is Prettier's job (`npm run format:check`); eslint-config-prettier turns off rules that clash with it.
import { readdirSync } from 'node:fs';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Which features a feature may import, besides itself, src/api and src/components. A page that composes
 * several features belongs in src/app/routes instead. Every folder under src/features must be listed here.
 */
const FEATURE_IMPORTS = {
  auth: [],
  users: ['auth'],
  settings: ['auth', 'users'],
  tokens: ['auth', 'users'],
  audit: ['auth', 'users'],
  tiers: ['auth', 'users'],
  accounts: ['auth', 'users', 'risk'],
  contacts: ['auth', 'users', 'accounts'],
  imports: ['auth'],
  qbrs: ['auth', 'users', 'accounts', 'contacts', 'tasks'],
  opportunities: ['auth', 'users', 'accounts', 'competition'],
  survey: ['qbrs'],
  templates: ['auth'],
  workload: ['auth', 'users'],
  handoffs: ['auth', 'users', 'accounts'],
  activities: ['auth', 'users', 'accounts', 'contacts'],
  tasks: ['auth', 'users', 'accounts'],
  myday: ['auth', 'tasks'],
  events: ['auth', 'users', 'accounts', 'contacts', 'opportunities'],
  notifications: ['auth'],
  revenue: ['auth'],
  contracts: ['auth', 'users', 'accounts'],
  retention: ['auth', 'users'],
  alerts: ['auth', 'users', 'accounts', 'competition'],
  webhooks: ['auth'],
  plans: ['auth', 'users', 'accounts'],
  scorecard: ['auth', 'users'],
  competition: ['auth'],
  risk: ['auth', 'users'],
};

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const unlisted = features.filter((f) => !(f in FEATURE_IMPORTS));
if (unlisted.length > 0) {
  throw new Error(`eslint.config.js: add ${unlisted.join(', ')} to FEATURE_IMPORTS (which features it may import).`);
}

// The allowed imports must not themselves form a cycle (a → b → a would let two features grow into one).
const visit = (feature, path) => {
  if (path.includes(feature)) throw new Error(`eslint.config.js: FEATURE_IMPORTS has a cycle: ${[...path, feature].join(' → ')}`);
  for (const next of FEATURE_IMPORTS[feature] ?? []) visit(next, [...path, feature]);
};
Object.keys(FEATURE_IMPORTS).forEach((feature) => visit(feature, []));

const zones = [
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import src/app; move a page that needs the app shell or several features to src/app/routes.',
  },
  {
    target: ['./src/api', './src/components'],
    from: ['./src/features', './src/app'],
    message: 'src/api and src/components are shared by every feature and import none of them.',
  },
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature && !FEATURE_IMPORTS[feature].includes(other))
      .map((other) => ({
        target: `./src/features/${feature}`,
        from: `./src/features/${other}`,
        message: `${feature} may import only ${FEATURE_IMPORTS[feature].join(', ') || 'no other feature'} (FEATURE_IMPORTS in eslint.config.js); a page that composes features belongs in src/app/routes.`,
      })),
  ),
];

export default defineConfig(
  globalIgnores(['dist', 'node_modules', 'playwright-report', 'test-results', 'src/api/schema.ts', 'src/api/rules.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended, importX.flatConfigs.typescript],
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.d.ts'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    // Mantine's NumberInput clamps on blur, drops a minus sign or cuts decimals depending on its props: forms
    // use NumberField, which keeps what was typed and lets validation explain it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/NumberField.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@mantine/core', importNames: ['NumberInput'], message: 'Use NumberField from src/components/NumberField.' }] },
      ],
    },
  },
  {
    // An HTML maxLength cuts pasted text silently and the cut text is saved: forms check the length against the rules
    // document (components/text-check) and refuse over-long text with a sentence at the field.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='maxLength']",
          message: 'Do not cut what is typed: check the length with tooLong from src/components/text-check and show the refusal at the field.',
        },
      ],
    },
  },
  prettier,
);
