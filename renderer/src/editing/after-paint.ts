/**
 * Runs `work` once the browser has painted the frame that is being prepared, so a key press
 * shows its result (a highlighted span) first and the rest of the window follows a frame later.
 * A hidden window paints no frames: the timer makes sure the work still runs.
 */
export function afterPaint(work: () => void, latestMs = 50): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  const timer = setTimeout(run, latestMs);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : null;
  if (!frame) {
    clearTimeout(timer);
    setTimeout(run, 0);
    return;
  }
  frame(() =>
    setTimeout(() => {
      clearTimeout(timer);
      run();
    }, 0),
  );
}

/** afterPaint as a promise, for work that must wait until the deferred step has run. */
export function painted(): Promise<void> {
  return new Promise((resolve) => afterPaint(resolve));
}

/** A subscription whose listeners hear about changes after the next paint, not during it. */
export function subscribeAfterPaint(subscribe: (listener: () => void) => () => void) {
  return (listener: () => void) => {
    let live = true;
    const off = subscribe(() => afterPaint(() => live && listener()));
    return () => {
      live = false;
      off();
    };
  };
}
