"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useAudioTrace } from "../hooks/useAudioTrace";
import type { SecantSource } from "../hooks/useSecant";
import { useSecantWords } from "../hooks/useLocale";
import { formatNumber } from "../i18n/formatNumber";
import { curveSweep, MAX_GAIN, pitchOf, slopeSound } from "../models/audioTrace";

/**
 * The secant explorer's sound: "Play the curve" (its button, or P on a handle: see
 * `SoundControls`), and with sound on, a tone that follows f(x) and a quieter one that follows
 * the slope while the point moves, with a sound of its own where the slope is zero.
 */
export function useSecantSound(result: SecantSource) {
  const audio = useAudioTrace();
  const { code, labels } = useSecantWords();
  const [status, setStatus] = useState("");
  const { live, domain, fn } = result;
  const f = fn?.f;
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;

  const playCurve = useCallback(() => {
    if (!f) return;
    audio.play(curveSweep(f, [x0, x1], [y0, y1], { point: live.get().state.x }));
    const number = (v: number) => formatNumber(v, { maximumFractionDigits: 3, locale: code });
    setStatus(labels.playingCurve(number(x0), number(x1)));
  }, [audio, f, x0, x1, y0, y1, live, code, labels]);

  // While sound is on, every move of the point is heard (not the first render: sound never
  // starts by itself). Heard from the live state, so that a move re-renders nothing here.
  const last = useRef<{ x: number; flat: boolean } | null>(null);
  const { on, follow, play } = audio;
  useEffect(() => {
    const hear = () => {
      const { state } = live.get();
      const before = last.current;
      const slope = slopeSound(state.exactSlope, (y1 - y0) / (x1 - x0));
      last.current = { x: state.x, flat: slope.kind === "flat" };
      if (!on || !before || before.x === state.x) return;
      const frequency = pitchOf(state.fx, [y0, y1]);
      follow([
        { time: 0, frequency, gain: frequency ? MAX_GAIN : 0 },
        { time: 0, frequency: slope.frequency, gain: slope.gain },
      ]);
      if (slope.kind === "flat" && !before.flat) {
        play({ duration: 0.2, voice: [], marks: [{ time: 0, kind: "flat" }] });
      }
    };
    hear();
    return live.subscribe(hear);
  }, [on, follow, play, live, x0, x1, y0, y1]);

  return { supported: audio.supported, on, setOn: audio.setOn, playCurve, status };
}
