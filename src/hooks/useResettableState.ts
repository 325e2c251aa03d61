import { useState } from "react";
import type { Dispatch, SetStateAction } from "react";

/** Options of {@link useResettableState}. */
export interface UseResettableStateOptions<T> {
  /**
   * What counts as a new source: two sources with the same key are the same (for example
   * `JSON.stringify` for a pair read from an attribute, which is a new array on every render).
   * @default the source itself, compared with `Object.is`
   */
  key?: ((source: T) => unknown) | undefined;
}

/**
 * State that starts from a prop (or an attribute) and then belongs to the reader, until the page
 * sends a new prop: then it jumps to it. The pattern behind a formula field whose draft the
 * reader edits while the page may still replace the formula, and behind every attribute of the
 * custom elements. The reset happens during render (no effect, no extra paint).
 *
 * @param source - The value the page gives now.
 * @returns `[current, set]`, like `useState`.
 */
export function useResettableState<T>(
  source: T,
  options: UseResettableStateOptions<T> = {},
): [T, Dispatch<SetStateAction<T>>] {
  const key = options.key ? options.key(source) : source;
  const [value, setValue] = useState<T>(() => source);
  const [seen, setSeen] = useState<unknown>(() => key);
  if (!Object.is(seen, key)) {
    setSeen(() => key);
    setValue(() => source);
  }
  return [value, setValue];
}
