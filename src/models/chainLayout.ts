import type { Vec2 } from "../math/vec";
import type { ChainBox, LabelledCurve } from "./chainLayoutLabels";
import { curvePoints, placeLabels } from "./chainLayoutLabels";
import type { ChainLayoutOptions } from "./chainLayoutOptions";
import { chainLayoutOptions } from "./chainLayoutOptions";
import { routeOf } from "./chainLayoutRoute";
import type { Item } from "./chainLayoutRows";
import { orderLayers, placeRows } from "./chainLayoutRows";

export type { ChainOrientation } from "./chainLayoutLabels";
export type { ChainLayoutOptions } from "./chainLayoutOptions";
export {
  chainLayoutOptions,
  DEFAULT_CHAIN_LAYOUT,
  VERTICAL_CHAIN_LAYOUT,
} from "./chainLayoutOptions";

/*
 * Why not @visx/hierarchy: it lays out trees (d3-hierarchy: one parent per node). A
 * computation graph is a DAG: in x·sin(x) the input x feeds two steps, so read from the output
 * it has two parents and d3's tree/cluster cannot place it. Even the neuron, a tree when read
 * from L, would come out right-to-left with the inputs spread by leaf count. So this is a small
 * layered (Sugiyama-style) layout instead: columns by longest-path depth, dummy points for edges
 * that skip columns, barycentre ordering against crossings, and rows from a weighted isotonic
 * fit that keeps the main chain straight. Pure and deterministic: same graph, same picture.
 */

/** A node as the layout sees it. */
export interface ChainLayoutNode {
  readonly id: string;
  /** Ids of the nodes it reads (its incoming edges). */
  readonly inputs: readonly string[];
}

/** Where everything goes. */
export interface ChainLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  /** Most rows in one column, counting edges that pass through it. */
  readonly rows: number;
  /** Centre of every node's box, and its column. */
  readonly nodes: Readonly<Record<string, { readonly center: Vec2; readonly layer: number }>>;
  /** Every edge (`from->to`) as a polyline from the right side of one box to the left of the next. */
  readonly routes: Readonly<Record<string, readonly Vec2[]>>;
  /** Centre of each edge's label. */
  readonly labels: Readonly<Record<string, Vec2>>;
  /** Set when the graph cannot be drawn readably at these sizes. */
  readonly tooLarge: { readonly columns: number; readonly rows: number } | null;
  /** How many edge labels found no spot clear of everything else (0 when all did). */
  readonly crowded: number;
  /** The sizes and orientation it was laid out with. */
  readonly options: ChainLayoutOptions;
}

/** Id of an edge: `"u->f"`. */
export const edgeId = (from: string, to: string): string => `${from}->${to}`;

/**
 * Lays out a computation graph left to right (or top to bottom). `nodes` must be in evaluation
 * order (inputs of a node before it). Inputs sit one column before their first reader, so a late
 * input (the target y of a loss) stands next to the step that uses it instead of far left. Edge
 * labels are placed clear of every box, adjoint, other label and other edge.
 */
export function layoutChain(
  nodes: readonly ChainLayoutNode[],
  options: Partial<ChainLayoutOptions> = {},
): ChainLayout {
  // A slider move changes values, not the graph: its layout is looked up, not placed again.
  const o = chainLayoutOptions(options);
  const key = JSON.stringify([nodes.map((n) => [n.id, n.inputs]), o]);
  const known = laidOut.get(key);
  if (known) {
    laidOut.delete(key);
    laidOut.set(key, known);
    return known;
  }
  const layout = computeLayout(nodes, o);
  laidOut.set(key, layout);
  if (laidOut.size > LAYOUT_CACHE) laidOut.delete(laidOut.keys().next().value as string);
  return layout;
}

/** Layouts by graph and options, most recent last; a page rarely shows more than a few. */
const laidOut = new Map<string, ChainLayout>();
const LAYOUT_CACHE = 32;

