import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceArgument } from '../../../electron/main/command-line';

const cwd = path.resolve('/home/analyst');

describe('workspaceArgument', () => {
  it.each<[string, string[], string | undefined]>([
    ['none given', ['/opt/Loupe/loupe'], undefined],
    ['an absolute folder', ['/opt/Loupe/loupe', '--workspace=/data/ukraine'], path.resolve('/data/ukraine')],
    [
      'a relative folder, against the start folder',
      ['electron', '.', '--workspace=cases/one'],
      path.join(cwd, 'cases', 'one'),
    ],
    [
      'after Chromium switches',
      ['loupe', '--no-sandbox', '--workspace=/w', '--enable-logging'],
      path.resolve('/w'),
    ],
    ['the last one when repeated', ['loupe', '--workspace=/a', '--workspace=/b'], path.resolve('/b')],
    ['an empty value', ['loupe', '--workspace='], undefined],
    ['a bare flag without =', ['loupe', '--workspace', '/w'], undefined],
    ['a look-alike flag', ['loupe', '--workspaces=/w'], undefined],
  ])('%s', (_name, argv, expected) => {
    expect(workspaceArgument(argv, cwd)).toBe(expected);
  });
});
