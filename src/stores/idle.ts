// Work that can wait for the browser to be idle: the self-check's later sections, search's warm-up.

/**
 * Runs `task` when the browser is next idle, at most 1 s later; where it has no idle callbacks (Safari), 50 ms
 * later, so back-to-back tasks still leave room for the reader's input.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 50);
}
