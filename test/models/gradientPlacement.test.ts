import { describe, expect, it } from "vitest";
import type { Vec2 } from "../../src/math/vec";
import { levelLabelCandidates, placeLevelLabels } from "../../src/models/gradientLevelLabels";
import type { PixelBox } from "../../src/models/gradientPlacement";
import {
  arrowOutOfProbe,
  boxAround,
  boxesMeet,
  fitTips,
  placeTipLabels,
  segmentMeetsBox,
  within,
} from "../../src/models/gradientPlacement";

const AREA: PixelBox = { left: 0, top: 0, right: 400, bottom: 300 };

describe("arrowOutOfProbe", () => {
  it("starts the shaft at the ring's edge and keeps a long vector's tip", () => {
    const arrow = arrowOutOfProbe([100, 100], [160, 20], 15, 22);
    expect(arrow?.tail[0]).toBeCloseTo(100 + 15 * 0.6, 9);
    expect(arrow?.tail[1]).toBeCloseTo(100 - 15 * 0.8, 9);
    expect(arrow?.tip).toEqual([160, 20]);
    expect(arrow?.lengthened).toBe(false);
  });

  it("draws a vector shorter than the ring at the ring plus the least shaft, marked so", () => {
    const arrow = arrowOutOfProbe([100, 100], [103, 104], 15, 22);
    expect(arrow?.lengthened).toBe(true);
    const [x, y] = arrow?.tip ?? [0, 0];
    expect(Math.hypot(x - 100, y - 100)).toBeCloseTo(37, 9);
    // Along the true direction.
    expect((x - 100) / (y - 100)).toBeCloseTo(3 / 4, 9);
  });

  it("draws nothing for a zero or non-finite vector", () => {
    expect(arrowOutOfProbe([1, 1], [1, 1], 15, 22)).toBeNull();
    expect(arrowOutOfProbe([1, 1], [Number.NaN, 1], 15, 22)).toBeNull();
  });
});

describe("fitTips", () => {
  it("shortens both arrows by one factor so that both tips are inside", () => {
    const [up, down] = fitTips(
      [350, 150],
      [
        [450, 150],
        [250, 150],
      ],
      AREA,
    );
    expect(up).toEqual([400, 150]);
    expect(down).toEqual([300, 150]);
  });

  it("leaves tips already inside alone", () => {
    expect(
      fitTips(
        [200, 150],
        [
          [250, 100],
          [150, 200],
        ],
        AREA,
      ),
    ).toEqual([
      [250, 100],
      [150, 200],
    ]);
  });
});

describe("placeTipLabels", () => {
  const probe: Vec2 = [200, 150];
  const size = { width: 22, height: 15 };

  it("writes each label just beyond its tip, clear of both shafts and of each other", () => {
    const up = arrowOutOfProbe(probe, [260, 70], 15, 22)!;
    const down = arrowOutOfProbe(probe, [140, 230], 15, 22)!;
    const segments = [up, down].map((a) => [a.tail, a.tip] as const);
    const [a, b] = placeTipLabels(
      [
        { arrow: up, ...size },
        { arrow: down, ...size },
      ],
      AREA,
      { boxes: [], segments },
    ) as [Vec2, Vec2];
    const boxA = boxAround(a, size.width, size.height);
    const boxB = boxAround(b, size.width, size.height);
    expect(Math.hypot(a[0] - 260, a[1] - 70)).toBeLessThan(30);
    expect(Math.hypot(b[0] - 140, b[1] - 230)).toBeLessThan(30);
    expect(boxesMeet(boxA, boxB)).toBe(false);
    for (const s of segments) {
      expect(segmentMeetsBox(s, boxA)).toBe(false);
      expect(segmentMeetsBox(s, boxB)).toBe(false);
    }
  });

  it("keeps a label inside the picture when the tip is at its top edge", () => {
    const up = arrowOutOfProbe([200, 12], [200, 1], 15, 22)!;
    const [at] = placeTipLabels([{ arrow: up, ...size }], AREA, {
      boxes: [boxAround([200, 12], 28, 28)],
      segments: [[up.tail, up.tip]],
    });
    const box = boxAround(at as Vec2, size.width, size.height);
    expect(within(box, AREA)).toBe(true);
    expect(boxesMeet(box, boxAround([200, 12], 28, 28))).toBe(false);
  });
});

describe("contour levels", () => {
  const domain = { x: [-3, 3] as const, y: [-2, 2] as const };
  const ring = (r: number): Vec2[] =>
    Array.from({ length: 73 }, (_, k): Vec2 => [
      r * Math.cos((k * Math.PI) / 36),
      r * Math.sin((k * Math.PI) / 36),
    ]);

  it("offers the upper-right point of a ring first, then points spread along it", () => {
    const points = levelLabelCandidates([ring(1)], domain);
    expect(points.length).toBeGreaterThan(3);
    const [first] = points as [Vec2];
    // Farthest towards the window's upper-right corner, each axis measured in window widths:
    // along (1/6, 1/4) on the unit circle.
    const n = Math.hypot(1 / 6, 1 / 4);
    expect(first[0]).toBeCloseTo(1 / 6 / n, 1);
    expect(first[1]).toBeCloseTo(1 / 4 / n, 1);
    points.forEach((p, i) =>
      points.slice(i + 1).forEach((q) => {
        expect(Math.hypot((p[0] - q[0]) / 6, (p[1] - q[1]) / 4)).toBeGreaterThanOrEqual(0.12);
      }),
    );
  });

  it("writes a level at its first candidate clear of the obstacles, or not at all", () => {
    const labels = [
      {
        candidates: [
          [100, 100],
          [300, 100],
        ] as Vec2[],
        width: 20,
        height: 12,
      },
      { candidates: [[100, 100]] as Vec2[], width: 20, height: 12 },
    ];
    const arrow: [Vec2, Vec2] = [
      [80, 100],
      [120, 100],
    ];
    const placed = placeLevelLabels(labels, AREA, { boxes: [], segments: [arrow] });
    expect(placed).toEqual([[300, 100], null]);
    const free = placeLevelLabels(labels, AREA, { boxes: [], segments: [] });
    // The second would sit on the first: left out.
    expect(free).toEqual([[100, 100], null]);
  });
});
