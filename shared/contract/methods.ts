import type { LoupeApi } from './api';

type MethodList<S extends keyof LoupeApi> = readonly (keyof LoupeApi[S] & string)[];

/**
 * The method names of the contract, as plain data. The preload and the renderer need only
 * these to derive channel names, so they do not have to bundle the argument schemas.
 * A test checks that they match the schemas key for key.
 */
export const CONTRACT_METHODS: { [S in keyof LoupeApi]: MethodList<S> } = {
  workspace: ['info', 'recent', 'openRecent', 'backups', 'restoreBackup', 'layout', 'saveLayout'],
  corpus: ['list', 'get', 'importFiles', 'original', 'correct', 'uncorrect'],
  codebook: ['list', 'create', 'update', 'move', 'remove', 'restore', 'usage'],
  annotations: [
    'list',
    'listAll',
    'stats',
    'create',
    'createMany',
    'tagMatches',
    'suggest',
    'dismissSuggestion',
    'update',
    'remove',
    'restore',
  ],
  search: ['query'],
  briefings: ['list', 'get', 'create', 'update', 'remove', 'restore', 'addEvidence', 'export', 'preview'],
  stories: ['list', 'merge', 'split'],
};
