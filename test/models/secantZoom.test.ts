import { describe, expect, it } from "vitest";
import { zoomWindow } from "../../src/models/secantZoom";

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
