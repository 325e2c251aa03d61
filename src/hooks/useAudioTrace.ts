"use client";
import type { ReactNode } from "react";
import { createContext, createElement, useCallback, useContext, useEffect, useRef } from "react";
import { useSyncExternalStore } from "react";
import type { AudioSchedule, VoiceStep } from "../models/audioTrace";
import { playSchedule } from "./audioPlayer";

/** The page's sound preference: off until a reader turns it on, then on for every widget. */
const page = {
  on: false,
  listeners: new Set<() => void>(),
  set(on: boolean) {
    if (page.on === on) return;
    page.on = on;
    for (const listener of page.listeners) listener();
  },
  subscribe(listener: () => void) {
    page.listeners.add(listener);
    return () => page.listeners.delete(listener);
  },
};

const SoundMuted = createContext(false);

const canPlay = () => typeof window !== "undefined" && typeof window.AudioContext === "function";
const noSubscription = () => () => {};

/** Props of {@link SoundProvider}. */
export interface SoundProviderProps {
  /** Silence every widget inside, whatever the reader chose (a muted course page). @default false */
  muted?: boolean | undefined;
  /** The widgets (or the whole page) it applies to. */
  children?: ReactNode;
}

/**
 * Sound for the widgets inside: `muted` silences them all. The reader's own choice (a widget's
 * sound toggle) is remembered for the whole page, so turning sound on in one explorer turns it on
 * in the others.
 */
export function SoundProvider({ muted = false, children }: SoundProviderProps) {
  return createElement(SoundMuted.Provider, { value: muted }, children);
}

/** Result of {@link useAudioTrace}. */
export interface UseAudioTraceResult {
  /** Web Audio exists in this browser. */
  supported: boolean;
  /** The reader turned sound on (never on by itself), and no `SoundProvider` mutes it. */
  on: boolean;
  /** Turns sound on or off for the page; call it from the reader's click or key press. */
  setOn: (on: boolean) => void;
  /**
   * Plays a schedule now, stopping what was playing: an explicit request of the reader ("Play
   * the curve"), so it plays whether or not sound follows moves; nothing when muted.
   */
  play: (schedule: AudioSchedule) => void;
  /**
   * Holds continuous voices (the curve's, the slope's) at these pitches; they fade out on their
   * own half a second after the last call. Nothing when sound is off.
   */
  follow: (voices: readonly VoiceStep[]) => void;
  /** Stops everything. */
  stop: () => void;
}

interface Voice {
  oscillator: OscillatorNode;
  gain: GainNode;
}

/** How long a followed voice holds after the last move, in seconds. */
const HOLD = 0.5;

/**
 * The audio adapter of the explorers: plays what `models/audioTrace` computes on one
 * AudioContext, created on the reader's first "on" (browsers allow sound only after a gesture).
 */
export function useAudioTrace(): UseAudioTraceResult {
  // Read through the store so server HTML and hydration agree (no sound controls on the server).
  const supported = useSyncExternalStore(noSubscription, canPlay, () => false);
  const chosen = useSyncExternalStore(
    page.subscribe,
    () => page.on,
    () => false,
  );
  const muted = useContext(SoundMuted);
  const on = supported && chosen && !muted;
  const context = useRef<AudioContext | null>(null);
  const stopPlaying = useRef<(() => void) | null>(null);
  const voices = useRef<Voice[]>([]);

  const audio = useCallback((): AudioContext | null => {
    if (!supported) return null;
    context.current ??= new AudioContext();
    if (context.current.state === "suspended") void context.current.resume();
    return context.current;
  }, [supported]);

  const stop = useCallback(() => {
    stopPlaying.current?.();
    stopPlaying.current = null;
    const now = context.current?.currentTime ?? 0;
    for (const voice of voices.current) voice.gain.gain.setTargetAtTime(0, now, 0.02);
  }, []);

  const setOn = useCallback(
    (next: boolean) => {
      if (next) audio();
      else stop();
      page.set(next);
    },
    [audio, stop],
  );

  const play = useCallback(
    (schedule: AudioSchedule) => {
      if (muted) return;
      const ctx = audio();
      if (!ctx) return;
      stop();
      stopPlaying.current = playSchedule(ctx, schedule);
    },
    [muted, audio, stop],
  );

  const follow = useCallback(
    (steps: readonly VoiceStep[]) => {
      if (!on) return;
      const ctx = audio();
      if (!ctx) return;
      const now = ctx.currentTime;
      steps.forEach((step, i) => {
        let voice = voices.current[i];
        if (!voice) {
          const oscillator = ctx.createOscillator();
          const gain = ctx.createGain();
          gain.gain.value = 0;
          oscillator.connect(gain).connect(ctx.destination);
          oscillator.start();
          voice = { oscillator, gain };
          voices.current[i] = voice;
        }
        if (step.frequency !== null) {
          voice.oscillator.frequency.setTargetAtTime(step.frequency, now, 0.01);
        }
        const level = voice.gain.gain;
        level.cancelScheduledValues(now);
        level.setTargetAtTime(step.frequency === null ? 0 : step.gain, now, 0.01);
        level.setTargetAtTime(0, now + HOLD, 0.08);
      });
    },
    [on, audio],
  );

  // Sound turned off elsewhere (another widget's toggle, a muting provider): stop here too.
  useEffect(() => {
    if (!on) stop();
  }, [on, stop]);
  // Leaving the page: release the audio hardware.
  useEffect(
    () => () => {
      stopPlaying.current?.();
      for (const voice of voices.current) voice.oscillator.stop();
      void context.current?.close();
    },
    [],
  );

  return { supported, on, setOn, play, follow, stop };
}
