import type { Vec2 } from "../math/vec";

/** Which way a chain graph reads: left to right, or top to bottom (narrow containers). */
export type ChainOrientation = "horizontal" | "vertical";

/** An axis-aligned box in drawing coordinates. */
export interface ChainBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The cubic Bézier segments an edge is drawn with: between consecutive points of its route, an
 * S-curve that leaves and enters horizontally (left to right) or vertically (top to bottom).
 * The view draws exactly these; the label placement samples them.
 */
export function curveSegments(
  route: readonly Vec2[],
  orientation: ChainOrientation,
): [Vec2, Vec2, Vec2, Vec2][] {
  const points = route.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const segments: [Vec2, Vec2, Vec2, Vec2][] = [];
  for (let k = 1; k < points.length; k++) {
    const p = points[k - 1] as Vec2;
    const q = points[k] as Vec2;
    if (orientation === "horizontal") {
      const mid = (p[0] + q[0]) / 2;
      segments.push([p, [mid, p[1]], [mid, q[1]], q]);
    } else {
      const mid = (p[1] + q[1]) / 2;
      segments.push([p, [p[0], mid], [q[0], mid], q]);
    }
  }
  return segments;
}

/** Points along an edge's drawn curve, `perSegment` per Bézier segment. */
export function curvePoints(
  route: readonly Vec2[],
  orientation: ChainOrientation,
  perSegment = 32,
): Vec2[] {
  const points: Vec2[] = [];
  const segments = curveSegments(route, orientation);
  segments.forEach(([a, b, c, d], k) => {
    for (let i = k === 0 ? 0 : 1; i <= perSegment; i++) {
      const t = i / perSegment;
      const u = 1 - t;
      const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
      points.push([
        w[0] * a[0] + w[1] * b[0] + w[2] * c[0] + w[3] * d[0],
        w[0] * a[1] + w[1] * b[1] + w[2] * c[1] + w[3] * d[1],
      ]);
    }
  });
  return points;
}

const intersects = (a: ChainBox, b: ChainBox): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const contains = (box: ChainBox, [x, y]: Vec2): boolean =>
  x > box.left && x < box.right && y > box.top && y < box.bottom;

/** An edge as the label placement sees it: its id and its curve's points. */
export interface LabelledCurve {
  readonly id: string;
  readonly points: readonly Vec2[];
  /** Where its label is tried first: the middle of the straight stretch after its source. */
  readonly first?: Vec2 | undefined;
}

/** Where the labels may go, and what they must stay clear of. */
export interface LabelSpace {
  readonly width: number;
  readonly height: number;
  /** Size reserved for every label. */
  readonly label: { readonly width: number; readonly height: number };
  /** Boxes no label may touch: the nodes and the room for their adjoints. */
  readonly obstacles: readonly ChainBox[];
  readonly orientation: ChainOrientation;
}

/** Most edges whose labels are searched a clear spot for. */
const MAX_SEARCHED = 48;

/** Where along its curve a label is tried first: the middle, then outwards. */
const FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85];

/**
 * Places every edge's label on its own curve where it covers no node, no adjoint, no other label
 * and no other edge (#12: the y→L edge of the neuron ran through the label of a→L). Tries the
 * straight stretch after the source first, then points along the curve from its middle
 * outwards, each also a little to either side; takes the first clear spot, or the least crowded
 * one when none is clear (and counts those in `crowded`). Deterministic.
 */
export function placeLabels(
  curves: readonly LabelledCurve[],
  space: LabelSpace,
): { labels: Record<string, Vec2>; crowded: number } {
  const { width: w, height: h } = space.label;
  const margin = 2;
  const boxAt = ([x, y]: Vec2): ChainBox => ({
    left: x - w / 2 - margin,
    top: y - h / 2 - margin,
    right: x + w / 2 + margin,
    bottom: y + h / 2 + margin,
  });
  // Off the curve by less than half the smallest label, so the curve still runs through it.
  const side = space.orientation === "horizontal" ? ([0, 12] as const) : ([12, 0] as const);
  const spots = (curve: LabelledCurve): Vec2[] => {
    const usable = curve.points;
    const ons = FRACTIONS.map((fraction) => usable[Math.round(fraction * (usable.length - 1))]);
    return [curve.first, ...ons].flatMap((on) =>
      on ? [0, -1, 1].map((k): Vec2 => [on[0] + k * side[0], on[1] + k * side[1]]) : [],
    );
  };
  // Each curve's bounding box, so that most curves are ruled out without looking at a point.
  const bounds = new Map(
    curves.map((c) => {
      const xs = c.points.map((p) => p[0]);
      const ys = c.points.map((p) => p[1]);
      const box: ChainBox = {
        left: Math.min(...xs),
        top: Math.min(...ys),
        right: Math.max(...xs),
        bottom: Math.max(...ys),
      };
      return [c.id, box];
    }),
  );
  const touches = (box: ChainBox, curve: LabelledCurve): boolean => {
    const b = bounds.get(curve.id) as ChainBox;
    if (b.left >= box.right || box.left >= b.right || b.top >= box.bottom || box.top >= b.bottom)
      return false;
    return curve.points.some((p) => contains(box, p));
  };
  /** What a label at `at` covers, counted up to `enough` (no need to count past the best). */
  const cost = (
    curve: LabelledCurve,
    at: Vec2,
    placed: readonly ChainBox[],
    enough = Infinity,
  ): number => {
    const box = boxAt(at);
    let total = 0;
    const [x, y] = at;
    if (x < w / 2 || y < h / 2 || x > space.width - w / 2 || y > space.height - h / 2) total += 1;
    for (const obstacle of space.obstacles) {
      if (total >= enough) return total;
      if (intersects(box, obstacle)) total += 4;
    }
    for (const other of placed) {
      if (total >= enough) return total;
      if (intersects(box, other)) total += 4;
    }
    for (const other of curves) {
      if (total >= enough) return total;
      if (other.id !== curve.id && touches(box, other)) total += 4;
    }
    return total;
  };
  // Past MAX_SEARCHED edges (a dense program, never a typed formula of the chapter) the search
  // would cost more than a frame: labels go to their first spot, and the layout says it is
  // crowded.
  if (curves.length > MAX_SEARCHED) {
    const labels = Object.fromEntries(
      curves.map((c): [string, Vec2] => [
        c.id,
        c.first ?? c.points[Math.floor(c.points.length / 2)] ?? [0, 0],
      ]),
    );
    return { labels, crowded: curves.length };
  }
  // The edges with the fewest clear spots choose first (a straight edge between two adjoints
  // has few; a long curve has many).
  const freedom = new Map(
    curves.map((c) => [c.id, spots(c).filter((at) => cost(c, at, [], 1) === 0).length]),
  );
  const order = [...curves].sort((a, b) => (freedom.get(a.id) ?? 0) - (freedom.get(b.id) ?? 0));
  const placed: ChainBox[] = [];
  const result: Record<string, Vec2> = {};
  let crowded = 0;
  for (const curve of order) {
    let best: { at: Vec2; cost: number } | null = null;
    for (const at of spots(curve)) {
      const c = cost(curve, at, placed, best?.cost ?? Infinity);
      if (!best || c < best.cost) best = { at, cost: c };
      if (c === 0) break;
    }
    const at = best?.at ?? curve.points[0] ?? [0, 0];
    if (!best || best.cost >= 4) crowded++; // covers something (past the edge only costs 1)
    result[curve.id] = at;
    placed.push(boxAt(at));
  }
  return { labels: result, crowded };
}