function computeLayout(nodes: readonly ChainLayoutNode[], o: ChainLayoutOptions): ChainLayout {
  const vertical = o.orientation === "vertical";
  const layerOf = assignLayers(nodes);
  const columns = Math.max(0, ...layerOf.values()) + 1;
  const layers: Item[][] = Array.from({ length: columns }, () => []);
  const items = new Map<string, Item>();
  for (const n of nodes) {
    const item: Item = { id: n.id, source: n.inputs.length === 0, preds: [], succs: [], row: 0 };
    items.set(n.id, item);
    layers[layerOf.get(n.id) ?? 0]?.push(item);
  }
  const chains = new Map<string, Item[]>();
  for (const n of nodes) {
    const to = items.get(n.id) as Item;
    for (const from of n.inputs) {
      let previous = items.get(from);
      if (!previous) continue;
      const chain = [previous];
      for (let l = (layerOf.get(from) ?? 0) + 1; l < (layerOf.get(n.id) ?? 0); l++) {
        const dummy: Item = {
          id: `${from}~${l}`,
          source: previous.source,
          preds: [],
          succs: [],
          row: 0,
        };
        link(previous, dummy);
        layers[l]?.push(dummy);
        chain.push(dummy);
        previous = dummy;
      }
      link(previous, to);
      chain.push(to);
      chains.set(edgeId(from, n.id), chain);
    }
  }
  orderLayers(layers);
  placeRows(layers);
  const rows = Math.max(0, ...layers.map((l) => l.length));
  const minRow = Math.min(0, ...layers.flat().map((i) => i.row));
  const maxRow = Math.max(0, ...layers.flat().map((i) => i.row));
  const round = (v: number) => Math.round(v * 100) / 100;
  const w = o.nodeWidth;
  const h = o.nodeHeight;
  // Along the reading direction a layer takes a box (and, top to bottom, its adjoint under it)
  // and a gap; across it a row takes a box and a gap.
  const along = vertical ? h + o.adjointHeight + o.columnGap : w + o.columnGap;
  const across = vertical ? w + o.rowGap : h + o.rowGap;
  const point = (layer: number, row: number): Vec2 =>
    vertical
      ? [
          round(o.padding + (row - minRow) * across + w / 2),
          round(o.padding + layer * along + h / 2),
        ]
      : [
          round(o.padding + layer * along + w / 2),
          round(o.padding + (row - minRow) * across + h / 2),
        ];
  const placed: Record<string, { center: Vec2; layer: number }> = {};
  layers.forEach((layer, l) =>
    layer.forEach((item) => {
      if (items.get(item.id) === item) placed[item.id] = { center: point(l, item.row), layer: l };
    }),
  );
  const routes: Record<string, Vec2[]> = {};
  const curves: LabelledCurve[] = [];
  for (const [id, chain] of chains) {
    const centres = chain.map((item) => point(layerIndex(layers, item), item.row));
    const last = centres.length - 1;
    const route = routeOf(centres, o, {
      ownStart: nodes.filter((n) => n.inputs.includes(chain[0]?.id ?? "")).length === 1,
      ownEnd: (nodes.find((n) => n.id === chain[last]?.id)?.inputs.length ?? 0) === 1,
    });
    routes[id] = route.points;
    const points = curvePoints(route.points, o.orientation, 16);
    curves.push({ id, points, first: route.label });
  }
  const width = vertical
    ? 2 * o.padding + (maxRow - minRow) * across + w
    : 2 * o.padding + columns * w + Math.max(0, columns - 1) * o.columnGap;
  const height = vertical
    ? 2 * o.padding + columns * along - o.columnGap
    : 2 * o.padding + (maxRow - minRow) * across + h + o.adjointHeight;
  const obstacles: ChainBox[] = Object.values(placed).flatMap(({ center: [x, y] }) => [
    { left: x - w / 2, top: y - h / 2, right: x + w / 2, bottom: y + h / 2 },
    {
      left: x - w / 2 - o.adjointOverhang,
      top: y + h / 2,
      right: x + w / 2 + o.adjointOverhang,
      bottom: y + h / 2 + o.adjointHeight,
    },
  ]);
  const tooLarge = columns > o.maxColumns || rows > o.maxRows ? { columns, rows } : null;
  // A graph too large to draw gets no labels placed (the work grows with edges × edges).
  const { labels, crowded } = tooLarge
    ? { labels: {}, crowded: 0 }
    : placeLabels(curves, {
        width,
        height,
        label: { width: o.labelWidth, height: o.labelHeight },
        obstacles,
        orientation: o.orientation,
      });
  return {
    width: round(width),
    height: round(height),
    columns,
    rows,
    nodes: placed,
    routes,
    labels,
    tooLarge,
    crowded,
    options: o,
  };
}

function link(from: Item, to: Item): void {
  from.succs.push(to);
  to.preds.push(from);
}

function layerIndex(layers: Item[][], item: Item): number {
  return layers.findIndex((l) => l.includes(item));
}

/** Longest path from the sources; then every source moves up to just before its first reader. */
function assignLayers(nodes: readonly ChainLayoutNode[]): Map<string, number> {
  const layer = new Map<string, number>();
  for (const n of nodes) {
    const known = n.inputs.map((i) => layer.get(i)).filter((l): l is number => l !== undefined);
    layer.set(n.id, known.length === 0 ? 0 : Math.max(...known) + 1);
  }
  for (const n of nodes) {
    if (n.inputs.length > 0) continue;
    const readers = nodes.filter((m) => m.inputs.includes(n.id)).map((m) => layer.get(m.id) ?? 1);
    if (readers.length > 0) layer.set(n.id, Math.max(0, Math.min(...readers) - 1));
  }
  return layer;
}
