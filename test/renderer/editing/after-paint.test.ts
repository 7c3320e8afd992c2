import { describe, expect, it } from 'vitest';
import { afterPaint, painted, subscribeAfterPaint } from '../../../renderer/src/editing/after-paint';

describe('afterPaint', () => {
  it('runs the work once, later, not in the calling task', async () => {
    let runs = 0;
    afterPaint(() => (runs += 1));
    expect(runs).toBe(0);
    await painted();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(runs).toBe(1);
  });

  it('runs the work even when no frame comes (a hidden window)', async () => {
    const frame = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = () => 0;
    try {
      let ran = false;
      afterPaint(() => (ran = true), 10);
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(ran).toBe(true);
    } finally {
      globalThis.requestAnimationFrame = frame;
    }
  });

  it('tells subscribers after the paint, and not after they unsubscribed', async () => {
    const listeners = new Set<() => void>();
    const subscribe = subscribeAfterPaint((listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    });
    const heard: string[] = [];
    const stopA = subscribe(() => heard.push('a'));
    subscribe(() => heard.push('b'));
    for (const listener of listeners) listener();
    expect(heard).toEqual([]);
    await painted();
    await painted();
    expect(heard.sort()).toEqual(['a', 'b']);
    stopA();
    for (const listener of listeners) listener();
    stopA();
    await painted();
    await painted();
    expect(heard.sort()).toEqual(['a', 'b', 'b']);
  });
});
