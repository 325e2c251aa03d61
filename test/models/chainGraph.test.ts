// @vitest-environment node
import { describe, expect, it } from "vitest";
import { computationGraph } from "../../src/math";
import type { ChainSpec } from "../../src/models/chainProgram";
import { chainGraphState } from "../../src/models/chainGraph";
import { chainSpec, NEURON_PROGRAM } from "../../src/models/chainProgram";

function spec(input: Parameters<typeof chainSpec>[0]): ChainSpec {
  const resolved = chainSpec(input);
  if (!resolved.ok) throw new Error(resolved.problem.message);
  return resolved.spec;
}

const composition = spec({ mode: "composition" });
const neuron = spec({ mode: "neuron" });
const value = (state: ReturnType<typeof chainGraphState>, id: string) =>
  state.nodes.find((n) => n.id === id)?.value;
const local = (state: ReturnType<typeof chainGraphState>, id: string) =>
  state.edges.find((e) => e.id === id)?.derivative;

describe("chapter composition g(x) = 3x + 1, f(u) = u² at x = 1", () => {
  const state = chainGraphState({ spec: composition, values: { x: 1 } });

  it("evaluates forward: g(1) = 4, f = 16", () => {
    expect(value(state, "u")).toBe(4);
    expect(value(state, "f")).toBe(16);
  });

  it("labels the edges with the local derivatives 3 and 2u = 8", () => {
    expect(local(state, "x->u")).toBe(3);
    expect(local(state, "u->f")).toBe(8);
    expect(state.edges.find((e) => e.id === "u->f")?.tex).toBe("2 u");
  });

  it("multiplies them along the path to 24, and the engine's derivative agrees", () => {
    expect(state.paths).toHaveLength(1);
    expect(state.paths[0]?.factors.map((f) => f.value)).toEqual([8, 3]);
    expect(state.product).toBe(24);
    expect(state.check).toMatchObject({ value: 24, tex: "6 (3 x + 1)", agrees: true });
  });

  it("writes the strip and the chain rule in ordinary-derivative notation", () => {
    expect(state.tex.chain).toBe("\\frac{df}{dx} = \\frac{df}{du} \\cdot \\frac{du}{dx}");
    expect(state.tex.strip).toBe("\\frac{df}{dx} = 2 u \\times 3 = 8 \\times 3 = 24");
    expect(state.valueText).toBe("At x = 1: u = 4, f = 16. df/dx = df/du × du/dx = 8 × 3 = 24.");
  });

  it("runs the backward pass from the output to the input", () => {
    expect(state.backward.map((s) => [s.node, s.adjoint])).toEqual([
      ["f", 1],
      ["u", 8],
      ["x", 24],
    ]);
    expect(state.backward[2]?.text).toBe("df/dx = df/du × du/dx = 8 × 3 = 24");
  });
});

describe("neuron of exercise 3: x = 2, w = 0.5, b = −1, y = 1", () => {
  const values = { x: 2, w: 0.5, b: -1, y: 1 };
  const byW = chainGraphState({ spec: neuron, values, target: "w" });
  const byB = chainGraphState({ spec: neuron, values, target: "b" });

  it("evaluates z = 0, a = 0.5, L = 0.25", () => {
    expect([value(byW, "z"), value(byW, "a"), value(byW, "L")]).toEqual([0, 0.5, 0.25]);
  });

  it("gives dL/dw = 2(a − y) · a(1 − a) · x = −0.5", () => {
    expect(byW.paths[0]?.factors.map((f) => [f.tex, f.value])).toEqual([
      ["2 (a - y)", -1],
      ["a (1 - a)", 0.25],
      ["x", 2],
    ]);
    expect(byW.product).toBe(-0.5);
    expect(byW.check.agrees).toBe(true);
    expect(byW.tex.strip).toBe(
      "\\frac{\\partial L}{\\partial w} = 2 (a - y) \\times a (1 - a) \\times x = (-1) \\times 0.25 \\times 2 = -0.5",
    );
  });

  it("gives dL/db = −0.25: only the last factor changes (dz/db = 1)", () => {
    expect(byB.paths[0]?.factors.map((f) => f.value)).toEqual([-1, 0.25, 1]);
    expect(byB.product).toBe(-0.25);
    expect(byB.check.value).toBe(-0.25);
  });

  it("highlights only the target's path", () => {
    expect(byW.edges.filter((e) => e.onPath).map((e) => e.id)).toEqual(["w->z", "z->a", "a->L"]);
    expect(byB.edges.filter((e) => e.onPath).map((e) => e.id)).toEqual(["b->z", "z->a", "a->L"]);
  });

  it("has the engine's adjoints after its backward pass, output first", () => {
    const engine = computationGraph(NEURON_PROGRAM, values).backward();
    expect(byW.adjoints).toEqual(engine);
    expect(byW.backward[0]).toMatchObject({ node: "L", adjoint: 1 });
    expect(byW.backward.at(-1)?.node).not.toBe("L");
  });

  it("is not saturated", () => {
    expect(byW.saturation).toBeNull();
  });

  it("falls back to the default target for an unknown one", () => {
    expect(chainGraphState({ spec: neuron, values, target: "q" }).target).toBe("w");
  });
});

