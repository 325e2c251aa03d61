import { useMemo } from "react";
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

/**
 * The width of the element `ref` is attached to (visx `useParentSize`), or `fixed` when given.
 * Starts at `fallback` (also on the server), then follows the container as it resizes.
 */
export function useContainerWidth(
  fixed: number | undefined,
  fallback: number,
): { ref: (node: HTMLDivElement | null) => void; width: number } {
  const start = fixed ?? fallback;
  const initialSize = useMemo(() => ({ width: start }), [start]);
  const { parentRef, width } = useParentSize({
    initialSize,
    ignoreDimensions: IGNORED,
    ...(typeof ResizeObserver === "undefined" ? { resizeObserverPolyfill: NoResizeObserver } : {}),
  });
  return { ref: parentRef, width: fixed ?? (width > 0 ? width : fallback) };
}
