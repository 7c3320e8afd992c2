import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'events',
  'buffer',
  'zlib',
  'readline',
  'process',
];
const noNode = [...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)].map((name) => ({
  name,
  message: 'Bad layering: this folder must run without Node (use node: APIs only in electron/).',
}));

/** The layering rule: which folder may import which (ARCHITECTURE.md, "Layers"). */
function layer(files, forbiddenFolders, extraPaths = [], extraPatterns = []) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: extraPaths,
          patterns: [
            ...forbiddenFolders.map((folder) => ({
              group: [`**/${folder}/**`, `**/${folder}`],
              message: `Bad layering: you are not allowed to access ${folder}/ from here.`,
            })),
            ...extraPatterns,
          ],
        },
      ],
    },
  };
}

const noElectron = {
  name: 'electron',
  message: 'Only the Electron host files (electron/main/) may import electron.',
  allowTypeImports: true,
};
const nodeScheme = { group: ['node:*'], message: 'Bad layering: no Node APIs in this folder.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'corpus/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration > FunctionDeclaration[id=null]',
          message: 'Name exported functions.',
        },
      ],
    },
  },
  layer(['shared/**/*.ts'], ['electron', 'renderer', 'test'], [noElectron, 'react', ...noNode], [nodeScheme]),
  layer(['electron/**/*.ts'], ['renderer', 'test'], [noElectron]),
  layer(['electron/main/**/*.ts'], ['renderer', 'test']),
  layer(
    ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ['electron', 'test'],
    [noElectron, ...noNode],
    [nodeScheme],
  ),
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
