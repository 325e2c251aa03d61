// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { contourLines } from "../../src/math/contour";
import type { Vec2 } from "../../src/math/vec";
import type { GradientCost } from "../../src/models/gradientCost";
import { resolveCost } from "../../src/models/gradientCost";
import { gradientLandscape } from "../../src/models/gradientLandscape";
import { criticalKind, probeState } from "../../src/models/gradientProbe";
import { rootText } from "../../src/models/gradientText";

const DOMAIN = { x: [-3, 3], y: [-2, 2] } as const;

function cost(source: string): GradientCost {
  const resolved = resolveCost(source);
  if (!resolved.ok) throw new Error(resolved.problem.message);
  return resolved.cost;
}

function at(source: string, probe: Vec2, learningRate = 0.1, resolution = 64) {
  const c = cost(source);
  const landscape = gradientLandscape(c, DOMAIN, { resolution });
  return probeState({ cost: c, landscape, probe, learningRate, steps: 50 });
}

describe("exercise 4 and the chapter's numbers", () => {
  it("L = w1² + 2w2² at (1, 1): ∇L = (2, 4), |∇L| = √20, descent (−2, −4)", () => {
    const s = at("w1^2 + 2 w2^2", [1, 1]);
    expect(s.value).toBe(3);
    expect(s.partials).toEqual([2, 4]);
    expect(s.length).toBe(Math.sqrt(20));
    expect(s.lengthExact).toBe("√20");
    expect(s.descent).toEqual([-2, -4]);
    expect(s.nextStep).toEqual([0.8, 0.6]);
    expect(s.flat).toBeNull();
    expect(s.tex.gradient).toContain("= \\left(2 w_{1},\\ 4 w_{2}\\right) = \\left(2,\\ 4\\right)");
    expect(s.tex.length).toBe("|\\nabla L| = \\sqrt{2^2 + 4^2} = \\sqrt{20} \\approx 4.472");
    expect(s.valueText).toBe("w1 = 1, w2 = 1: L = 3, gradient (2, 4), steepness 4.472");
  });

  it("at (0, 0) both partials vanish: a flat point, the minimum", () => {
    const s = at("w1^2 + 2 w2^2", [0, 0]);
    expect(s.partials).toEqual([0, 0]);
    expect(s.flat).toEqual({ exact: true, kind: "minimum" });
    expect(s.arrows.gradient).toBeNull();
    expect(s.stepProblem).toBe("flat");
    expect(s.nextStep).toBeNull();
  });

  it("the gradient leans toward the steeper w2 axis instead of pointing at the centre", () => {
    const s = at("w1^2 + 2 w2^2", [1, 1]);
    const radial = Math.atan2(1, 1); // straight away from the centre
    const gradient = Math.atan2(s.partials[1], s.partials[0]);
    expect(gradient).toBeGreaterThan(radial + 0.3);
    // The arrows are opposite, equally long, and drawn to one scale for the whole map.
    const [[gx0, gy0], [gx1, gy1]] = s.arrows.gradient as [Vec2, Vec2];
    const [, [dx1, dy1]] = s.arrows.descent as [Vec2, Vec2];
    expect(gx1 - gx0).toBeCloseTo(-(dx1 - gx0), 12);
    expect((gy1 - gy0) / (gx1 - gx0)).toBeCloseTo(2, 12);
    expect(dy1).toBeLessThan(gy0);
  });

  it("tells a minimum, a maximum and a saddle apart at a flat point", () => {
    expect(at("w1*w2", [0, 0]).flat).toEqual({ exact: true, kind: "saddle" });
    expect(at("-(w1^2 + w2^2)", [0, 0]).flat?.kind).toBe("maximum");
    expect(at("w1^4 + w2^4", [0, 0]).flat?.kind).toBe("flat");
    expect(criticalKind([Number.NaN, 0, 1])).toBe("flat");
    // Nearly zero: within a thousandth of the typical steepness.
    expect(at("w1^2 + 2 w2^2", [0.001, 0]).flat).toEqual({ exact: false, kind: "minimum" });
  });

  it("writes exact lengths when the squares sum to a whole number", () => {
    expect(rootText(20)).toBe("√20");
    expect(rootText(25)).toBe("5");
    expect(rootText(0.5)).toBeNull();
    expect(rootText(Number.NaN)).toBeNull();
  });
});

describe("descent from the probe", () => {
  it("walks toward the minimum with a small learning rate", () => {
    const s = at("w1^2 + 2 w2^2", [1, 1], 0.1);
    expect(s.trajectory.status).toBe("max-steps");
    expect(s.trajectory.points[1]).toEqual([0.8, 0.6]);
    const last = s.trajectory.points[s.trajectory.points.length - 1] as Vec2;
    expect(Math.hypot(...last)).toBeLessThan(1e-3);
  });

  it("shows a diverging learning rate as a divergence and stops instead of flying off", () => {
    const s = at("w1^2 + 2 w2^2", [1, 1], 0.6);
    expect(s.trajectory.status).toBe("diverged");
    expect(s.trajectory.diverged).toBe(true);
    expect(s.trajectory.points.length).toBeLessThan(15);
    expect(s.trajectory.points.flat().every(Number.isFinite)).toBe(true);
  });

  it("says 'undefined' when a step lands where the cost is undefined (not 'diverged')", () => {
    const s = at("sqrt(w1) + w2^2", [0.5, 0], 0.5);
    expect(s.trajectory.status).toBe("undefined");
    expect(s.trajectory.diverged).toBe(false);
  });

  it("refuses a single step off the map or from an undefined point", () => {
    expect(at("w1^2 + 2 w2^2", [2.9, 1.9], 0.9).stepProblem).toBe("outside");
    const undefinedHere = at("log(w1) + w2^2", [-1, 0]);
    expect(undefinedHere.stepProblem).toBe("undefined");
    expect(undefinedHere.defined).toBe(false);
    expect(undefinedHere.arrows.gradient).toBeNull();
    expect(undefinedHere.valueText).toBe("w1 = −1, w2 = 0: the cost is undefined here");
  });
});

