// @vitest-environment node
import { describe, expect, it } from "vitest";
import { DEFAULT_CHAIN_LAYOUT, layoutChain } from "../../src/models/chainLayout";

const chain = [
  { id: "x", inputs: [] },
  { id: "u", inputs: ["x"] },
  { id: "f", inputs: ["u"] },
];
const neuron = [
  { id: "w", inputs: [] },
  { id: "x", inputs: [] },
  { id: "b", inputs: [] },
  { id: "y", inputs: [] },
  { id: "z", inputs: ["w", "x", "b"] },
  { id: "a", inputs: ["z"] },
  { id: "L", inputs: ["a", "y"] },
];

describe("layoutChain", () => {
  it("lays a chain out in one row, left to right, one column per step", () => {
    const layout = layoutChain(chain);
    const centres = chain.map((n) => layout.nodes[n.id]?.center);
    expect(new Set(centres.map((c) => c?.[1])).size).toBe(1);
    expect(centres.map((c) => c?.[0])).toEqual([82, 354, 626]);
    expect(layout.columns).toBe(3);
    expect(layout.tooLarge).toBeNull();
  });

  it("puts the neuron's inputs in the first column and the target y just before L", () => {
    const layout = layoutChain(neuron);
    const layer = (id: string) => layout.nodes[id]?.layer;
    expect(["w", "x", "b"].map(layer)).toEqual([0, 0, 0]);
    expect([layer("z"), layer("a"), layer("y"), layer("L")]).toEqual([1, 2, 2, 3]);
  });

  it("keeps the main chain straight: z, a and L share a row, x sits level with z", () => {
    const layout = layoutChain(neuron);
    const row = (id: string) => layout.nodes[id]?.center[1] ?? Number.NaN;
    expect(Math.abs(row("a") - row("z"))).toBeLessThan(2);
    expect(Math.abs(row("L") - row("a"))).toBeLessThan(2);
    expect(Math.abs(row("x") - row("z"))).toBeLessThan(2);
  });

  it("starts edges at the right side of a box and ends them at the left side of the next", () => {
    const layout = layoutChain(chain);
    const route = layout.routes["x->u"] ?? [];
    const half = DEFAULT_CHAIN_LAYOUT.nodeWidth / 2;
    expect(route[0]?.[0]).toBe((layout.nodes.x?.center[0] ?? 0) + half);
    expect(route.at(-1)?.[0]).toBe((layout.nodes.u?.center[0] ?? 0) - half);
  });

  it("routes an edge that skips a column through a point of its own, not through a box", () => {
    const layout = layoutChain([
      { id: "x", inputs: [] },
      { id: "u", inputs: ["x"] },
      { id: "f", inputs: ["x", "u"] },
    ]);
    const skip = layout.routes["x->f"] ?? [];
    expect(skip).toHaveLength(3);
    expect(Math.abs((skip[1]?.[1] ?? 0) - (layout.nodes.u?.center[1] ?? 0))).toBeGreaterThanOrEqual(
      DEFAULT_CHAIN_LAYOUT.nodeHeight,
    );
  });

  it("reports a graph too deep or too wide to draw readably", () => {
    const deep = Array.from({ length: 10 }, (_, k) => ({
      id: `n${k}`,
      inputs: k ? [`n${k - 1}`] : [],
    }));
    expect(layoutChain(deep).tooLarge).toEqual({ columns: 10, rows: 1 });
    expect(layoutChain(deep, { maxColumns: 12 }).tooLarge).toBeNull();
    const wide = [
      ...Array.from({ length: 8 }, (_, k) => ({ id: `i${k}`, inputs: [] })),
      { id: "s", inputs: Array.from({ length: 8 }, (_, k) => `i${k}`) },
    ];
    expect(layoutChain(wide).tooLarge).toEqual({ columns: 2, rows: 8 });
  });

  it("is deterministic", () => {
    expect(layoutChain(neuron)).toEqual(layoutChain(neuron));
  });
});
