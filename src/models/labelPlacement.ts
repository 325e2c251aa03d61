// Where the words of a picture go: each label gets the first of its candidate places that is
// inside the picture and clear of everything already there (handles, tick numbers, points, the
// labels placed before it). A label with no free place is left out rather than written over
// something: a picture that says less is still readable, one with two words on top of each
// other is not. Pure geometry in pixels, so it is tested without a browser.

import type { Vec2 } from "../math/vec";

/** An axis-aligned box in pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One label to place: its text box size and its candidate centres, best first. */
export interface LabelRequest {
  readonly width: number;
  readonly height: number;
  readonly candidates: readonly Vec2[];
}

/** Room kept between a label and anything else, in pixels. */
export const LABEL_GAP = 3;

/** The box of a label of the given size centred on `centre`. */
export function boxAround([x, y]: Vec2, width: number, height: number): Box {
  return { left: x - width / 2, top: y - height / 2, right: x + width / 2, bottom: y + height / 2 };
}

/** A square box around a point (a handle, a marked point). */
export function boxOfPoint([x, y]: Vec2, radius: number): Box {
  return { left: x - radius, top: y - radius, right: x + radius, bottom: y + radius };
}

/** Two boxes overlap, counting `gap` pixels of room around them. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.left < b.right + gap &&
    b.left < a.right + gap &&
    a.top < b.bottom + gap &&
    b.top < a.bottom + gap
  );
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.left >= bounds.left &&
    box.right <= bounds.right &&
    box.top >= bounds.top &&
    box.bottom <= bounds.bottom
  );
}

/**
 * The width of a line of text, estimated from the font size: 0.62 em per character (system
 * sans-serif fonts average 0.5–0.6 em for these labels; the estimate errs on the wide side so a
 * label placed clear stays clear in any of the fonts the theme allows).
 */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil([...text].length * fontSize * 0.62) + 2;
}

/** Height of a one-line label's box: the font's ascent to descent. */
export function textHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.2);
}

/**
 * Places labels in order (the first gets first choice): each takes its first candidate that
 * fits inside `bounds` and overlaps no obstacle and no label placed before it. Returns each
 * label's centre, or `null` when none of its candidates is free.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
): (Vec2 | null)[] {
  const taken: Box[] = [...obstacles];
  return requests.map((request) => {
    for (const candidate of request.candidates) {
      if (!candidate.every(Number.isFinite)) continue;
      const box = boxAround(candidate, request.width, request.height);
      if (!inside(box, bounds)) continue;
      if (taken.some((other) => boxesOverlap(box, other, LABEL_GAP))) continue;
      taken.push(box);
      return candidate;
    }
    return null;
  });
}

/**
 * Candidate centres for the label of a straight segment `[a, b]` (pixels): points along it,
 * from the end farther from `avoid` inwards, each on both sides, set off far enough that the
 * label's box does not touch the line.
 */
export function segmentCandidates(
  [a, b]: readonly [Vec2, Vec2],
  avoid: Vec2 | null,
  width: number,
  height: number,
): Vec2[] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (!(length > 0)) return [];
  const far = !avoid || Math.hypot(a[0] - avoid[0], a[1] - avoid[1]) >= dist(b, avoid) ? a : b;
  const near = far === a ? b : a;
  const ux = (near[0] - far[0]) / length;
  const uy = (near[1] - far[1]) / length;
  // The normal, and how far a box of this size must sit from the line along it.
  const nx = -uy;
  const ny = ux;
  const offset = (Math.abs(nx) * width) / 2 + (Math.abs(ny) * height) / 2 + 4;
  const along = Math.min(length / 2, Math.max(width, height) / 2 + 6);
  // The side above the line first (smaller y), so two labels of nearby lines part ways.
  const sign = ny <= 0 ? 1 : -1;
  const out: Vec2[] = [];
  for (const away of [offset, offset + height + 4]) {
    for (const t of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
      const s = along + t * (length - 2 * along);
      const px = far[0] + ux * s;
      const py = far[1] + uy * s;
      out.push([px + sign * nx * away, py + sign * ny * away]);
      out.push([px - sign * nx * away, py - sign * ny * away]);
    }
  }
  return out;
}

function dist(p: Vec2, q: Vec2): number {
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
}