describe("the landscape", () => {
  it("draws round levels and labels, heat cells covering the map, and a typical steepness", () => {
    const c = cost("w1^2 + 2 w2^2");
    const land = gradientLandscape(c, DOMAIN);
    expect(land.levels).toEqual([2, 4, 6, 8, 10, 12, 14, 16]);
    expect(land.contours.map((p) => p.text)).toEqual(["2", "4", "6", "8", "10", "12", "14", "16"]);
    expect(land.hasGaps).toBe(false);
    const area = land.cells.reduce((sum, k) => sum + (k.x1 - k.x0) * (k.y1 - k.y0), 0);
    expect(area).toBeCloseTo(24, 9);
    expect(land.steepness).toBeGreaterThan(4);
    expect(land.field.length).toBeGreaterThan(50);
  });

  it("keeps each contour on its level, and undefined regions as gaps (no rim lines)", () => {
    const c = cost("log(w1) + w2^2");
    const land = gradientLandscape(c, DOMAIN, { resolution: 96 });
    expect(land.hasGaps).toBe(true);
    expect(land.cells.some((k) => k.band === -1 && k.x1 <= 0)).toBe(true);
    const spread = land.valueRange[1] - land.valueRange[0];
    for (const path of land.contours)
      for (const line of path.lines)
        for (const p of line)
          expect(Math.abs(c.value(p[0], p[1]) - path.level)).toBeLessThan(spread / 10);
  });

  it("without the cut, d3-contour traces the rim of the undefined region (why the cut exists)", () => {
    const c = cost("log(w1) + w2^2");
    const raw = contourLines(c.value, [DOMAIN.x, DOMAIN.y], { resolution: 96, thresholds: [-1] });
    const off = raw[0]?.lines.flat().filter((p) => Math.abs(c.value(p[0], p[1]) + 1) > 1) ?? [];
    expect(off.length).toBeGreaterThan(0);
  });

  it("computes contours with the given function, once per landscape", () => {
    const spy = vi.fn(contourLines);
    const c = cost("w1^2 + 2 w2^2");
    const land = gradientLandscape(c, DOMAIN, { resolution: 40, contourLines: spy });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[2]).toEqual({ resolution: 40, thresholds: land.levels });
    for (let i = 0; i < 20; i++)
      probeState({
        cost: c,
        landscape: land,
        probe: [i / 10, -i / 20],
        learningRate: 0.1,
        steps: 50,
      });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("samples the cost once per grid point: the contour pass reads the grid already sampled", () => {
    const c = cost("w1^2 + 2 w2^2");
    const value = vi.fn(c.value);
    const same = gradientLandscape(c, DOMAIN, { resolution: 40 });
    const counted = gradientLandscape({ ...c, value }, DOMAIN, { resolution: 40 });
    expect(value).toHaveBeenCalledTimes(40 * 40);
    expect(counted.contours).toEqual(same.contours);
    // Off the grid the function itself answers.
    const spy = vi.fn(contourLines);
    gradientLandscape({ ...c, value }, DOMAIN, {
      resolution: 40,
      contourLines: (f, domain, options) => {
        expect(f(0.123, -0.456)).toBeCloseTo(0.123 ** 2 + 2 * 0.456 ** 2, 12);
        return spy(f, domain, options);
      },
    });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("takes the typical steepness of a cost without exact partials from its grid", () => {
    // Over the budget of exact partials (250 arguments of min): the gradient is estimated.
    const args = Array.from({ length: 250 }, (_, i) => (i % 2 === 0 ? `w1+${i}` : `w2+${i}`));
    const c = cost(`min(${args.join(",")})`);
    expect(c.partials).toBeNull();
    const value = vi.fn(c.value);
    const land = gradientLandscape({ ...c, value }, DOMAIN);
    expect(value.mock.calls.length).toBeLessThanOrEqual(land.resolution ** 2);
    // min(w1, w2 + 1, …) has slope 1 almost everywhere.
    expect(land.steepness).toBeCloseTo(1, 6);
  });

  it("gives the same probe numbers whatever the resolution", () => {
    const low = at("w1^2 + 2 w2^2", [1.3, -0.7], 0.1, 16);
    const high = at("w1^2 + 2 w2^2", [1.3, -0.7], 0.1, 256);
    expect(high.partials).toEqual(low.partials);
    expect(high.trajectory).toEqual(low.trajectory);
    expect(high.arrows).toEqual(low.arrows);
  });

  it("keeps both arrow tips on the map near its border, shortened equally", () => {
    const s = at("w1^2 + 10 w2^2", [-2.5, 1.5]);
    expect(s.arrows.shortened).toBe(true);
    const [, up] = s.arrows.gradient as [Vec2, Vec2];
    expect(up[1]).toBeLessThanOrEqual(2 + 1e-12);
  });
});
