import { useCallback, useEffect, useState } from "react";

/** Options of {@link useBackwardPass}. */
export interface UseBackwardPassOptions {
  /** Number of steps of the pass (the output, then every node behind it). */
  steps: number;
  /** Time between steps while playing, in milliseconds. @default 900 */
  interval?: number | undefined;
}

/** Result of {@link useBackwardPass}. */
export interface UseBackwardPassResult {
  /** Steps revealed so far: 0 before the pass, `steps` when every adjoint is shown. */
  revealed: number;
  /** The pass is advancing by itself. */
  playing: boolean;
  /** Every step is revealed. */
  done: boolean;
  /** Start (or restart) the animation: one step every `interval` ms. */
  play: () => void;
  /** Reveal one more step (the step-through control under reduced motion). */
  next: () => void;
  /** Hide every adjoint again. */
  reset: () => void;
}

/**
 * The progress of a backward pass through a computation graph, as data: how many steps are
 * revealed, and controls to play it as an animation or to step through it by hand. The view
 * decides which to offer (step-through under `prefers-reduced-motion`).
 */
export function useBackwardPass({
  steps,
  interval = 900,
}: UseBackwardPassOptions): UseBackwardPassResult {
  const [revealed, setRevealed] = useState(0);
  const [playing, setPlaying] = useState(false);
  const shown = Math.min(revealed, steps);
  const done = steps > 0 && shown >= steps;
  const running = playing && shown < steps;

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setRevealed((r) => Math.min(steps, r + 1)), interval);
    return () => clearTimeout(timer);
  }, [running, shown, steps, interval]);

  const play = useCallback(() => {
    setRevealed(1);
    setPlaying(true);
  }, []);
  const next = useCallback(() => {
    setPlaying(false);
    setRevealed((r) => Math.min(steps, r + 1));
  }, [steps]);
  const reset = useCallback(() => {
    setPlaying(false);
    setRevealed(0);
  }, []);
  return { revealed: shown, playing: running, done, play, next, reset };
}
