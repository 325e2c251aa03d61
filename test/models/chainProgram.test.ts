// @vitest-environment node
import { describe, expect, it } from "vitest";
import { format } from "../../src/math";
import { chainSpec } from "../../src/models/chainProgram";

function steps(input: Parameters<typeof chainSpec>[0]): string[] {
  const resolved = chainSpec(input);
  if (!resolved.ok) throw new Error(resolved.problem.message);
  return resolved.spec.steps.map((s) => `${s.name} = ${format(s.expression)}`);
}

describe("chainSpec", () => {
  it("builds the chapter's composition from its two functions", () => {
    expect(steps({ mode: "composition" })).toEqual(["u = 3x + 1", "f = u^2"]);
  });

  it("cuts a typed composition into one step per operation", () => {
    expect(steps({ mode: "composition", composition: "sin(x^2)" })).toEqual([
      "u = x^2",
      "f = sin(u)",
    ]);
    expect(steps({ mode: "composition", composition: "sin(cos(x))^2" })).toEqual([
      "u = cos(x)",
      "v = sin(u)",
      "f = v^2",
    ]);
  });

  it("names the steps of a typed formula u, v, w…, never f again nor an input's name (#12)", () => {
    const names = (input: Parameters<typeof chainSpec>[0]) =>
      steps(input).map((s) => s.slice(0, s.indexOf(" =")));
    expect(names({ mode: "composition", composition: "x*sin(x) + exp(x^2)" })).toEqual([
      "u",
      "v",
      "w",
      "s",
      "f",
    ]);
    // Inputs named like the first letters push the steps' names along.
    const custom = names({ mode: "composition", program: "u*sin(v) + w" });
    expect(custom).toEqual(["s", "t", "f"]);
    // Past the single letters, numbered names (still no f among them).
    const long = names({
      mode: "composition",
      composition: "sin(cos(tan(exp(sqrt(ln(x^2 + 3))))))",
    });
    expect(long.slice(0, -1).every((n) => n !== "f")).toBe(true);
    expect(new Set(long).size).toBe(long.length);
  });

  it("keeps affine runs in one step, as a teacher writes g(x) = 3x − 1", () => {
    expect(steps({ mode: "composition", composition: "sigmoid(3x - 1)" })).toEqual([
      "u = 3x - 1",
      "f = sigmoid(u)",
    ]);
    expect(steps({ mode: "composition", composition: "(3x + 1)^2" })).toEqual([
      "u = 3x + 1",
      "f = u^2",
    ]);
  });

  it("builds the neuron with exercise 3 as defaults and dL/dw, dL/db as targets", () => {
    const resolved = chainSpec({ mode: "neuron" });
    expect(resolved.ok && resolved.spec.defaults).toEqual({ w: 0.5, x: 2, b: -1, y: 1 });
    expect(resolved.ok && resolved.spec.targets).toEqual(["w", "b"]);
    expect(resolved.ok && resolved.spec.output).toBe("L");
  });

  it("reports a formula that does not parse with its position", () => {
    const resolved = chainSpec({ mode: "composition", composition: "sin(x^2" });
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(resolved.problem).toMatchObject({ field: "formula", start: 3 });
    expect(resolved.problem.message).toMatch(/Missing '\)'/);
  });

  it("reports another variable and a formula without x", () => {
    const other = chainSpec({ mode: "composition", composition: "x + t" });
    expect(!other.ok && other.problem).toMatchObject({ start: 4, end: 5 });
    const constant = chainSpec({ mode: "composition", composition: "3" });
    expect(!constant.ok && constant.problem.message).toMatch(/does not use x/);
  });

  it("checks the outer function is written in u and the inner one in x", () => {
    const outer = chainSpec({ mode: "composition", composition: { outer: "x^2", inner: "3x" } });
    expect(!outer.ok && outer.problem.field).toBe("outer");
    const inner = chainSpec({ mode: "composition", composition: { outer: "u^2", inner: "3u" } });
    expect(!inner.ok && inner.problem.field).toBe("inner");
  });

  it("accepts a custom program of named steps, and refuses a step used before it is computed", () => {
    expect(steps({ mode: "composition", program: { h: "w1*x1 + w2*x2", a: "tanh(h)" } })).toEqual([
      "h = w1*x1 + w2*x2",
      "a = tanh(h)",
    ]);
    const early = chainSpec({ mode: "neuron", program: { a: "sigmoid(z)", z: "w*x" } });
    expect(!early.ok && early.problem).toMatchObject({ field: "program", step: "a" });
  });

  it("names decomposed steps around the inputs of a custom formula", () => {
    expect(steps({ mode: "neuron", program: "sin(u*f)" })).toEqual(["v = u*f", "g = sin(v)"]);
  });
});
