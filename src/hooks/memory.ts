import { useCallback, useEffect, useRef, useState } from "react";
import type { RefObject } from "react";

/**
 * The newest non-null value seen: a widget keeps drawing the last formula that worked while
 * the reader types a broken one.
 */
export function useLastGood<T>(value: T | null): T | null {
  const [kept, setKept] = useState<T | null>(value);
  if (value !== null && value !== kept) setKept(value);
  return value ?? kept;
}

/** A ref that always holds the latest value, for callbacks that must not change identity. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * The `endChange` of a hook's result: reports `onChangeEnd(state)` once the update that ended
 * the gesture has been rendered. A toggle sets a value and ends its gesture in the same click
 * handler; reporting at once would hand the listener the state from before the click.
 */
export function useChangeEnd<S>(
  state: S,
  onChangeEnd: ((state: S) => void) | undefined,
): () => void {
  const latest = useLatest(state);
  return useChangeEndOf(latest, onChangeEnd);
}

/**
 * {@link useChangeEnd} for a hook whose state lives outside React's (a live store): the state
 * reported is what `current` holds once the update that ended the gesture has been rendered.
 */
export function useChangeEndOf<S>(
  current: { readonly current: S } | { get: () => S },
  onChangeEnd: ((state: S) => void) | undefined,
): () => void {
  const [ends, setEnds] = useState(0);
  const reported = useRef(0);
  const report = useLatest(onChangeEnd);
  const source = useLatest(current);
  useEffect(() => {
    if (ends === reported.current) return;
    reported.current = ends;
    const from = source.current;
    report.current?.("get" in from ? from.get() : from.current);
  }, [ends, source, report]);
  return useCallback(() => setEnds((n) => n + 1), []);
}
