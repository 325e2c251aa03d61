/**
 * `slopes/math`: the pure calculus engine. No React, no DOM, usable in Node.
 * @packageDocumentation
 */
export { clamp, isFiniteNumber, niceStep, roundToStep } from "./number";
export type { Vec2 } from "./vec";
export { vec } from "./vec";
