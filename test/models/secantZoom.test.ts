import { describe, expect, it } from "vitest";
import { zoomSampleWindow, zoomWindow } from "../../src/models/secantZoom";

const MAIN = { x: [-3, 3], y: [-1, 9] } as const;

describe("zoomWindow", () => {
  it("narrows with h so the two points keep their distance on screen, in equal units", () => {
    for (const h of [0.5, 1e-3, 1e-6, 1e-9, 1e-12]) {
      const p: [number, number] = [1, 1];
      const q: [number, number] = [1 + h, (1 + h) ** 2];
      const zoom = zoomWindow([p, q], MAIN, [240, 160]);
      expect(zoom, `h = ${h}`).not.toBeNull();
      const { domain } = zoom!;
      const perX = 240 / (domain.x[1] - domain.x[0]);
      const perY = 160 / (domain.y[1] - domain.y[0]);
      // Within what doubles can say of a window 10⁻¹² wide (a relative 10⁻⁵ there).
      expect(perY / perX).toBeCloseTo(1, 3);
      const pixels = Math.hypot(q[0] - p[0], q[1] - p[1]) * perX;
      expect(pixels, `h = ${h}`).toBeGreaterThan(0.6 * 160 - 1);
      // Both points inside the window.
      for (const [x, y] of [p, q]) {
        expect(x).toBeGreaterThan(domain.x[0]);
        expect(x).toBeLessThan(domain.x[1]);
        expect(y).toBeGreaterThan(domain.y[0]);
        expect(y).toBeLessThan(domain.y[1]);
      }
    }
  });

  it("reports how much narrower than the picture it is, never wider than it", () => {
    const small = zoomWindow(
      [
        [1, 1],
        [1 + 1e-6, 1 + 2e-6],
      ],
      MAIN,
      [240, 160],
    );
    expect(small!.magnification).toBeGreaterThan(1e5);
    const wide = zoomWindow(
      [
        [-3, 9],
        [3, 9],
      ],
      MAIN,
      [240, 160],
    );
    expect(wide!.magnification).toBe(1);
  });

  it("gives nothing for points that are not finite", () => {
    expect(
      zoomWindow(
        [
          [0, Number.NaN],
          [1, 1],
        ],
        MAIN,
        [240, 160],
      ),
    ).toBeNull();
  });
});

describe("zoomSampleWindow (the zoom's curve sampled once for several moves)", () => {
  it("contains the zoom, is 3 to 6 times as wide, and stays the same over small moves", () => {
    for (const [c, w] of [
      [1, 0.3],
      [-2.7, 1e-6],
      [0.1234, 1e-11],
    ] as const) {
      const zoom = { x: [c - w / 2, c + w / 2], y: [c * c - w / 3, c * c + w / 3] } as const;
      const sampled = zoomSampleWindow(zoom);
      expect(sampled.x[0]).toBeLessThanOrEqual(zoom.x[0]);
      expect(sampled.x[1]).toBeGreaterThanOrEqual(zoom.x[1]);
      expect(sampled.y[0]).toBeLessThanOrEqual(zoom.y[0]);
      expect(sampled.y[1]).toBeGreaterThanOrEqual(zoom.y[1]);
      const ratio = (sampled.x[1] - sampled.x[0]) / w;
      expect(ratio).toBeGreaterThanOrEqual(3);
      expect(ratio).toBeLessThanOrEqual(6);
    }
    // A move of a tenth of the window keeps the same sampled window (mostly: not at a snap).
    const at = (c: number) => zoomSampleWindow({ x: [c - 0.15, c + 0.15], y: [0, 0.2] });
    expect(at(1.01)).toEqual(at(1.05));
  });
});
