import type { Vec2 } from "../math/vec";
import type { ChainLayoutOptions } from "./chainLayoutOptions";

/**
 * An edge's polyline through the centres of its chain (its source, the columns it skips, its
 * target). It leaves its box from the side facing the next column (top to bottom: from the
 * bottom, under the adjoint) and holds a straight stretch as long as its label where the label
 * can sit alone: after its source when the source feeds only it, after a column it skips, or
 * else before its target when the target reads only it. The bends happen between those.
 */
export function routeOf(
  centres: readonly Vec2[],
  o: ChainLayoutOptions,
  own: { ownStart: boolean; ownEnd: boolean },
): { points: Vec2[]; label: Vec2 | undefined } {
  const vertical = o.orientation === "vertical";
  const { nodeWidth: w, nodeHeight: h, adjointHeight } = o;
  const stub = vertical ? o.labelHeight + 8 : o.labelWidth + 8;
  const along = ([x, y]: Vec2, d: number): Vec2 => (vertical ? [x, y + d] : [x + d, y]);
  const mid = (a: Vec2, b: Vec2): Vec2 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const exit = ([x, y]: Vec2): Vec2 => (vertical ? [x, y + h / 2 + adjointHeight] : [x + w / 2, y]);
  const entry = ([x, y]: Vec2): Vec2 => (vertical ? [x, y - h / 2] : [x - w / 2, y]);
  const points: Vec2[] = [];
  let label: Vec2 | undefined;
  const last = centres.length - 1;
  centres.forEach((c, k) => {
    if (k === 0) {
      if (vertical) points.push([c[0], c[1] + h / 2]);
      points.push(exit(c));
      if (own.ownStart) {
        points.push(along(exit(c), stub));
        label = mid(exit(c), along(exit(c), stub));
      }
    } else if (k < last) {
      // Straight through a skipped column, where a box would be, then along a stub.
      points.push(entry(c), exit(c), along(exit(c), stub));
      label ??= mid(exit(c), along(exit(c), stub));
    } else {
      if (!label && own.ownEnd) {
        points.push(along(entry(c), -stub));
        label = mid(along(entry(c), -stub), entry(c));
      }
      points.push(entry(c));
    }
  });
  return { points, label };
}
