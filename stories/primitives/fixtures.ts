import type { Vec2 } from "../../src";

/** Points of y = x² for stories (the engine's sampler replaces this in the widgets). */
export function parabola(from: number, to: number, count = 121): Vec2[] {
  return Array.from({ length: count }, (_, i) => {
    const x = from + ((to - from) * i) / (count - 1);
    return [x, x * x] as const;
  });
}
