import type { Vec2 } from "../../src";
import { compile, sampleCurve } from "../../src/math";

const square = compile("x^2", ["x"]);

/** y = x² sampled by the engine, as one polyline (for the primitives' stories). */
export function parabola(from: number, to: number): Vec2[] {
  return sampleCurve(square, [from, to]).flat();
}
