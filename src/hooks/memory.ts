import { useEffect, useRef, useState } from "react";
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
