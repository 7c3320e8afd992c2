import { describe, expect, it } from 'vitest';
import { briefingFileName, exportBriefing } from '../../../electron/services/briefing-render';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { briefingWorkspace } from '../../support/briefing-workspace';

async function open(ws: string) {
  const opened = await WorkspaceStore.open(ws, { create: false, app: 'test', readOnly: true });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

describe('exportBriefing', () => {
  it.each([
    ['md', 'text/markdown; charset=utf-8', /^# Chips \\& \\<allies\\>/],
    ['html', 'text/html; charset=utf-8', /^<!doctype html>/],
    ['json', 'application/json; charset=utf-8', /^\{/],
  ] as const)('gives %s as bytes with a file name and type', async (format, mime, start) => {
    const { ws, briefingId } = await briefingWorkspace();
    const store = await open(ws);
    try {
      const exported = await exportBriefing(store, briefingId, format);
      if (!exported.ok) throw new Error(exported.error.message);
      expect([exported.value.fileName, exported.value.mime]).toEqual([`chips-allies.${format}`, mime]);
      expect(new TextDecoder().decode(exported.value.bytes)).toMatch(start);
    } finally {
      await store.close();
    }
  });

  it.each([
    ['0123456789abcdef', 'docx', 'not-found'],
    [null, 'odt', 'bad-format'],
    [null, 'pdf', 'no-pdf-printer'],
  ] as const)('fails as data: briefing %s, format %s gives %s', async (id, format, code) => {
    const { ws, briefingId } = await briefingWorkspace();
    const store = await open(ws);
    try {
      // An unknown format is typed as a known one, as it could arrive from outside.
      const exported = await exportBriefing(store, id ?? briefingId, format as 'pdf');
      expect(exported.ok ? 'ok' : exported.error.code).toBe(code);
    } finally {
      await store.close();
    }
  });
});

describe('briefingFileName', () => {
  it.each([
    ['Chips & <allies>', 'chips-allies.pdf'],
    ['Équipements : état des lieux', 'equipements-etat-des-lieux.pdf'],
    ['日欧の半導体協力', '日欧の半導体協力.pdf'],
    ['../../etc/passwd', 'etc-passwd.pdf'],
    ['***', 'briefing-0123456789abcdef.pdf'],
  ])('%j → %s', (title, name) => {
    expect(briefingFileName({ id: '0123456789abcdef', title }, 'pdf')).toBe(name);
  });
});
