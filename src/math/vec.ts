/** A point or a vector in the plane, in math coordinates: `[x, y]`. */
export type Vec2 = readonly [number, number];

/** Small 2-D vector helpers (pure functions, no allocation beyond the result). */
export const vec = {
  add: (a: Vec2, b: Vec2): Vec2 => [a[0] + b[0], a[1] + b[1]],
  sub: (a: Vec2, b: Vec2): Vec2 => [a[0] - b[0], a[1] - b[1]],
  scale: (a: Vec2, k: number): Vec2 => [a[0] * k, a[1] * k],
  length: (a: Vec2): number => Math.hypot(a[0], a[1]),
  distance: (a: Vec2, b: Vec2): number => Math.hypot(a[0] - b[0], a[1] - b[1]),
  isFinite: (a: Vec2): boolean => Number.isFinite(a[0]) && Number.isFinite(a[1]),
  equals: (a: Vec2, b: Vec2): boolean => Object.is(a[0], b[0]) && Object.is(a[1], b[1]),
};
