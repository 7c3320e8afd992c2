import { describe, expect, it } from 'vitest';
import {
  DEV_DIR,
  UNSEEN_3_DIR,
  UNSEEN_4_DIR,
  LATER_DIR,
  loadEvalPages,
  oursText,
  runEval,
  score,
  summarise,
  tokenize,
} from '../../../bench/extraction-eval';

describe('extraction evaluation harness', () => {
  it('tokenises letters and digits per script, CJK one character at a time', () => {
    expect(tokenize('The port’s 2,000 cranes — Überfahrt!')).toEqual([
      'the',
      'port',
      's',
      '2',
      '000',
      'cranes',
      'überfahrt',
    ]);
    expect(tokenize('新幹線が遅れ、JR東海')).toEqual(['新', '幹', '線', 'が', '遅', 'れ', 'jr', '東', '海']);
    expect(tokenize('서울 아파트 전셋값')).toEqual(['서울', '아파트', '전셋값']);
  });

  it('scores bags of tokens with counts', () => {
    const exact = score('a b b c', 'a b b c');
    expect(exact.f1).toBe(1);
    const half = score('a a', 'a b');
    expect(half.precision).toBe(0.5);
    expect(half.recall).toBe(0.5);
    expect(score('', 'a').f1).toBe(0);
  });
});

describe('extraction on the evaluation set (regression guard)', () => {
  const pages = loadEvalPages();

  it('holds at least 40 pages in the twelve languages, each with a marked body', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pages.map((p) => p.lang))).toEqual(
      new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'ru', 'ar']),
    );
    for (const page of pages) expect(page.gold.trim().length, page.name).toBeGreaterThan(100);
  });

  it('keeps macro F1 above 0.95 and no page below 0.85', () => {
    const run = runEval(pages, oursText);
    const summary = summarise(run.pages);
    expect(summary.f1).toBeGreaterThan(0.95);
    for (const page of run.pages) expect(page.f1, page.name).toBeGreaterThan(0.85);
  });

  it('keeps macro F1 above 0.93 on the pages written after tuning', () => {
    const run = runEval(loadEvalPages(LATER_DIR), oursText);
    expect(run.pages.length).toBeGreaterThanOrEqual(15);
    expect(summarise(run.pages).f1).toBeGreaterThan(0.93);
  });

  it('keeps macro F1 above 0.97 on the pages written to generalise', () => {
    const run = runEval(loadEvalPages(DEV_DIR), oursText);
    expect(run.pages.length).toBeGreaterThanOrEqual(24);
    expect(summarise(run.pages).f1).toBeGreaterThan(0.97);
  });

  it('keeps macro F1 above 0.97 on the pages written blind, and no page there below 0.9', () => {
    for (const dir of [UNSEEN_3_DIR, UNSEEN_4_DIR]) {
      const run = runEval(loadEvalPages(dir), oursText);
      expect(run.pages.length, dir).toBeGreaterThanOrEqual(20);
      expect(summarise(run.pages).f1, dir).toBeGreaterThan(0.97);
      for (const page of run.pages) expect(page.f1, page.name).toBeGreaterThan(0.9);
    }
  });
});
