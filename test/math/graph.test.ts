// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ExpressionError, computationGraph } from "../../src/math";

const neuron = { z: "w*x + b", a: "sigmoid(z)", L: "(a - y)^2" };

describe("computationGraph", () => {
  it("builds the neuron with forward values and local derivatives", () => {
    const g = computationGraph(neuron, { x: 2, w: 0.5, b: -1, y: 1 });
    expect(g.nodes.map((n) => [n.id, n.kind, n.value])).toEqual([
      ["w", "input", 0.5],
      ["x", "input", 2],
      ["b", "input", -1],
      ["y", "input", 1],
      ["z", "operation", 0],
      ["a", "operation", 0.5],
      ["L", "operation", 0.25],
    ]);
    expect(g.output).toBe("L");
    const edge = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to)!;
    expect(edge("w", "z")).toMatchObject({
      derivative: 2,
      tex: "x",
      labelTeX: "\\frac{\\partial z}{\\partial w}",
    });
    expect(edge("b", "z")).toMatchObject({ derivative: 1, tex: "1" });
    expect(edge("z", "a")).toMatchObject({ derivative: 0.25, tex: "a (1 - a)" });
    expect(edge("a", "L")).toMatchObject({ derivative: -1, tex: "2 (a - y)" });
    expect(g.nodes.find((n) => n.id === "a")).toMatchObject({
      operation: "sigmoid",
      tex: "a = \\sigma(z)",
      labelTeX: "a",
    });
  });

  it("gives dL/dw = -0.5 and dL/db = -0.25 backward and along the paths", () => {
    const g = computationGraph(neuron, { x: 2, w: 0.5, b: -1, y: 1 });
    const adjoint = g.backward();
    expect(adjoint["w"]).toBeCloseTo(-0.5, 15);
    expect(adjoint["b"]).toBeCloseTo(-0.25, 15);
    const [path] = g.paths("w");
    expect(path!.nodes).toEqual(["w", "z", "a", "L"]);
    expect(path!.product).toBeCloseTo(-0.5, 15);
    expect(path!.tex).toBe(
      "\\frac{\\partial L}{\\partial a} \\cdot \\frac{\\partial a}{\\partial z} \\cdot \\frac{\\partial z}{\\partial w}",
    );
    expect(g.backward("a")["z"]).toBe(0.25);
  });

  it("shows the vanishing gradient of a saturated neuron", () => {
    const g = computationGraph(neuron, { x: 2, w: 10, b: 0, y: 1 });
    expect(Math.abs(g.backward()["w"]!)).toBeLessThan(1e-15);
  });

  it("gives (f∘g)'(1) = 24 for g = 3x + 1, f = u²", () => {
    const g = computationGraph({ u: "3x + 1", f: "u^2" }, { x: 1 });
    expect(g.edges.map((e) => [e.from, e.to, e.tex, e.derivative])).toEqual([
      ["x", "u", "3", 3],
      ["u", "f", "2 u", 8],
    ]);
    expect(g.backward()["x"]).toBe(24);
    expect(g.paths("x").map((p) => p.product)).toEqual([24]);
  });

  it("decomposes a single formula into steps, sharing repeated parts", () => {
    const g = computationGraph("sigmoid(x)*(1 - sigmoid(x)) + x^2", { x: 0.3 });
    expect(g.nodes.filter((n) => n.operation === "sigmoid")).toHaveLength(1);
    const paths = g.paths("x");
    expect(paths.length).toBe(3);
    const sum = paths.reduce((s, p) => s + p.product, 0);
    expect(sum).toBeCloseTo(g.backward()["x"]!, 14);
  });

  it("reports programs it cannot run", () => {
    expect(() => computationGraph({ a: "b + 1", b: "x" }, { x: 1 })).toThrow(
      /before it is defined/u,
    );
    expect(() => computationGraph({ a: "x + q" }, { x: 1 })).toThrow(ExpressionError);
    expect(() => computationGraph("x^2", { x: 1 }).paths("nope")).toThrow(/no node 'nope'/u);
    expect(() => computationGraph({ a: "x +" }, { x: 1 })).toThrow(ExpressionError);
  });
});
