// #15: the formulas' TeX is written when the formula panel reads it (once a drag rests), not on
// every move: secantState's quotient and probeState's formulas are computed on first read, once.
import { describe, expect, it, vi } from "vitest";

const written = vi.hoisted(() => ({ quotient: 0, probe: 0 }));
vi.mock(import("../../src/models/secantQuotient"), async (original) => {
  const mod = await original();
  return {
    ...mod,
    quotientTeX: (...args: Parameters<typeof mod.quotientTeX>) => {
      written.quotient++;
      return mod.quotientTeX(...args);
    },
  };
});
vi.mock(import("../../src/models/gradientText"), async (original) => {
  const mod = await original();
  return {
    ...mod,
    probeTeX: (...args: Parameters<typeof mod.probeTeX>) => {
      written.probe++;
      return mod.probeTeX(...args);
    },
  };
});

const { resolveFunction } = await import("../../src/models/secantFunction");
const { secantState } = await import("../../src/models/secant");
const { resolveCost } = await import("../../src/models/gradientCost");
const { gradientLandscape } = await import("../../src/models/gradientLandscape");
const { probeState } = await import("../../src/models/gradientProbe");

describe("formula TeX written on first read", () => {
  it("secantState: no quotient on a move; one, the same text, when read", () => {
    const resolved = resolveFunction("x^2");
    if (!resolved.ok) throw new Error("x^2 resolves");
    const domain = { x: [-3, 3], y: [-1, 9] } as const;
    const states = [0.5, 0.75, 1].map((x) =>
      secantState({ fn: resolved.fn, x, h: 0.5, method: "forward", domain }),
    );
    expect(states[2]!.valueText).toMatch(/slope/u);
    expect(written.quotient).toBe(0);
    const quotient = states[2]!.tex.quotient;
    expect(quotient).toContain("\\frac{f(1 + 0.5) - f(1)}{0.5}");
    expect(quotient).toContain("\\approx 2.5");
    expect(states[2]!.tex.quotient).toBe(quotient);
    expect(written.quotient).toBe(1);
  });

  it("probeState: no formulas on a move; all three, once, when one is read", () => {
    const resolved = resolveCost("w1^2 + 2 w2^2");
    if (!resolved.ok) throw new Error("the cost resolves");
    const landscape = gradientLandscape(resolved.cost, { x: [-3, 3], y: [-2, 2] });
    const states = [0.5, 1].map((w) =>
      probeState({ cost: resolved.cost, landscape, probe: [w, w], learningRate: 0.1, steps: 10 }),
    );
    expect(states[1]!.partials).toEqual([2, 4]);
    expect(written.probe).toBe(0);
    expect(states[1]!.tex.gradient).toContain("\\nabla L(1, 1)");
    expect(states[1]!.tex.length).toContain("\\sqrt{20}");
    expect(states[1]!.tex.step).toContain("0.1");
    expect(written.probe).toBe(1);
  });
});
