import { useCallback, useEffect, useRef, useState } from "react";
import { isDevelopment } from "./development";

/** A new value, or a function of the current one (like React's `setState`). */
export type StateUpdate<T> = T | ((previous: T) => T);

/**
 * One piece of state that a component either owns (uncontrolled: `defaultValue`) or receives
 * (controlled: `value` with `onChange`), in the React Aria / Radix shape every slopes hook uses.
 *
 * - `onChange` is called only when the value really changes (`Object.is`), so a drag that
 *   stays put, or a setter called twice with the same value, reports nothing.
 * - In development it warns once when a component switches between controlled and uncontrolled
 *   (`value` going from defined to `undefined` or back), which is almost always a bug.
 *
 * @param value - The controlled value; `undefined` means uncontrolled.
 * @param defaultValue - The initial value when uncontrolled.
 * @param onChange - Called with each new value, controlled or not.
 * @param name - Used in the warning message. @default "value"
 * @returns `[current, set]`, where `set` accepts a value or an updater function.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
  name = "value",
): [T, (update: StateUpdate<T>) => void] {
  const controlled = value !== undefined;
  const [internal, setInternal] = useState<T>(defaultValue);
  const current = controlled ? value : internal;

  // The latest value and callback, read by the stable setter below.
  const latest = useRef({ current, controlled, onChange });
  useEffect(() => {
    latest.current = { current, controlled, onChange };
  });

  const wasControlled = useRef(controlled);
  useEffect(() => {
    if (wasControlled.current !== controlled && isDevelopment()) {
      console.warn(
        `slopes: a component changed \`${name}\` from ${
          wasControlled.current ? "controlled to uncontrolled" : "uncontrolled to controlled"
        }. Decide between \`${name}\` (controlled) and \`default${capitalise(name)}\` ` +
          "(uncontrolled) for the lifetime of the component.",
      );
    }
    wasControlled.current = controlled;
  }, [controlled, name]);

  const set = useCallback((update: StateUpdate<T>) => {
    const state = latest.current;
    const next =
      typeof update === "function" ? (update as (previous: T) => T)(state.current) : update;
    if (Object.is(next, state.current)) return;
    if (!state.controlled) {
      // Seen by a second call in the same tick, before React re-renders.
      state.current = next;
      setInternal(next);
    }
    state.onChange?.(next);
  }, []);

  return [current, set];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
