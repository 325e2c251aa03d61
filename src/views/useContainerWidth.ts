import { useParentSize } from "@visx/responsive";

/** Where ResizeObserver does not exist (old browsers, jsdom), keep the starting width. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * The width of the element `ref` is attached to (visx `useParentSize`), or `fixed` when given.
 * Starts at `fallback` (also on the server), then follows the container as it resizes.
 */
export function useContainerWidth(
  fixed: number | undefined,
  fallback: number,
): { ref: (node: HTMLDivElement | null) => void; width: number } {
  const { parentRef, width } = useParentSize({
    initialSize: { width: fixed ?? fallback },
    ignoreDimensions: ["height", "top", "left"],
    ...(typeof ResizeObserver === "undefined" ? { resizeObserverPolyfill: NoResizeObserver } : {}),
  });
  return { ref: parentRef, width: fixed ?? (width > 0 ? width : fallback) };
}
