import { describe, expect, it } from "vitest";
import { playSchedule } from "../../src/hooks/audioPlayer";
import { curveSweep, stepDrop } from "../../src/models/audioTrace";
import type { AudioSchedule } from "../../src/models/audioTrace";

const RATE = 22050;

async function render(schedule: AudioSchedule, marks = false): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, Math.ceil((schedule.duration + 0.1) * RATE), RATE);
  playSchedule(context, schedule, { at: 0, marks });
  const buffer = await context.startRendering();
  return buffer.getChannelData(0);
}

/** The dominant frequency of a stretch of samples, from its rising zero crossings. */
function frequencyAt(samples: Float32Array, from: number, length: number): number | null {
  const crossings: number[] = [];
  for (let i = from + 1; i < from + length && i < samples.length; i++) {
    const a = samples[i - 1] as number;
    const b = samples[i] as number;
    if (a < 0 && b >= 0) crossings.push(i - 1 + a / (a - b));
  }
  if (crossings.length < 3) return null;
  const periods = (crossings[crossings.length - 1]! - crossings[0]!) / (crossings.length - 1);
  return RATE / periods;
}

function track(samples: Float32Array, duration: number, every = 0.1): (number | null)[] {
  const out: (number | null)[] = [];
  for (let t = 0.05; t < duration - 0.05; t += every) {
    out.push(frequencyAt(samples, Math.round(t * RATE), Math.round(0.04 * RATE)));
  }
  return out;
}

describe("audio trace, rendered by Chromium's Web Audio (#17)", () => {
  it("plays x² on [−3, 3]: the heard pitch falls, then rises, lowest near the middle", async () => {
    const sweep = curveSweep((x) => x * x, [-3, 3], [0, 9]);
    const samples = await render(sweep);
    expect(Math.max(...samples.map(Math.abs))).toBeLessThan(1);
    const heard = track(samples, sweep.duration) as number[];
    expect(heard.every((f) => f !== null && f > 200 && f < 900)).toBe(true);
    const lowest = heard.indexOf(Math.min(...heard));
    const lowestTime = 0.05 + lowest * 0.1;
    expect(Math.abs(lowestTime - 1.5)).toBeLessThanOrEqual(0.15);
    // Falling before, rising after (allowing 1 % for the estimate).
    for (let i = 1; i <= lowest; i++) expect(heard[i]).toBeLessThan(heard[i - 1]! * 1.01);
    for (let i = lowest + 1; i < heard.length; i++)
      expect(heard[i]).toBeGreaterThan(heard[i - 1]! * 0.99);
    expect(heard[0]).toBeGreaterThan(2 * heard[lowest]!);
  });

  it("is silent where the function is undefined", async () => {
    const sweep = curveSweep((x) => (x > 0 ? Math.sqrt(x) : Number.NaN), [-2, 2], [0, 1.5]);
    const samples = await render(sweep);
    const quiet = samples.slice(Math.round(0.1 * RATE), Math.round(1.4 * RATE));
    expect(Math.max(...quiet.map(Math.abs))).toBeLessThan(1e-3);
    const loud = samples.slice(Math.round(2 * RATE), Math.round(2.8 * RATE));
    expect(Math.max(...loud.map(Math.abs))).toBeGreaterThan(0.1);
  });

  it("plays a step that lowers the cost as a falling glide", async () => {
    const drop = stepDrop(8, 1, [0, 10]);
    const samples = await render(drop);
    const heard = track(samples, drop.duration, 0.1) as number[];
    expect(heard.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < heard.length; i++) expect(heard[i]).toBeLessThan(heard[i - 1]!);
  });
});
