import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoupeHost } from '../../../electron/hosts/create-host';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import type { OriginalView } from '../../../shared/domain/corrections';
import type { OriginalRun } from '../../../shared/text/original-runs';
import { must } from '../../support/tagging-host';
import { tempDir } from '../../support/temp-dir';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/corrections');

let host: LoupeHost;
let root: string;
beforeEach(async () => {
  root = await tempDir();
  host = await createLoupeHost({
    stateDir: path.join(root, 'state'),
    workspaceDir: path.join(root, 'ws'),
    sampleCorpusDir: path.join(root, 'no-corpus'),
    canPickFolders: false,
    app: 'test',
  });
});
afterEach(async () => {
  await host.close();
});

async function importFixture(name: string, edit: (text: string) => string = (t) => t): Promise<string> {
  const bytes = Buffer.from(edit(await fs.readFile(path.join(FIXTURES, name), 'utf8')));
  const report = must(
    await host.api.corpus.importFiles({ files: [{ name, data: bytes.toString('base64') }] }),
  );
  const outcome = report.outcomes[0]!;
  if (outcome.type !== 'imported') throw new Error(`${name} was not imported: ${JSON.stringify(outcome)}`);
  return outcome.document.id;
}

const text = async (id: string) => must(await host.api.corpus.get({ id })).text;
const view = async (id: string): Promise<OriginalView> => must(await host.api.corpus.original({ id }));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function runWith(runs: readonly OriginalRun[] | null, words: string): OriginalRun {
  const run = runs?.find((r) => r.text.includes(words));
  if (!run) throw new Error(`no run holds "${words}"`);
  return run;
}

async function annotate(id: string, exact: string): Promise<string> {
  const clean = await text(id);
  const start = clean.indexOf(exact);
  expect(start).toBeGreaterThanOrEqual(0);
  const tag = must(await host.api.codebook.create({ name: `Tag ${exact.slice(0, 10)}` }));
  const made = must(
    await host.api.annotations.create({ documentId: id, start, end: start + exact.length, tagIds: [tag.id] }),
  );
  return made.id;
}

describe('the original view', () => {
  it.each(['port-quays.html', 'port-ferry.html', 'market-clip.md'])(
    'maps every clean character of %s to exactly one kept run, in order',
    async (name) => {
      const id = await importFixture(name);
      const clean = await text(id);
      const { runs } = await view(id);
      expect(runs).not.toBeNull();
      const kept = runs!.filter((r) => r.kept);
      const cover = new Array<number>(clean.length).fill(0);
      for (const run of kept) for (let i = run.cleanStart!; i < run.cleanEnd!; i++) cover[i]! += 1;
      const wrong = [...clean].flatMap((ch, i) => (/\S/.test(ch) && cover[i] !== 1 ? [i] : []));
      expect(wrong).toEqual([]);
      // Each kept run says in the original's words what the clean text says at its place.
      for (const run of kept)
        expect(squash(run.text)).toBe(squash(clean.slice(run.cleanStart, run.cleanEnd)));
      const starts = kept.map((r) => r.cleanStart!);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      const originals = runs!.map((r) => r.originalStart);
      expect(originals).toEqual([...originals].sort((a, b) => a - b));
    },
  );

  it('shows a page’s visible text, furniture greyed, and never its scripts or styles', async () => {
    const id = await importFixture('port-quays.html');
    const { runs, unavailable } = await view(id);
    expect(unavailable).toBeNull();
    const all = runs!.map((r) => r.text).join('');
    expect(all).not.toContain('never run');
    expect(all).not.toContain('font-style');
    expect(runWith(runs, 'Accueil').kept).toBe(false);
    expect(runWith(runs, 'notre promenade du dimanche').kept).toBe(false);
    expect(runWith(runs, 'Tous droits réservés').kept).toBe(false);
    expect(runWith(runs, 'retard de livraison').kept).toBe(true);
    expect(runWith(runs, 'millions d’euros').kept).toBe(true);
  });

  it('shows a clip’s lines as they are, the dropped ones greyed', async () => {
    const id = await importFixture('market-clip.md');
    const { runs } = await view(id);
    const all = runs!.map((r) => r.text).join('');
    expect(all).toBe(
      await fs.readFile(path.join(FIXTURES, 'market-clip.md'), 'utf8').then((t) => t.replace(/\n$/, '')),
    );
    expect(runWith(runs, 'Abonnez-vous').kept).toBe(false);
    expect(runWith(runs, 'place Carnot').kept).toBe(true);
  });
});

