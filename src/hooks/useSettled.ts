import { useEffect, useState } from "react";

/**
 * `value` once it has stayed the same for `delay` ms: a live region fed with it speaks when a
 * drag rests or a key is released, not on every frame.
 * @param delay - Quiet time in milliseconds. @default 700
 */
export function useSettled<T>(value: T, delay = 700): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
