import { useEffect, useRef, useState } from "react";

/**
 * `value` once it has stayed the same for `delay` ms: a live region fed with it speaks when a
 * drag rests or a key is released, not on every frame.
 *
 * One timer serves a whole burst of changes: a change while it waits only notes the time, and
 * the timer, when it fires early, waits the rest of the quiet time again. A 60 Hz drag costs a
 * timer every `delay` ms instead of a clear and a set on every frame.
 * @param delay - Quiet time in milliseconds. @default 700
 */
export function useSettled<T>(value: T, delay = 700): T {
  const [settled, setSettled] = useState(value);
  const latest = useRef({ value, at: 0, delay });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = { value, at: performance.now(), delay };
    if (timer.current !== null) return;
    const wait = (ms: number) => {
      timer.current = setTimeout(() => {
        const { at, delay: quietTime } = latest.current;
        const quiet = performance.now() - at;
        if (quiet < quietTime - 1) {
          wait(quietTime - quiet);
          return;
        }
        timer.current = null;
        const next = latest.current.value;
        setSettled(() => next);
      }, ms);
    };
    wait(delay);
  }, [value, delay]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
  return settled;
}
