// What the pictures sound like (issue #17): the mapping from a widget's state to tones, as data.
// Pure functions of numbers: the audio adapter (hooks/useAudioTrace) only plays what they say,
// and every rule here is tested without a sound card.

/** The voice's pitch range in Hz: A3 to A5, two octaves that every speaker and ear handles. */
export const PITCH_RANGE: readonly [number, number] = [220, 880];
/** Loudest gain of any one voice; voices, clicks and marks together stay under 1 (no clipping). */
export const MAX_GAIN = 0.25;

/**
 * The pitch of `value` within `[lo, hi]`, log-spaced over `range` (equal steps of value are
 * equal musical intervals), clamped to the range; `null` (silence) where the value is not a
 * finite number.
 */
export function pitchOf(
  value: number,
  [lo, hi]: readonly [number, number],
  range: readonly [number, number] = PITCH_RANGE,
): number | null {
  if (!Number.isFinite(value)) return null;
  const span = hi - lo;
  const t = span > 0 ? Math.min(1, Math.max(0, (value - lo) / span)) : 0.5;
  return range[0] * (range[1] / range[0]) ** t;
}

/** One step of a voice: from `time` (seconds) on, this pitch (`null`: silence). */
export interface VoiceStep {
  readonly time: number;
  readonly frequency: number | null;
  /** Gain of the step, 0 to MAX_GAIN. */
  readonly gain: number;
}

/** A short sound that marks a place: x = 0, an axis crossing, the reader's point, a flat point. */
export interface AudioMark {
  readonly time: number;
  readonly kind: "origin" | "crossing" | "point" | "flat";
}

/** A piece of sound to play: a voice (a sequence of pitches) and marks. */
export interface AudioSchedule {
  /** Length in seconds. */
  readonly duration: number;
  readonly voice: readonly VoiceStep[];
  readonly marks: readonly AudioMark[];
}

/** Options of {@link curveSweep}. */
export interface CurveSweepOptions {
  /** Seconds from the left edge to the right edge. @default 3 */
  readonly duration?: number | undefined;
  /** Pitch steps across the window. @default 240 */
  readonly steps?: number | undefined;
  /** The reader's point, marked as the sweep passes it. */
  readonly point?: number | undefined;
}

/**
 * "Play the curve": the window swept left to right, pitch following f(x) within the picture's
 * y range, silence where f is undefined, a mark at x = 0, at each crossing of the x axis and
 * where the sweep passes the reader's point.
 */
export function curveSweep(
  f: (x: number) => number,
  [x0, x1]: readonly [number, number],
  yRange: readonly [number, number],
  options: CurveSweepOptions = {},
): AudioSchedule {
  const duration = options.duration ?? 3;
  const steps = Math.max(2, Math.floor(options.steps ?? 240));
  const voice: VoiceStep[] = [];
  const marks: AudioMark[] = [];
  const timeOf = (x: number) => ((x - x0) / (x1 - x0)) * duration;
  let previous = Number.NaN;
  for (let i = 0; i < steps; i++) {
    const x = x0 + ((x1 - x0) * i) / (steps - 1);
    const y = f(x);
    const frequency = pitchOf(y, yRange);
    voice.push({ time: (duration * i) / (steps - 1), frequency, gain: frequency ? MAX_GAIN : 0 });
    if (Number.isFinite(previous) && Number.isFinite(y) && Math.sign(previous) * Math.sign(y) < 0) {
      // Between the two samples, where the straight line between them meets the axis.
      const before = x - (x1 - x0) / (steps - 1);
      marks.push({
        time: timeOf(before + ((x - before) * previous) / (previous - y)),
        kind: "crossing",
      });
    }
    previous = y;
  }
  if (x0 < 0 && x1 > 0) marks.push({ time: timeOf(0), kind: "origin" });
  const point = options.point;
  if (point !== undefined && point >= x0 && point <= x1)
    marks.push({ time: timeOf(point), kind: "point" });
  marks.sort((a, b) => a.time - b.time);
  return { duration, voice, marks };
}

/** The second voice while the point moves: how the slope sounds. */
export interface SlopeSound {
  /** Rising for a positive slope, falling for a negative one; a flat point has its own sound. */
  readonly kind: "rise" | "fall" | "flat" | "silent";
  /** Pitch, higher for a steeper rise (in the lower half of the range for a fall). */
  readonly frequency: number | null;
  /** Quieter than the curve's voice. */
  readonly gain: number;
}

/**
 * The slope voice: a pitch that goes up with the slope through the whole range (atan keeps any
 * slope inside it: −∞ at the bottom, 0 in the middle, +∞ at the top), a third as loud as the
 * curve's voice; `flat` when |slope| is under `flatBelow` (the bottom of the bowl), `silent`
 * where the slope is undefined.
 */
export function slopeSound(slope: number, scale = 1, flatBelow = 1e-3): SlopeSound {
  if (!Number.isFinite(slope)) return { kind: "silent", frequency: null, gain: 0 };
  if (Math.abs(slope) < flatBelow * Math.max(scale, Number.MIN_VALUE)) {
    return { kind: "flat", frequency: pitchOf(0, [-1, 1]), gain: MAX_GAIN / 3 };
  }
  const t = Math.atan(slope / scale) / Math.PI; // −½ … ½
  return {
    kind: slope > 0 ? "rise" : "fall",
    frequency: pitchOf(t, [-0.5, 0.5]),
    gain: MAX_GAIN / 3,
  };
}

/**
 * The gradient probe's sound: pitch follows the cost within the map's cost range, loudness the
 * steepness |∇L| against `steepRange` (a flat place is quiet, never silent: the pitch still says
 * where the probe is).
 */
export function probeSound(
  cost: number,
  costRange: readonly [number, number],
  steepness: number,
  steepRange: number,
): VoiceStep {
  const frequency = pitchOf(cost, costRange);
  const share =
    steepRange > 0 && Number.isFinite(steepness) ? Math.min(1, steepness / steepRange) : 0;
  return { time: 0, frequency, gain: frequency ? MAX_GAIN * (0.2 + 0.8 * share) : 0 };
}

/** "Take one step", heard: a glide from the cost before to the cost after (a drop falls). */
export function stepDrop(
  before: number,
  after: number,
  costRange: readonly [number, number],
  duration = 0.6,
): AudioSchedule {
  const steps = 24;
  const voice: VoiceStep[] = [];
  for (let i = 0; i < steps; i++) {
    const t = i / (steps - 1);
    const frequency = pitchOf(before + (after - before) * t, costRange);
    voice.push({ time: t * duration, frequency, gain: frequency ? MAX_GAIN : 0 });
  }
  return { duration, voice, marks: [] };
}

/**
 * The chain rule's backward pass, heard: one tone per step whose pitch follows the size of the
 * running product on a log scale from 10⁻⁶ to 10, so a product that vanishes is heard falling
 * away; a product of exactly 0 is silence.
 */
export function productTones(products: readonly number[], each = 0.35): AudioSchedule {
  const voice = products.map((product, i): VoiceStep => {
    const size = Math.abs(product);
    const frequency = size > 0 ? pitchOf(Math.log10(size), [-6, 1]) : null;
    return { time: i * each, frequency, gain: frequency ? MAX_GAIN : 0 };
  });
  return { duration: products.length * each, voice, marks: [] };
}

/**
 * The running products of a backward pass: 1 (the output's own slope), then the product of the
 * factors met so far, output side first; the last one is the whole derivative.
 */
export function runningProducts(factors: readonly number[]): number[] {
  const out = [1];
  for (const factor of factors) out.push((out[out.length - 1] as number) * factor);
  return out;
}
