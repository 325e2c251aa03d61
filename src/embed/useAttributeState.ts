import { useState } from "react";

/**
 * State that starts from an attribute and follows the reader's moves, and jumps to the
 * attribute's new value when the page changes the attribute. Values are compared by content
 * (a pair read from `"1, 1"` is a new array on every render).
 */
export function useAttributeState<T>(
  fromAttribute: T | undefined,
  fallback: T,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(fromAttribute ?? fallback);
  const key = JSON.stringify(fromAttribute ?? null);
  const [seen, setSeen] = useState(key);
  if (seen !== key) {
    setSeen(key);
    if (fromAttribute !== undefined) setValue(fromAttribute);
  }
  return [value, setValue];
}
