// Plays an AudioSchedule (models/audioTrace) on any Web Audio context: a live AudioContext for
// readers, an OfflineAudioContext for tests. Nothing here decides what a state sounds like.

import type { AudioMark, AudioSchedule } from "../models/audioTrace";

/** Pitch of each kind of mark, in Hz: above the voice's range so a mark never reads as a value. */
const MARK_PITCH: Record<AudioMark["kind"], number> = {
  origin: 1760,
  crossing: 1320,
  point: 2093,
  flat: 1568,
};
/** Length of a mark, and of the fades that keep pitch changes free of clicks, in seconds. */
const MARK_LENGTH = 0.03;
const GLIDE = 0.008;

/** Options of {@link playSchedule}. */
export interface PlayOptions {
  /** When to start, on the context's clock. @default the context's current time */
  at?: number | undefined;
  /** Overall volume, 0 to 1, multiplied into every gain. @default 1 */
  volume?: number | undefined;
  /** Play the marks. @default true */
  marks?: boolean | undefined;
}

/**
 * Schedules `schedule` on `context` and returns a function that stops it. One sine voice whose
 * pitch and gain follow the steps (short glides, silence as a fade to 0), and a short, quieter
 * tone for each mark.
 */
export function playSchedule(
  context: BaseAudioContext,
  schedule: AudioSchedule,
  options: PlayOptions = {},
): () => void {
  const start = options.at ?? context.currentTime;
  const volume = Math.min(1, Math.max(0, options.volume ?? 1));
  const end = start + schedule.duration;
  const voice = context.createOscillator();
  voice.type = "sine";
  const level = context.createGain();
  level.gain.setValueAtTime(0, start);
  voice.connect(level).connect(context.destination);
  const first = schedule.voice.find((step) => step.frequency !== null)?.frequency ?? 440;
  voice.frequency.setValueAtTime(first, start);
  for (const step of schedule.voice) {
    const t = start + step.time;
    if (step.frequency !== null) {
      voice.frequency.setTargetAtTime(step.frequency, t, GLIDE / 3);
    }
    level.gain.setTargetAtTime(step.frequency === null ? 0 : step.gain * volume, t, GLIDE / 3);
  }
  level.gain.setTargetAtTime(0, end, GLIDE / 3);
  voice.start(start);
  voice.stop(end + 10 * GLIDE);
  const nodes: AudioScheduledSourceNode[] = [voice];
  if (options.marks !== false) {
    for (const mark of schedule.marks) {
      const tone = context.createOscillator();
      tone.frequency.value = MARK_PITCH[mark.kind];
      const gain = context.createGain();
      const t = start + mark.time;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(0.15 * volume, t + GLIDE);
      gain.gain.linearRampToValueAtTime(0, t + MARK_LENGTH);
      tone.connect(gain).connect(context.destination);
      tone.start(t);
      tone.stop(t + MARK_LENGTH + GLIDE);
      nodes.push(tone);
    }
  }
  return () => {
    for (const node of nodes) {
      try {
        node.stop();
      } catch {
        // Already stopped: nothing to do.
      }
    }
  };
}
