import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useReducer,
  useState,
  useSyncExternalStore,
} from "react";

/** Options of {@link useInView}. */
export interface UseInViewOptions {
  /**
   * How far outside the viewport an element already counts as seen (CSS margin syntax), so its
   * content is ready before it scrolls in. @default "100% 0px" (a screen ahead)
   */
  rootMargin?: string | undefined;
  /** Report "seen" at once, without observing (e.g. the widget opted out of deferring). @default false */
  disabled?: boolean | undefined;
}

/**
 * Result of {@link useInView}: a ref callback to attach to the element to watch, and whether it
 * has come near the viewport yet. "Seen" never turns back; it is true from the start on the
 * server, while hydrating server HTML, and where IntersectionObserver does not exist, so those
 * render in full.
 */
export type UseInViewResult<T extends Element> = [ref: (element: T | null) => void, seen: boolean];

interface Watch {
  observer: IntersectionObserver;
  callbacks: Map<Element, () => void>;
}

/** One IntersectionObserver per root margin, shared by every element of the page. */
const watches = new Map<string, Watch>();

/**
 * A page being printed shows every widget, seen or not: on `beforeprint` everything still
 * waiting is reported seen (React renders it before the page is laid out for paper).
 */
function showAllForPrint(): void {
  for (const { callbacks } of watches.values()) {
    for (const onSeen of [...callbacks.values()]) onSeen();
  }
}
let printListening = false;

function watch(element: Element, rootMargin: string, onSeen: () => void): () => void {
  if (!printListening && typeof window !== "undefined") {
    window.addEventListener("beforeprint", showAllForPrint);
    printListening = true;
  }
  let entry = watches.get(rootMargin);
  if (!entry) {
    const callbacks = new Map<Element, () => void>();
    const observer = new IntersectionObserver(
      (records) => {
        for (const record of records) {
          if (!record.isIntersecting) continue;
          callbacks.get(record.target)?.();
        }
      },
      { rootMargin },
    );
    entry = { observer, callbacks };
    watches.set(rootMargin, entry);
  }
  const { observer, callbacks } = entry;
  callbacks.set(element, onSeen);
  observer.observe(element);
  return () => {
    callbacks.delete(element);
    observer.unobserve(element);
  };
}

/** useLayoutEffect in the browser, useEffect on the server (where neither runs). */
const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

const canObserve = () => typeof IntersectionObserver === "function";

/** The state of one watched element, outside React: an external store for useSyncExternalStore. */
class InViewStore {
  private seen = !canObserve();
  private element: Element | null = null;
  private listener: (() => void) | null = null;
  private stop: (() => void) | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listener = listener;
    return () => {
      this.listener = null;
    };
  };

  snapshot = (): boolean => this.seen;

  /** Only the server and hydration ask for this: their HTML is complete, so keep it complete. */
  serverSnapshot = (): boolean => {
    this.seen = true;
    return true;
  };

  attach(element: Element | null, rootMargin: string): void {
    if (this.element === element) return;
    this.stop?.();
    this.stop = null;
    this.element = element;
    if (!element || this.seen || !canObserve()) return;
    // Already on screen: seen now, so the first paint is complete (no frame without content).
    const box = element.getBoundingClientRect();
    if (
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      box.right > 0 &&
      box.left < window.innerWidth
    ) {
      this.seen = true;
      return;
    }
    this.stop = watch(element, rootMargin, () => {
      this.stop?.();
      this.stop = null;
      this.seen = true;
      this.listener?.();
    });
  }
}

/**
 * Whether an element has come near the viewport yet: lets a widget defer its costly parts
 * (sampling, typesetting) until a reader scrolls to it, so a long page costs what is visible.
 * One shared IntersectionObserver per margin; an element stops being observed once seen.
 * Server-safe: the server and hydration render as seen, so server HTML stays complete.
 * @example const [ref, seen] = useInView<HTMLDivElement>(); // <div ref={ref}>{seen ? … : null}</div>
 */
export function useInView<T extends Element>(options: UseInViewOptions = {}): UseInViewResult<T> {
  const { rootMargin = "100% 0px", disabled = false } = options;
  const [store] = useState(() => new InViewStore());
  const seen = useSyncExternalStore(store.subscribe, store.snapshot, store.serverSnapshot);
  // The ref (attached just before layout effects) may have found the element on screen: render
  // again before the browser paints.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useIsomorphicLayoutEffect(() => {
    if (!seen && store.snapshot()) rerender();
  });
  // Nothing to watch when deferring is off: no observer, and no layout forced to measure.
  const ref = useCallback(
    (element: T | null) => {
      if (!disabled) store.attach(element, rootMargin);
    },
    [store, rootMargin, disabled],
  );
  return [ref, disabled || seen];
}
