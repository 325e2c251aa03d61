import { useState } from "react";

/**
 * State that starts from an attribute and follows the reader's moves, and jumps to the
 * attribute's new value when the page changes the attribute.
 */
export function useAttributeState<T>(
  fromAttribute: T | undefined,
  fallback: T,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(fromAttribute ?? fallback);
  const [seen, setSeen] = useState(fromAttribute);
  if (!Object.is(seen, fromAttribute)) {
    setSeen(fromAttribute);
    if (fromAttribute !== undefined) setValue(fromAttribute);
  }
  return [value, setValue];
}
