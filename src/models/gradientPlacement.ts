import type { Vec2 } from "../math/vec";

// Where the marks of the gradient map go, in pixels: the arrows out of the probe's ring, their
// labels next to their tips, and the contour levels where nothing else is written (#12).

/** A box in pixels (y pointing down). */
export interface PixelBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A segment in pixels. */
export type Segment = readonly [Vec2, Vec2];

/** What a label must keep clear of. */
export interface Obstacles {
  readonly boxes: readonly PixelBox[];
  readonly segments: readonly Segment[];
}

/** The box of the given size centred on a point. */
export function boxAround([x, y]: Vec2, width: number, height: number): PixelBox {
  return { left: x - width / 2, top: y - height / 2, right: x + width / 2, bottom: y + height / 2 };
}

/** Two boxes share more than a line, once each is grown by `pad` pixels. */
export function boxesMeet(a: PixelBox, b: PixelBox, pad = 0): boolean {
  return (
    a.left - pad < b.right &&
    b.left - pad < a.right &&
    a.top - pad < b.bottom &&
    b.top - pad < a.bottom
  );
}

/** The segment from a to b crosses the box grown by `pad` pixels (Liang–Barsky clipping). */
export function segmentMeetsBox([a, b]: Segment, box: PixelBox, pad = 0): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const sides: readonly (readonly [number, number])[] = [
    [-dx, a[0] - (box.left - pad)],
    [dx, box.right + pad - a[0]],
    [-dy, a[1] - (box.top - pad)],
    [dy, box.bottom + pad - a[1]],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** An arrow as drawn out of the probe. */
export interface DrawnArrow {
  /** The probe's centre, where the vector starts. */
  readonly from: Vec2;
  /** Start of the shaft: on the edge of the probe's ring, not under it. */
  readonly tail: Vec2;
  readonly tip: Vec2;
  /** Unit direction. */
  readonly direction: Vec2;
  /** The vector was shorter than the ring plus `minLength`: drawn that long, not to scale. */
  readonly lengthened: boolean;
}

/**
 * The arrow from the probe (centre `probe`) towards `tip`, in pixels, starting `clearance`
 * pixels out (past the probe's ring) and reaching at least `minLength` pixels beyond that, so a
 * short vector still shows a shaft and a head (it is then marked `lengthened`). Null for a
 * vector of no length or not finite.
 */
export function arrowOutOfProbe(
  probe: Vec2,
  tip: Vec2,
  clearance: number,
  minLength: number,
): DrawnArrow | null {
  const dx = tip[0] - probe[0];
  const dy = tip[1] - probe[1];
  const length = Math.hypot(dx, dy);
  if (!(length > 0) || !Number.isFinite(length)) return null;
  const direction: Vec2 = [dx / length, dy / length];
  const reach = Math.max(length, clearance + minLength);
  const at = (d: number): Vec2 => [probe[0] + direction[0] * d, probe[1] + direction[1] * d];
  return {
    from: probe,
    tail: at(clearance),
    tip: at(reach),
    direction,
    lengthened: reach > length,
  };
}

/** A label to write next to an arrow's tip, of about this size in pixels. */
export interface TipLabel {
  readonly arrow: DrawnArrow;
  readonly width: number;
  readonly height: number;
}

/** Directions to try around the arrow's own, in degrees, best first. */
const TURNS = [0, 35, -35, 70, -70, 105, -105, 140, -140];

/**
 * Centres for the labels of arrows next to their tips: each label is placed beyond its tip
 * (straight on, else turned further and further round), clear of the other labels, of every
 * arrow's shaft, of the obstacles (probe, heads, tick labels) and inside `bounds`. When no place
 * is clear, the least bad one is used (out of bounds counts worst).
 */
export function placeTipLabels(
  labels: readonly TipLabel[],
  bounds: PixelBox,
  obstacles: Obstacles,
): Vec2[] {
  // Greedy in each order of the labels (there are two), keeping the order that costs least:
  // the label of an arrow running off the picture must not take the other's place.
  const orders =
    labels.length === 2
      ? [
          [0, 1],
          [1, 0],
        ]
      : [labels.map((_, k) => k)];
  let best: { centres: Vec2[]; cost: number } | null = null;
  for (const order of orders) {
    const placed: PixelBox[] = [];
    const centres: Vec2[] = [];
    let total = 0;
    for (const k of order) {
      const { centre, box, cost } = placeOne(labels[k] as TipLabel, bounds, obstacles, placed);
      placed.push(box);
      centres[k] = centre;
      total += cost;
    }
    if (!best || total < best.cost) best = { centres, cost: total };
  }
  return best?.centres ?? [];
}

/** The least bad place for one tip label, given the labels already placed. */
function placeOne(
  { arrow, width, height }: TipLabel,
  bounds: PixelBox,
  obstacles: Obstacles,
  placed: readonly PixelBox[],
): { centre: Vec2; box: PixelBox; cost: number } {
  {
    const clearance = Math.hypot(arrow.tail[0] - arrow.from[0], arrow.tail[1] - arrow.from[1]) + 2;
    let best: { centre: Vec2; box: PixelBox; cost: number } | null = null;
    const [ux, uy] = arrow.direction;
    // Beyond the tip first (straight on, then turned further round), then beside the shaft
    // (for a tip at the picture's edge).
    const tries: { anchor: Vec2; turn: number; gap: number }[] = [
      ...[5, 12].flatMap((gap) => TURNS.map((turn) => ({ anchor: arrow.tip, turn, gap }))),
      ...[0.75, 0.5, 0.25, 0].flatMap((f) =>
        [90, -90].map((turn) => ({
          anchor: [
            arrow.tail[0] + f * (arrow.tip[0] - arrow.tail[0]),
            arrow.tail[1] + f * (arrow.tip[1] - arrow.tail[1]),
          ] as Vec2,
          turn,
          gap: 5,
        })),
      ),
      // Last, beside the probe (an arrow running off the picture at once).
      ...[60, -60, 90, -90, 120, -120, 150, -150].map((turn) => ({
        anchor: arrow.from,
        turn,
        gap: clearance,
      })),
    ];
    for (const [k, { anchor, turn, gap }] of tries.entries()) {
      const angle = (turn * Math.PI) / 180;
      const v: Vec2 = [
        ux * Math.cos(angle) - uy * Math.sin(angle),
        ux * Math.sin(angle) + uy * Math.cos(angle),
      ];
      // Out from the anchor by the gap plus the box's reach in that direction.
      const reach = gap + (Math.abs(v[0]) * width) / 2 + (Math.abs(v[1]) * height) / 2;
      const centre: Vec2 = [anchor[0] + v[0] * reach, anchor[1] + v[1] * reach];
      const box = boxAround(centre, width, height);
      const cost =
        (within(box, bounds) ? 0 : 10000) +
        1000 * count(placed, (p) => boxesMeet(box, p, 2)) +
        1000 * count(obstacles.segments, (s) => segmentMeetsBox(s, box, 1)) +
        300 * count(obstacles.boxes, (b) => boxesMeet(box, b, 1)) +
        k;
      if (!best || cost < best.cost) best = { centre, box, cost };
    }
    return best as { centre: Vec2; box: PixelBox; cost: number };
  }
}

/**
 * Both arrows shortened by one factor (they stay equal) so that their tips lie inside `area`,
 * when the probe is inside it.
 */
export function fitTips(probe: Vec2, tips: readonly Vec2[], area: PixelBox): Vec2[] {
  let k = 1;
  for (const tip of tips)
    for (const axis of [0, 1] as const) {
      const d = (tip[axis] as number) - probe[axis];
      const [lo, hi] = axis === 0 ? [area.left, area.right] : [area.top, area.bottom];
      if (d > 0 && tip[axis] > hi) k = Math.min(k, Math.max(0, hi - probe[axis]) / d);
      if (d < 0 && tip[axis] < lo) k = Math.min(k, Math.max(0, probe[axis] - lo) / -d);
    }
  return tips.map((tip) => [
    probe[0] + k * (tip[0] - probe[0]),
    probe[1] + k * (tip[1] - probe[1]),
  ]);
}

/** The box lies inside the bounds. */
export function within(box: PixelBox, bounds: PixelBox): boolean {
  return (
    box.left >= bounds.left &&
    box.right <= bounds.right &&
    box.top >= bounds.top &&
    box.bottom <= bounds.bottom
  );
}

/** How many of the items pass the test. */
export function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (test(item)) n += 1;
  return n;
}
