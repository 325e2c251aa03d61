// @vitest-environment node
import { describe, expect, it } from "vitest";
import { differentiate, evaluate, format, parse, simplify, writtenSize } from "../../src/math";
import { CORPUS } from "./teacherCorpus";

const DEFAULT_POINTS = [-2.3, -1.1, -0.45, 0.6, 1.35, 2.7];

/**
 * The form check: the engine's result may be longer than the teacher's form by 25 % plus 2
 * nodes, no more. Two writings a teacher accepts differ by a few nodes: (x + 1)eˣ against
 * eˣ + x·eˣ (2 nodes), (3/2)√x against 3√x/2, eˣ(sin x + cos x) against eˣ sin x + eˣ cos x
 * (4 nodes on 9). What the margin refuses is an unfinished simplification, such as
 * (2(3x + 2) − 6x)/(3x + 2)² for 4/(3x + 2)² (+7 nodes on 7) or −15/(3x)² for −5/(3x²).
 */
const allowed = (teacherSize: number): number => Math.floor(1.25 * teacherSize) + 2;

/**
 * Cases whose result is still longer than the margin, with their sizes measured (result, teacher):
 * listed rather than hidden, and checked to stay as they are so that a fix shows up here. None
 * today: the last one, (x − 2)²/x, was closed by taking a shared power of a sum out of a sum
 * (2x(x − 2) − (x − 2)² → (x − 2)(x + 2)).
 */
const KNOWN_GAPS: Readonly<Record<string, readonly [number, number]>> = {};

const result = (f: string) => simplify(differentiate(f, "x"));

describe("teacher corpus (#16): simplify(differentiate(f)) against a textbook", () => {
  it(`holds at least 60 derivatives (${CORPUS.length})`, () => {
    expect(new Set(CORPUS.map((c) => c.f)).size).toBe(CORPUS.length);
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CORPUS.map((c) => [c.f, c.teacher, c.points ?? DEFAULT_POINTS] as const))(
    "d/dx %s has the value of %s",
    (f, teacher, points) => {
      const ours = result(f);
      let compared = 0;
      for (const x of points) {
        const expected = evaluate(teacher, { x });
        if (!Number.isFinite(expected)) continue;
        compared++;
        const actual = evaluate(ours, { x });
        expect(
          Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
          `${format(ours)} at ${x}: ${actual}, teacher ${expected}`,
        ).toBe(true);
      }
      expect(compared).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(CORPUS.map((c) => [c.f, c.teacher] as const))(
    "d/dx %s is written no longer than %s (margin 25 % + 2 nodes)",
    (f, teacher) => {
      const size = writtenSize(result(f));
      const teacherSize = writtenSize(parse(teacher));
      const gap = KNOWN_GAPS[f];
      if (gap) {
        expect([size, teacherSize], `known gap: ${format(result(f))}`).toEqual(gap);
        expect(size).toBeGreaterThan(allowed(teacherSize));
      } else {
        expect(
          size,
          `${format(result(f))} (${size}) against ${teacher} (${teacherSize})`,
        ).toBeLessThanOrEqual(allowed(teacherSize));
      }
    },
  );
});
