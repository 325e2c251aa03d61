// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CHAIN_LAYOUT,
  layoutChain,
  VERTICAL_CHAIN_LAYOUT,
} from "../../src/models/chainLayout";

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
    const { padding, nodeWidth, columnGap } = DEFAULT_CHAIN_LAYOUT;
    expect(centres.map((c) => c?.[0])).toEqual(
      [0, 1, 2].map((k) => padding + nodeWidth / 2 + k * (nodeWidth + columnGap)),
    );
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
    // Out of x, along its stub, straight through u's column (a row apart), then into f.
    expect(skip).toHaveLength(5);
    for (const point of [skip[2], skip[3]])
      expect(Math.abs((point?.[1] ?? 0) - (layout.nodes.u?.center[1] ?? 0))).toBeGreaterThanOrEqual(
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

  it("lays a chain out top to bottom in a narrow container: one column, edges bottom to top (#12)", () => {
    const layout = layoutChain(chain, { orientation: "vertical" });
    const centres = chain.map((n) => layout.nodes[n.id]?.center ?? ([0, 0] as const)) as [
      readonly [number, number],
      readonly [number, number],
      readonly [number, number],
    ];
    expect(new Set(centres.map((c) => c[0])).size).toBe(1);
    expect(centres[1][1]).toBeGreaterThan(centres[0][1]);
    expect(centres[2][1]).toBeGreaterThan(centres[1][1]);
    const route = layout.routes["x->u"] ?? [];
    const half = VERTICAL_CHAIN_LAYOUT.nodeHeight / 2;
    expect(route[0]?.[1]).toBe(centres[0][1] + half);
    expect(route.at(-1)?.[1]).toBe(centres[1][1] - half);
    // The neuron fits a phone's column (390 px less the explorer's margins).
    expect(layoutChain(neuron, { orientation: "vertical" }).width).toBeLessThanOrEqual(340);
  });

  it("keeps every edge label clear of boxes, adjoints and other labels, both ways (#12)", () => {
    for (const orientation of ["horizontal", "vertical"] as const) {
      const layout = layoutChain(neuron, { orientation });
      const o = layout.options;
      const box = ([x, y]: readonly [number, number], w: number, h: number) => ({
        left: x - w / 2,
        right: x + w / 2,
        top: y - h / 2,
        bottom: y + h / 2,
      });
      const hit = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const labels = Object.entries(layout.labels).map(([id, at]) => ({
        id,
        box: box(at, o.labelWidth, o.labelHeight),
      }));
      const nodes = Object.entries(layout.nodes).map(([id, n]) => ({
        id,
        box: box(
          [n.center[0], n.center[1] + o.adjointHeight / 2],
          o.nodeWidth,
          o.nodeHeight + o.adjointHeight,
        ),
      }));
      for (const label of labels) {
        for (const other of labels)
          if (other !== label)
            expect(hit(label.box, other.box), `${label.id} × ${other.id}`).toBe(false);
        for (const node of nodes)
          expect(hit(label.box, node.box), `${orientation}: ${label.id} × ${node.id}`).toBe(false);
      }
    }
  });
});