describe('corrections', () => {
  it('keeps a removed paragraph in place, drops boilerplate, and re-anchors the annotations', async () => {
    const id = await importFixture('port-quays.html');
    const onKept = await annotate(id, 'les bancs et les lampadaires');
    const onLater = await annotate(id, 'Une fête d’inauguration');
    const onNoise = await annotate(id, 'vous est proposé par la rédaction');

    const quote = runWith((await view(id)).runs, 'notre promenade du dimanche');
    const kept = must(
      await host.api.corpus.correct({
        id,
        action: 'keep',
        from: 'original',
        start: quote.originalStart,
        end: quote.originalEnd,
      }),
    );
    expect(kept).toMatchObject({ changed: true, anchors: { orphan: 0 } });
    const afterKeep = await text(id);
    expect(afterKeep).toContain(
      'retard de livraison.\n\n« Nous avons enfin retrouvé notre promenade du dimanche », se réjouit une habitante du quartier.\n\nLes travaux ont coûté',
    );

    const noise = 'Cet article vous est proposé par la rédaction du Quotidien du Port.';
    const at = afterKeep.indexOf(noise);
    const dropped = must(
      await host.api.corpus.correct({
        id,
        action: 'boilerplate',
        from: 'clean',
        start: at,
        end: at + noise.length,
      }),
    );
    expect(dropped.changed).toBe(true);
    expect(dropped.anchors.orphan).toBe(1);
    const afterDrop = await text(id);
    expect(afterDrop).not.toContain('Cet article');
    expect(afterDrop).toContain('la région.\n\nUne fête d’inauguration');

    const placed = must(await host.api.annotations.list({ documentId: id }));
    const byId = new Map(placed.map((a) => [a.id, a]));
    for (const [annotationId, exact] of [
      [onKept, 'les bancs et les lampadaires'],
      [onLater, 'Une fête d’inauguration'],
    ] as const) {
      const anchor = byId.get(annotationId)!.anchor;
      expect(anchor.type).toBe('anchored');
      if (anchor.type === 'anchored') expect(afterDrop.slice(anchor.start, anchor.end)).toBe(exact);
    }
    expect(byId.get(onNoise)!.anchor.type).toBe('orphan');

    const listed = await view(id);
    expect(listed.corrections.map((c) => c.action)).toEqual(['keep', 'boilerplate']);
    expect(listed.corrections[0]!.quote).toContain('notre promenade du dimanche');
    expect(runWith(listed.runs, 'notre promenade du dimanche').kept).toBe(true);
    expect(runWith(listed.runs, 'Cet article').kept).toBe(false);

    // Undo: the boilerplate correction goes, and the paragraph (not the orphan's place) is back.
    const undone = must(await host.api.corpus.uncorrect({ id, correctionId: listed.corrections[1]!.id }));
    expect(undone.changed).toBe(true);
    expect(await text(id)).toContain(noise);
    expect((await view(id)).rules.map((r) => r.action)).toEqual(['keep']);
  });

  it('remembers the corrections for the outlet and applies them to its next article only', async () => {
    const first = await importFixture('port-quays.html');
    const quote = runWith((await view(first)).runs, 'notre promenade du dimanche');
    must(
      await host.api.corpus.correct({
        id: first,
        action: 'keep',
        from: 'original',
        start: quote.originalStart,
        end: quote.originalEnd,
      }),
    );
    const noise = runWith((await view(first)).runs, 'Cet article vous est proposé');
    must(
      await host.api.corpus.correct({
        id: first,
        action: 'boilerplate',
        from: 'original',
        start: noise.originalStart,
        end: noise.originalEnd,
      }),
    );
    const rules = (await view(first)).rules;
    expect(rules.map((r) => [r.action, r.match.type, r.applies])).toEqual([
      ['keep', 'block', true],
      ['boilerplate', 'text', true],
    ]);

    const second = await importFixture('port-ferry.html');
    const secondText = await text(second);
    expect(secondText).toContain('« C’est une bonne nouvelle pour ceux qui travaillent tard en ville »');
    expect(secondText).toContain('trois mois.\n\n« C’est une bonne nouvelle');
    expect(secondText).not.toContain('Cet article vous est proposé');
    expect((await view(second)).corrections).toEqual([]);
    expect((await view(second)).rules.every((r) => r.applies)).toBe(true);

    // The same page from another site learns nothing from this one.
    const elsewhere = await importFixture('port-ferry.html', (t) =>
      t.replaceAll('quotidien-port.example', 'other-paper.example').replaceAll('Quotidien du Port', 'Autre'),
    );
    const elsewhereText = await text(elsewhere);
    expect(elsewhereText).not.toContain('C’est une bonne nouvelle');
    expect(elsewhereText).toContain('rédaction du Autre');
  });

  it('keeps a dropped clip line and forgets an outlet rule on request', async () => {
    const id = await importFixture('market-clip.md');
    const line = runWith((await view(id)).runs, 'Abonnez-vous');
    const outcome = must(
      await host.api.corpus.correct({
        id,
        action: 'keep',
        from: 'original',
        start: line.originalStart,
        end: line.originalEnd,
      }),
    );
    expect(outcome.changed).toBe(true);
    expect(await text(id)).toContain(
      'commerçants.\n\nAbonnez-vous à notre lettre du soir pour ne rien manquer de la vie du port.\n\nPour l’anniversaire',
    );
    const { rules } = await view(id);
    expect(rules).toHaveLength(1);
    must(await host.api.corpus.uncorrect({ id, ruleId: rules[0]!.id }));
    // The document's own correction still holds; only the outlet forgot.
    expect(await text(id)).toContain('Abonnez-vous');
    expect((await view(id)).rules).toEqual([]);
    expect((await view(id)).corrections).toHaveLength(1);
  });

  it('refuses an empty selection and says why', async () => {
    const id = await importFixture('port-quays.html');
    const result = await host.api.corpus.correct({
      id,
      action: 'boilerplate',
      from: 'clean',
      start: 5,
      end: 5,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Select some text/);
  });
});

describe('the original view of PDF and Word files (our sample corpus)', () => {
  const CORPUS = path.join(import.meta.dirname, '../../../corpus');

  async function importSample(name: string): Promise<string> {
    const bytes = await fs.readFile(path.join(CORPUS, name));
    const report = must(
      await host.api.corpus.importFiles({ files: [{ name, data: bytes.toString('base64') }] }),
    );
    const outcome = report.outcomes[0]!;
    if (outcome.type !== 'imported') throw new Error(`${name} was not imported: ${JSON.stringify(outcome)}`);
    return outcome.document.id;
  }

  it.each([
    'northbridge-trilateral-chip-early-warning-en.pdf',
    'observatoire-minerais-critiques-ue-japon-usa-fr.docx',
  ])('shows the layout text of %s, every clean character in exactly one kept run', async (name) => {
    const id = await importSample(name);
    const clean = await text(id);
    const { runs, unavailable } = await view(id);
    expect(unavailable).toBeNull();
    const kept = runs!.filter((r) => r.kept);
    const cover = new Array<number>(clean.length).fill(0);
    for (const run of kept) for (let i = run.cleanStart!; i < run.cleanEnd!; i++) cover[i]! += 1;
    expect([...clean].flatMap((ch, i) => (/\S/.test(ch) && cover[i] !== 1 ? [i] : []))).toEqual([]);
    expect(runs!.map((r) => r.text).join('')).not.toContain('\f');
  });

  it('greys a PDF’s running lines and page numbers; a line marked as boilerplate goes and one kept comes back', async () => {
    const id = await importSample('northbridge-trilateral-chip-early-warning-en.pdf');
    const clean = await text(id);
    const { runs } = await view(id);
    // Whole lines (not the hyphens taken from broken words): the running header and page numbers.
    const removed = runs!.filter((r) => !r.kept && r.text.trim().length >= 4);
    expect(removed.length).toBeGreaterThan(0);
    for (const run of removed) expect(clean).not.toContain(run.text.trim());

    // Keep the first running line: it comes back into the clean text.
    const furniture = removed[0]!;
    const kept = must(
      await host.api.corpus.correct({
        id,
        action: 'keep',
        from: 'original',
        start: furniture.originalStart,
        end: furniture.originalStart + furniture.text.length,
      }),
    );
    expect(kept).toBeTruthy();
    expect(await text(id)).toContain(furniture.text.trim());

    // Mark a body sentence as boilerplate: its line goes, the annotation on another line stays.
    const paragraphs = (await text(id)).split('\n\n');
    const target = paragraphs.find((p) => p.length > 80 && p !== furniture.text.trim())!;
    const stay = paragraphs
      .filter((p) => p !== target && p.length > 40)
      .at(-1)!
      .slice(0, 20);
    const annotationId = await annotate(id, stay);
    const start = (await text(id)).indexOf(target);
    must(await host.api.corpus.correct({ id, action: 'boilerplate', from: 'clean', start, end: start + 10 }));
    const after = await text(id);
    expect(after).not.toContain(target.slice(0, 30));
    const placed = must(await host.api.annotations.list({ documentId: id }));
    const annotation = placed.find((a) => a.id === annotationId)!;
    expect(annotation.anchor.type).toBe('anchored');
    if (annotation.anchor.type === 'anchored')
      expect(after.slice(annotation.anchor.start, annotation.anchor.end)).toBe(stay);
  });

  it('drops a Word paragraph marked as boilerplate', async () => {
    const id = await importSample('observatoire-minerais-critiques-ue-japon-usa-fr.docx');
    const paragraphs = (await text(id)).split('\n\n');
    const target = paragraphs.find((p) => p.length > 80)!;
    const start = (await text(id)).indexOf(target);
    must(await host.api.corpus.correct({ id, action: 'boilerplate', from: 'clean', start, end: start + 5 }));
    expect(await text(id)).not.toContain(target);
    const { corrections } = await view(id);
    expect(corrections).toHaveLength(1);
  });
});
