// Helpers of the render-count tests (#15: a move re-renders only what moves): the counter the
// mocked components write to, the pauses of a real drag, and a burst of synthetic moves.

/**
 * Records the pointer moves of a drag: the formulas may follow whenever the drag rests for
 * 120 ms, which a loaded machine does between two moves of a test's mouse.
 */
export function watchMoves() {
  const times: number[] = [];
  const listener = () => times.push(performance.now());
  window.addEventListener("pointermove", listener, { capture: true });
  return {
    /**
     * Pauses of at least 100 ms between two moves (each may let the formulas settle once), and
     * the end of the drag (the test reads the counts after a round trip to the browser).
     */
    rests() {
      window.removeEventListener("pointermove", listener, { capture: true });
      let n = 0;
      for (let i = 1; i < times.length; i++) if (times[i]! - times[i - 1]! >= 100) n++;
      return n + 1;
    },
    moves: () => times.length,
  };
}

/**
 * A burst of pointer moves dispatched in one task (each rendered within its event, as the
 * explorer's handles do): no timer can run in between, so nothing rests during it. Returns the
 * release.
 */
export function burst(handle: Element, [dx, dy]: readonly [number, number], steps: number) {
  const box = handle.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const init = { pointerId: 7, pointerType: "mouse", button: 0, bubbles: true };
  const at = (i: number) => ({ clientX: x + (dx * i) / steps, clientY: y + (dy * i) / steps });
  handle.dispatchEvent(new PointerEvent("pointerdown", { ...init, ...at(0) }));
  for (let i = 1; i <= steps; i++)
    handle.dispatchEvent(new PointerEvent("pointermove", { ...init, ...at(i) }));
  return () => handle.dispatchEvent(new PointerEvent("pointerup", { ...init, ...at(steps) }));
}

/** Waits for the mount's renders and settle timers to pass. */
export const settle = (ms = 400) => new Promise((done) => setTimeout(done, ms));
