"use client";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useAudioTrace } from "../hooks/useAudioTrace";
import type { GradientSource } from "../hooks/useGradientField";
import { probeSound, stepDrop } from "../models/audioTrace";

/**
 * The gradient explorer's sound, with sound on: as the probe moves, pitch follows the cost and
 * loudness the steepness |∇L|; a sound when the probe reaches a flat point; "Take one step" plays
 * the step's drop in cost as a glide. It follows the source's store (`live.subscribe`), so a move
 * renders nothing. Returns the source with a `step` that remembers the cost before the step, for
 * the glide.
 */
export function useGradientSound<R extends GradientSource>(result: R) {
  const audio = useAudioTrace();
  const { on, follow, play } = audio;
  const { live, landscape } = result;
  const [lo, hi] = landscape.valueRange;
  const steepness = landscape.steepness;
  const last = useRef<{ probe: readonly [number, number]; flat: boolean } | null>(null);
  const stepFrom = useRef<number | null>(null);

  useEffect(() => {
    const heard = () => {
      const state = live.get();
      const before = last.current;
      const flat = state.flat !== null;
      last.current = { probe: state.probe, flat };
      if (!on || !before) return;
      const moved = before.probe[0] !== state.probe[0] || before.probe[1] !== state.probe[1];
      if (!moved) return;
      if (stepFrom.current !== null) {
        play(stepDrop(stepFrom.current, state.value, [lo, hi]));
        stepFrom.current = null;
      } else {
        follow([probeSound(state.value, [lo, hi], state.length, steepness)]);
      }
      if (flat && !before.flat)
        play({ duration: 0.2, voice: [], marks: [{ time: 0, kind: "flat" }] });
    };
    heard();
    return live.subscribe(heard);
  }, [live, on, follow, play, lo, hi, steepness]);

  const { step: takeStep } = result;
  const step = useCallback(() => {
    stepFrom.current = live.get().value;
    const taken = takeStep();
    if (!taken) stepFrom.current = null;
    return taken;
  }, [takeStep, live]);
  const withSound = useMemo(() => ({ ...result, step }), [result, step]);
  return { supported: audio.supported, on, setOn: audio.setOn, result: withSound };
}
