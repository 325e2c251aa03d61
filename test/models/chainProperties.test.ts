// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computationGraph } from "../../src/math";
import { chainGraphState } from "../../src/models/chainGraph";
import { layoutChain } from "../../src/models/chainLayout";
import { chainSpec } from "../../src/models/chainProgram";

/** Random formulas in the given variables, as a reader might type them. */
function formula(variables: readonly string[]) {
  const { expr } = fc.letrec((tie) => ({
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom(...variables),
      fc.integer({ min: 1, max: 5 }).map(String),
      tie("unary"),
      tie("binary"),
    ),
    unary: fc
      .tuple(fc.constantFrom("sin", "cos", "exp", "sigmoid", "tanh", "softplus"), tie("expr"))
      .map(([fn, arg]) => `${fn}(${arg as string})`),
    binary: fc
      .tuple(tie("expr"), fc.constantFrom("+", "-", "*", "^2 +"), tie("expr"))
      .map(([a, op, b]) => `(${a as string}) ${op} (${b as string})`),
  }));
  return expr as fc.Arbitrary<string>;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(b));

describe("the path product is the derivative (properties)", () => {
  it("for typed compositions in x: sum over paths = engine's symbolic derivative = backward adjoint", () => {
    fc.assert(
      fc.property(formula(["x"]), fc.double({ min: -2, max: 2, noNaN: true }), (source, x) => {
        const resolved = chainSpec({ mode: "composition", composition: source });
        fc.pre(resolved.ok);
        if (!resolved.ok) return;
        const state = chainGraphState({ spec: resolved.spec, values: { x }, maxPaths: 200 });
        fc.pre(Number.isFinite(state.check.value) && Math.abs(state.check.value) < 1e8);
        expect(close(state.product, state.check.value)).toBe(true);
        expect(state.check.agrees).toBe(true);
        const program = Object.fromEntries(resolved.spec.steps.map((s) => [s.name, s.expression]));
        const engine = computationGraph(program, { x }).backward();
        expect(close(state.adjoints.x ?? Number.NaN, engine.x ?? Number.NaN)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("for custom programs in several inputs, for every target", () => {
    fc.assert(
      fc.property(
        formula(["w", "x", "b"]),
        fc.tuple(
          fc.double({ min: -2, max: 2, noNaN: true }),
          fc.double({ min: -2, max: 2, noNaN: true }),
        ),
        (source, [w, x]) => {
          const resolved = chainSpec({ mode: "neuron", program: source });
          fc.pre(resolved.ok);
          if (!resolved.ok) return;
          for (const target of resolved.spec.inputs) {
            const state = chainGraphState({
              spec: resolved.spec,
              values: { w, x, b: 0.5 },
              target,
              maxPaths: 200,
            });
            if (!Number.isFinite(state.check.value) || Math.abs(state.check.value) > 1e8) continue;
            expect(close(state.product, state.check.value)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never puts NaN into a position, a route or a label centre, whatever the values", () => {
    fc.assert(
      fc.property(formula(["x"]), fc.double({ noDefaultInfinity: false }), (source, x) => {
        const resolved = chainSpec({ mode: "composition", composition: source });
        fc.pre(resolved.ok);
        if (!resolved.ok) return;
        const state = chainGraphState({ spec: resolved.spec, values: { x } });
        const numbers = [
          ...state.nodes.flatMap((n) => n.center),
          ...state.edges.flatMap((e) => [...e.route.flat(), ...e.labelAt]),
          state.layout.width,
          state.layout.height,
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the layered layout (properties)", () => {
  /** A random DAG in evaluation order: node k reads some of the nodes before it. */
  const dag = fc
    .array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 12 })
    .map((reads) =>
      reads.map((picks, k) => ({
        id: `n${k}`,
        inputs: k === 0 ? [] : [...new Set(picks.map((p) => `n${p % k}`))],
      })),
    );

  it("never overlaps two boxes, keeps edges left to right, and every value finite", () => {
    fc.assert(
      fc.property(dag, (nodes) => {
        const layout = layoutChain(nodes);
        const boxes = nodes.map((n) => layout.nodes[n.id]?.center as [number, number]);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i] as [number, number], boxes[j] as [number, number]];
            const apart = Math.abs(a[0] - b[0]) >= 132 || Math.abs(a[1] - b[1]) >= 52;
            expect(apart).toBe(true);
          }
        for (const n of nodes)
          for (const from of n.inputs) {
            expect(layout.nodes[from]?.layer ?? 0).toBeLessThan(layout.nodes[n.id]?.layer ?? 0);
            const route = layout.routes[`${from}->${n.id}`] ?? [];
            expect(route.flat().every(Number.isFinite)).toBe(true);
            const xs = route.map((point) => point[0]);
            for (let k = 1; k < xs.length; k++)
              expect(xs[k]).toBeGreaterThan(xs[k - 1] ?? Number.POSITIVE_INFINITY);
          }
      }),
      { numRuns: 300 },
    );
  });
});