describe("saturated neuron", () => {
  const state = chainGraphState({ spec: neuron, values: { x: 2, w: 4, b: 3, y: 1 } });

  it("flags σ′(z) ≈ 0 and the collapsed product", () => {
    expect(value(state, "z")).toBe(11);
    expect(state.saturation).toMatchObject({ node: "a", from: "z", input: 11 });
    expect(state.saturation?.slope).toBeLessThan(1e-4);
    expect(Math.abs(state.product)).toBeLessThan(1e-8);
    expect(state.check.agrees).toBe(true);
  });

  it("uses the threshold given", () => {
    const loose = chainGraphState({
      spec: neuron,
      values: { x: 2, w: 0.5, b: -1, y: 1 },
      saturationThreshold: 0.3,
    });
    expect(loose.saturation?.slope).toBe(0.25);
  });
});

describe("undefined values", () => {
  it("ln(x) at x = −1: the step, its slope, the product and the check are undefined here", () => {
    const state = chainGraphState({
      spec: spec({ mode: "composition", composition: "ln(x)" }),
      values: { x: -1 },
    });
    expect(state.nodes.find((n) => n.id === "f")?.defined).toBe(false);
    // The engine alone would give 1/x = −1 on this edge; the model marks it undefined.
    expect(state.edges[0]?.defined).toBe(false);
    expect(state.product).toBeNaN();
    expect(state.check.value).toBeNaN();
    expect(state.valueText).toContain("undefined here");
    expect(state.tex.strip).toContain("\\text{undefined here}");
  });

  it("sqrt(x) at 0: the step exists, its slope does not", () => {
    const state = chainGraphState({
      spec: spec({ mode: "composition", composition: "sqrt(x)" }),
      values: { x: 0 },
    });
    expect(state.nodes.find((n) => n.id === "f")?.value).toBe(0);
    expect(state.edges[0]?.defined).toBe(false);
    expect(state.product).toBeNaN();
  });
});

describe("several paths", () => {
  it("x·sin(x): the products of both paths add up to the derivative", () => {
    const state = chainGraphState({
      spec: spec({ mode: "composition", composition: "x*sin(x)" }),
      values: { x: 1 },
    });
    expect(state.paths).toHaveLength(2);
    expect(state.product).toBeCloseTo(Math.sin(1) + Math.cos(1), 14);
    expect(state.check.agrees).toBe(true);
    expect(state.valueText).toContain("sum over 2 paths");
  });

  it("lists at most maxPaths paths and still gives the total from the backward pass", () => {
    const state = chainGraphState({
      spec: spec({ mode: "composition", composition: "x*x*sin(x)*exp(x)" }),
      values: { x: 0.5 },
      maxPaths: 1,
    });
    expect(state.pathsTruncated).toBe(true);
    expect(state.product).toBeCloseTo(state.check.value, 12);
  });
});
