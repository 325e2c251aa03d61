import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import { useParentSize } from "@visx/responsive";

/** Where ResizeObserver does not exist (old browsers, jsdom), keep the starting width. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * Only the width matters. Module constants on purpose: `useParentSize` rebuilds its resize
 * handler, and so its ResizeObserver, whenever this array is a new one, which a drag would do
 * on every frame.
 */
const IGNORED: ("height" | "top" | "left")[] = ["height", "top", "left"];

/** useLayoutEffect in the browser, useEffect on the server (where neither runs). */
const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/**
 * The width of the element `ref` is attached to, or `fixed` when given. Measured once before
 * the first paint (so a picture never paints at its starting width on a narrower phone), then
 * followed as the container resizes (visx `useParentSize`). Starts at `fallback` on the server
 * and while hydrating.
 */
export function useContainerWidth(
  fixed: number | undefined,
  fallback: number,
): { ref: (node: HTMLDivElement | null) => void; width: number } {
  const start = fixed ?? fallback;
  const initialSize = useMemo(() => ({ width: start }), [start]);
  const { parentRef, node, width } = useParentSize({
    initialSize,
    ignoreDimensions: IGNORED,
    ...(typeof ResizeObserver === "undefined" ? { resizeObserverPolyfill: NoResizeObserver } : {}),
  });
  // visx reports sizes a frame or more after layout: until it has, the width measured here.
  const [measured, setMeasured] = useState<number | null>(null);
  const reported = width !== start && width > 0;
  useIsomorphicLayoutEffect(() => {
    if (fixed !== undefined || !node || reported) return;
    const box = (node as HTMLElement).getBoundingClientRect().width;
    if (box > 0) setMeasured(box);
  }, [node, fixed, reported]);
  return {
    ref: parentRef,
    width: fixed ?? (reported ? width : (measured ?? fallback)),
  };
}
