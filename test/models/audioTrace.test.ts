import { describe, expect, it } from "vitest";
import {
  MAX_GAIN,
  PITCH_RANGE,
  curveSweep,
  pitchOf,
  probeSound,
  productTones,
  runningProducts,
  slopeSound,
  stepDrop,
} from "../../src/models/audioTrace";

describe("pitchOf", () => {
  it("rises with the value, log-spaced, inside the range, silent where undefined", () => {
    const values = Array.from({ length: 41 }, (_, i) => -2 + i * 0.1);
    const pitches = values.map((v) => pitchOf(v, [-1, 1]) as number);
    for (let i = 1; i < pitches.length; i++)
      expect(pitches[i]).toBeGreaterThanOrEqual(pitches[i - 1] as number);
    expect(Math.min(...pitches)).toBe(PITCH_RANGE[0]);
    expect(Math.max(...pitches)).toBe(PITCH_RANGE[1]);
    // Equal steps of value, equal intervals: the middle is the geometric mean (A4, 440 Hz).
    expect(pitchOf(0, [-1, 1])).toBeCloseTo(440, 9);
    expect(pitchOf(Number.NaN, [-1, 1])).toBeNull();
    expect(pitchOf(Infinity, [-1, 1])).toBeNull();
  });
});

describe("curveSweep", () => {
  it("plays x² on [−3, 3]: falling then rising, lowest in the middle, a mark at x = 0 and at the point", () => {
    const sweep = curveSweep((x) => x * x, [-3, 3], [0, 9], { point: 1 });
    const pitches = sweep.voice.map((s) => s.frequency as number);
    const lowest = pitches.indexOf(Math.min(...pitches));
    expect(Math.abs(sweep.voice[lowest]!.time - sweep.duration / 2)).toBeLessThan(0.05);
    for (let i = 1; i <= lowest; i++) expect(pitches[i]).toBeLessThanOrEqual(pitches[i - 1]!);
    for (let i = lowest + 1; i < pitches.length; i++)
      expect(pitches[i]).toBeGreaterThanOrEqual(pitches[i - 1]!);
    expect(sweep.marks.map((m) => m.kind)).toEqual(["origin", "point"]);
    expect(sweep.marks[1]!.time).toBeCloseTo(2, 9);
  });

  it("marks each crossing of the x axis and is silent where f is undefined", () => {
    const sweep = curveSweep((x) => (x > 0 ? Math.log(x) : Number.NaN), [-2, 3], [-3, 2]);
    const crossings = sweep.marks.filter((m) => m.kind === "crossing");
    expect(crossings).toHaveLength(1);
    // ln crosses at x = 1: 3/5 of the way across a 3 s sweep.
    expect(crossings[0]!.time).toBeCloseTo(1.8, 1);
    for (const step of sweep.voice) {
      const x = -2 + (step.time / 3) * 5;
      if (x <= 0) expect(step.frequency, `x = ${x}`).toBeNull();
      if (x <= 0) expect(step.gain).toBe(0);
    }
    expect(sweep.marks.some((m) => m.kind === "origin")).toBe(true);
  });
});

describe("slopeSound", () => {
  it("has the sign of f′: rising pitch above the middle for a positive slope, below for a negative", () => {
    const middle = 440;
    let previous = 0;
    for (const slope of [-50, -3, -1, -0.2, 0.2, 1, 3, 50]) {
      const sound = slopeSound(slope);
      expect(sound.kind).toBe(slope > 0 ? "rise" : "fall");
      expect(Math.sign((sound.frequency as number) - middle)).toBe(Math.sign(slope));
      expect(sound.frequency).toBeGreaterThan(previous);
      previous = sound.frequency as number;
      expect(sound.gain).toBeLessThan(MAX_GAIN);
    }
  });

  it("has its own sound at the bottom of the bowl: x² at x = 0", () => {
    expect(slopeSound(2 * 0).kind).toBe("flat");
    expect(slopeSound(2 * 0.3).kind).toBe("rise");
    expect(slopeSound(Number.NaN).kind).toBe("silent");
  });
});

describe("the gradient and the chain rule", () => {
  it("probe: pitch follows the cost, loudness the steepness", () => {
    const low = probeSound(1, [0, 10], 0.5, 4);
    const high = probeSound(9, [0, 10], 0.5, 4);
    const steep = probeSound(1, [0, 10], 4, 4);
    expect(high.frequency).toBeGreaterThan(low.frequency as number);
    expect(steep.gain).toBeGreaterThan(low.gain);
    expect(steep.gain).toBeLessThanOrEqual(MAX_GAIN);
  });

  it("a step that lowers the cost is heard falling", () => {
    const drop = stepDrop(8, 2, [0, 10]);
    const pitches = drop.voice.map((s) => s.frequency as number);
    expect(pitches[pitches.length - 1]).toBeLessThan(pitches[0]!);
    for (let i = 1; i < pitches.length; i++)
      expect(pitches[i]).toBeLessThanOrEqual(pitches[i - 1]!);
  });

  it("a vanishing product falls away step by step", () => {
    const tones = productTones([1, 0.25, 0.01, 1e-5, 0]);
    const pitches = tones.voice.map((s) => s.frequency);
    for (let i = 1; i < 4; i++) expect(pitches[i]).toBeLessThan(pitches[i - 1] as number);
    expect(pitches[4]).toBeNull();
  });
});

describe("runningProducts", () => {
  it("multiplies the factors output side first, from 1 to the whole derivative", () => {
    expect(runningProducts([2, 0.5, 3])).toEqual([1, 2, 1, 3]);
    // A saturated sigmoid: the product collapses, and its tones fall away.
    const products = runningProducts([2, 4.5e-5, 1.5]);
    const pitches = productTones(products).voice.map((s) => s.frequency as number);
    expect(pitches[2]).toBeLessThan(pitches[1]! / 2);
  });
});
