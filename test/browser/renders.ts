// Helpers of the render-count tests (#15: a move re-renders only what moves): the wrapper the
// mocked components count their renders with, the pauses of a real drag, and a burst of
// synthetic moves.
import type { ForwardRefRenderFunction, ReactNode } from "react";
import { forwardRef, memo } from "react";

/**
 * The real component `real` (a plain function, a `memo` or a `forwardRef` one) wrapped the same
 * way, calling `seen` with its props on each render: for a `vi.mock` factory, which loads this
 * module with `await import("./renders")`.
 */
export function counted<P>(real: unknown, seen: (props: P) => void): never {
  const shape = real as { type?: unknown; render?: unknown };
  if (typeof shape.render === "function") {
    const inner = shape.render as ForwardRefRenderFunction<unknown, P>;
    return forwardRef<unknown, P>((props, ref) => {
      seen(props as P);
      return inner(props as P, ref);
    }) as never;
  }
  const wrap = (inner: (props: P) => ReactNode) => (props: P) => {
    seen(props);
    return inner(props);
  };
  if (typeof shape.type === "function")
    return memo(wrap(shape.type as (props: P) => ReactNode)) as never;
  return wrap(real as (props: P) => ReactNode) as never;
}

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
