import { describe, expect, it } from "vitest";
import type { Box } from "../../src/models/labelPlacement";
import {
  boxAround,
  boxesOverlap,
  placeLabels,
  segmentCandidates,
} from "../../src/models/labelPlacement";
import { equalUnits, unitTriangle } from "../../src/models/lines";
import { seededRandom } from "../support/random";

const BOUNDS: Box = { left: 0, top: 0, right: 400, bottom: 300 };

describe("placeLabels", () => {
  it("gives each label its first free candidate and never two overlapping boxes", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const requests = Array.from({ length: 6 }, () => ({
        width: 20 + random() * 60,
        height: 16,
        candidates: Array.from(
          { length: 8 },
          () => [random() * 400, random() * 300] as [number, number],
        ),
      }));
      const obstacles: Box[] = [boxAround([200, 150], 28, 28)];
      const placed = placeLabels(requests, obstacles, BOUNDS);
      const boxes = placed.flatMap((at, i) =>
        at ? [boxAround(at, requests[i]!.width, requests[i]!.height)] : [],
      );
      for (let i = 0; i < boxes.length; i++) {
        expect(boxesOverlap(boxes[i]!, obstacles[0]!)).toBe(false);
        for (let j = i + 1; j < boxes.length; j++) {
          expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
        }
      }
    }
  });

  it("leaves a label out rather than write it over another", () => {
    const one = { width: 40, height: 16, candidates: [[100, 100] as [number, number]] };
    expect(placeLabels([one, one], [], BOUNDS)).toEqual([[100, 100], null]);
  });

  it("keeps labels inside the picture", () => {
    const edge = {
      width: 40,
      height: 16,
      candidates: [[5, 5] as [number, number], [50, 50] as [number, number]],
    };
    expect(placeLabels([edge], [], BOUNDS)).toEqual([[50, 50]]);
  });
});

describe("segmentCandidates", () => {
  it("sets labels off the line far enough that their box does not cross it", () => {
    const random = seededRandom(3);
    for (let round = 0; round < 100; round++) {
      const a: [number, number] = [random() * 400, random() * 300];
      const b: [number, number] = [random() * 400, random() * 300];
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (length < 10) continue;
      const [w, h] = [50, 16];
      for (const c of segmentCandidates([a, b], null, w, h)) {
        // Distance from the centre to the line, against the box's half-extent across it.
        const nx = -(b[1] - a[1]) / length;
        const ny = (b[0] - a[0]) / length;
        const distance = Math.abs((c[0] - a[0]) * nx + (c[1] - a[1]) * ny);
        expect(distance).toBeGreaterThanOrEqual((Math.abs(nx) * w) / 2 + (Math.abs(ny) * h) / 2);
      }
    }
  });

  it("starts at the end away from the handle", () => {
    const [first] = segmentCandidates(
      [
        [0, 100],
        [300, 100],
      ],
      [290, 100],
      40,
      16,
    );
    expect(first![0]).toBeLessThan(150);
  });
});

describe("unitTriangle", () => {
  const window = { x: [-3, 3], y: [-0.5, 9] } as const;

  it("has a run of 1 and a rise equal to the slope, on the tangent", () => {
    const t = unitTriangle([1, 1], 2, window, 1);
    expect(t).toEqual({
      run: [
        [1, 1],
        [2, 1],
      ],
      rise: [
        [2, 1],
        [2, 3],
      ],
      length: 1,
      height: 2,
    });
  });

  it("goes to the other side when the preferred one leaves the window", () => {
    // To the left the tangent of x² at 1 falls to −1, below the window.
    const t = unitTriangle([1, 1], 2, window, -1);
    expect(t?.run[1]).toEqual([2, 1]);
    expect(unitTriangle([2.5, 6.25], 5, window, 1)?.run[1]).toEqual([1.5, 6.25]);
  });

  it("takes a power of ten in a narrow window, and nothing for an undefined slope", () => {
    const t = unitTriangle([0.1, 0], 3, { x: [0, 0.5], y: [-1, 1] }, 1);
    expect(t?.length).toBeCloseTo(0.1, 12);
    expect(t?.height).toBeCloseTo(0.3, 12);
    expect(unitTriangle([1, 1], Number.NaN, window)).toBeNull();
    expect(unitTriangle([1, 1], 100, window)).toBeNull();
  });
});

describe("equalUnits", () => {
  it("widens y about its middle for equal units when that stretches it at most 4 times", () => {
    const sine = equalUnits([-6.5, 6.5], [-1.2, 1.2], 0.69);
    expect(sine.equal).toBe(true);
    expect(sine.y[1] - sine.y[0]).toBeCloseTo(13 * 0.69, 12);
    expect((sine.y[0] + sine.y[1]) / 2).toBeCloseTo(0, 12);
  });

  it("keeps a taller range, and a flat curve that would drown, with the ratio of the units", () => {
    const square = equalUnits([-3, 3], [-0.7, 9.7], 0.69);
    expect(square.y).toEqual([-0.7, 9.7]);
    expect(square.equal).toBe(false);
    expect(square.ratio).toBeCloseTo((6 * 0.69) / 10.4, 12);
    const sigmoid = equalUnits([-6, 6], [-0.1, 1.1], 0.69);
    expect(sigmoid.equal).toBe(false);
    expect(sigmoid.ratio).toBeCloseTo((12 * 0.69) / 1.2, 12);
  });
});
