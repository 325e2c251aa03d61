import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from "react";
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

const noSubscription = () => () => undefined;
/** True on the server and while hydrating server HTML (React asks for the server snapshot). */
const useServerOrHydrating = () =>
  useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );

/** What {@link useContainerWidth} measured: a width, or "none" when the box had no width. */
type Measured = number | "none" | null;

/** Result of {@link useContainerWidth}. */
export interface ContainerWidth {
  /** Attach to the element whose width to follow. */
  ref: (node: HTMLDivElement | null) => void;
  /** The width to draw at: fixed, measured, reported by the ResizeObserver, or the fallback. */
  width: number;
  /**
   * True for the first render of a client-only mount, before the container has been measured:
   * draw only the container then (with its height reserved), not the picture. It is measured
   * when attached, in the same commit, so the picture is drawn once, at its real width, before
   * the first paint. Never true on the server or while hydrating (their HTML is drawn at
   * `fallback`), nor with a fixed width.
   */
  pending: boolean;
}

/**
 * The width of the element `ref` is attached to, or `fixed` when given. On a client-only mount
 * the element is measured when it is attached, before the picture inside it is drawn: a
 * picture is never drawn twice (at the fallback, then at its width) nor painted at a starting
 * width on a narrower phone. Then followed as the container resizes (visx `useParentSize`).
 * Starts at `fallback` on the server and while hydrating.
 */
export function useContainerWidth(fixed: number | undefined, fallback: number): ContainerWidth {
  const start = fixed ?? fallback;
  const initialSize = useMemo(() => ({ width: start }), [start]);
  const { parentRef, width } = useParentSize({
    initialSize,
    ignoreDimensions: IGNORED,
    ...(typeof ResizeObserver === "undefined" ? { resizeObserverPolyfill: NoResizeObserver } : {}),
  });
  // True after the first render of the server and of hydration: React renders once more with
  // the client snapshot (a cheap render; the width was measured in the hydration commit).
  const serverOrHydrating = useServerOrHydrating();
  // Only a picture that mounts without a fixed width waits for its measurement.
  const [mountedFree] = useState(fixed === undefined);
  // The width measured when the container attached, until visx reports one.
  const [measured, setMeasured] = useState<Measured>(null);
  const measuring = useRef(false);
  // visx's width starts at `start` and changes only once its ResizeObserver reports: from then
  // on its width is followed, also when it comes back to exactly `start`.
  const [followed, setFollowed] = useState(false);
  const fromVisx = width > 0 && (followed || width !== start);
  if (fromVisx && !followed) setFollowed(true);
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      parentRef(node);
      if (!node || fixed !== undefined || measuring.current) return;
      // Measured once, when first attached (its state update joins visx's, one re-render).
      measuring.current = true;
      const box = node.getBoundingClientRect().width;
      setMeasured(box > 0 ? box : "none");
    },
    [parentRef, fixed],
  );
  const pending = mountedFree && measured === null && !fromVisx && !serverOrHydrating;
  return {
    ref,
    width: fixed ?? (fromVisx ? width : typeof measured === "number" ? measured : fallback),
    pending,
  };
}
