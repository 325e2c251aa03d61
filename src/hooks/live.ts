import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";

/**
 * A value that changes without re-rendering whoever holds it: the moving part of a hook's state
 * (the point being dragged and everything computed from it). Read it with {@link useLive}, which
 * re-renders only the component that reads it, and only when the part it selects changes.
 */
export interface Live<T> {
  /** The value now (the same object until it changes). */
  get(): T;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A {@link Live} value that can be set: the store a hook keeps its moving inputs in. */
export interface LiveStore<T> extends Live<T> {
  set(next: T): void;
}

/** A store holding `initial`; `set` notifies only when the value changes (`Object.is`). */
export function createLiveStore<T>(initial: T): LiveStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A live value computed from another: `derive(source.get())`, computed once per source value
 * (the same object is returned until the source changes), with the source's subscriptions.
 */
export function deriveLive<S, T>(source: Live<S>, derive: (value: S) => T): Live<T> {
  let cache: { from: S; value: T } | null = null;
  return {
    get() {
      const from = source.get();
      if (cache && Object.is(cache.from, from)) return cache.value;
      cache = { from, value: derive(from) };
      return cache.value;
    },
    subscribe: source.subscribe,
  };
}

/** A live value that never changes. */
export function constantLive<T>(value: T): Live<T> {
  return { get: () => value, subscribe: () => () => {} };
}

/**
 * The part of a live value that a component draws: the component re-renders when that part
 * changes (`isEqual`, `Object.is` by default), not when the rest does (`useSyncExternalStore`).
 * `select` should return a part of the value or a primitive; a new object each call needs an
 * `isEqual` that compares contents.
 */
export function useLive<T, S>(
  live: Live<T>,
  select: (value: T) => S,
  isEqual: (a: S, b: S) => boolean = Object.is,
): S {
  const cache = useRef<{ from: T; select: (value: T) => S; value: S } | null>(null);
  const snapshot = () => {
    const from = live.get();
    const kept = cache.current;
    if (kept && Object.is(kept.from, from) && kept.select === select) return kept.value;
    const value = select(from);
    const same = kept !== null && isEqual(kept.value, value);
    cache.current = { from, select, value: same ? kept.value : value };
    return cache.current.value;
  };
  return useSyncExternalStore(live.subscribe, snapshot, snapshot);
}

/**
 * The selected part of a live value once it has stopped changing for `delay` ms, without a
 * render per change: one timer serves a whole burst of changes (a drag), and the component
 * re-renders once when the value rests. A new `live` (a new function, a new language) is taken
 * at once. Pass a stable `select` (defined once, or memoised).
 */
export function useSettledLive<T, S>(live: Live<T>, select: (value: T) => S, delay: number): S {
  const read = (from: T) => ({ live, select, from, value: select(from) });
  const [settled, setSettled] = useState(() => read(live.get()));
  const current = settled.live === live && settled.select === select ? settled : null;
  const latest = useRef({ delay, shown: current?.from });
  useEffect(() => {
    latest.current = { delay, shown: current?.from };
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let changedAt = 0;
    const take = () => {
      const from = live.get();
      setSettled({ live, select, from, value: select(from) });
    };
    const fire = () => {
      const quiet = performance.now() - changedAt;
      if (quiet < latest.current.delay - 1) {
        timer = setTimeout(fire, latest.current.delay - quiet);
        return;
      }
      timer = null;
      take();
    };
    const changed = () => {
      changedAt = performance.now();
      if (latest.current.delay <= 0) take();
      else if (timer === null) timer = setTimeout(fire, latest.current.delay);
    };
    const unsubscribe = live.subscribe(changed);
    // A new source, or a change between the render and this subscription: catch up.
    if (!Object.is(latest.current.shown, live.get())) timer = setTimeout(take, 0);
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [live, select]);
  return current ? current.value : read(live.get()).value;
}

/**
 * The moving inputs of a hook (a point, a gap…) in a store instead of React state, so that a
 * drag re-renders only what subscribes to them. Each key is controlled (its value given) or
 * uncontrolled (its default kept in the store). With a key controlled, `store` is a new live
 * value whenever a controlled value changes (the page re-renders anyway), read in the same
 * render with no second pass. `onChange` is called only when the value really changes
 * (`Object.is`), controlled or not; `set` on a controlled key only calls it.
 */
export function useMovingInputs<T extends object>(
  given: { readonly [K in keyof T]: T[K] | undefined },
  defaults: T,
  onChange: { readonly [K in keyof T]?: ((next: T[K]) => void) | undefined },
): { store: Live<T>; set: <K extends keyof T>(key: K, next: T[K]) => void } {
  const [own] = useState(() => createLiveStore<T>({ ...defaults }));
  const keys = Object.keys(given) as (keyof T)[];
  const controlled = keys.filter((key) => given[key] !== undefined);
  const values = controlled.map((key) => given[key]);
  // The controlled keys and values as one string, for the memo below (numbers, arrays of them,
  // records of them).
  const key = controlled.map((k, i) => `${String(k)}=${keyText(values[i])}`).join("\u0000");
  const store = useMemo<Live<T>>(
    () => {
      if (values.length === 0) return own;
      return deriveLive(own, (mine) => {
        const merged = { ...mine };
        controlled.forEach((key, i) => {
          merged[key] = values[i] as T[keyof T];
        });
        return merged;
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the values stand for `given`
    [own, key],
  );
  const latest = useRef({ given, onChange, store });
  useEffect(() => {
    latest.current = { given, onChange, store };
  });
  const set = useCallback(
    <K extends keyof T>(key: K, next: T[K]) => {
      const { given: g, onChange: callbacks, store: now } = latest.current;
      if (Object.is(next, now.get()[key])) return;
      if (g[key] === undefined) own.set({ ...own.get(), [key]: next });
      callbacks[key]?.(next);
    },
    [own],
  );
  return { store, set };
}

/** A controlled value as text: a number, an array of numbers, or a record of them. */
function keyText(value: unknown): string {
  if (Array.isArray(value)) return value.join(",");
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}
