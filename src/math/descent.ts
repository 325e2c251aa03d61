import type { Expr } from "./ast";
import { freeVariables } from "./ast";
import { compile } from "./compile";
import { compileGradient } from "./partials";
import { toExpr } from "./parse";
import type { Vec2 } from "./vec";

/** Why {@link descentPath} stopped. */
export type DescentStatus = "converged" | "max-steps" | "diverged" | "undefined" | "out-of-bounds";

/** Options of {@link descentPath}. */
export interface DescentOptions {
  /**
   * Step size η: each step moves by −η·∇f.
   * @default 0.1
   */
  readonly learningRate?: number;
  /**
   * Most steps taken.
   * @default 50
   */
  readonly steps?: number;
  /**
   * Stop as converged when the gradient is shorter than this.
   * @default 1e-6
   */
  readonly tolerance?: number;
  /** Stop when leaving `[[xmin, xmax], [ymin, ymax]]` (e.g. the visible region). */
  readonly bounds?: readonly [Vec2, Vec2];
  /** For a formula: the two variables, in order. Defaults to its variables in order of appearance. */
  readonly variables?: readonly [string, string];
  /**
   * The gradient, when the caller already has it (a widget compiles it once per formula): used
   * instead of differentiating the formula again, or of estimating it for a function.
   */
  readonly gradient?: (x: number, y: number) => Vec2;
}

/** The walk of gradient descent. */
export interface DescentResult {
  /** Visited points, starting at `start`; all finite. */
  readonly points: Vec2[];
  /** `f` at each point. */
  readonly values: number[];
  readonly status: DescentStatus;
  /** True when the walk was blowing up (growing values, non-finite numbers) and was stopped. */
  readonly diverged: boolean;
}

/** What descentPath walks down: a formula in two variables, its tree, or a function of (x, y). */
export type DescentTarget = string | Expr | ((x: number, y: number) => number);

function prepare(f: DescentTarget, variables?: readonly [string, string]) {
  if (typeof f === "function") {
    const grad = (x: number, y: number): Vec2 => {
      const hx = 1e-5 * Math.max(1, Math.abs(x));
      const hy = 1e-5 * Math.max(1, Math.abs(y));
      return [(f(x + hx, y) - f(x - hx, y)) / (2 * hx), (f(x, y + hy) - f(x, y - hy)) / (2 * hy)];
    };
    return { value: f, grad };
  }
  const tree = toExpr(f);
  const names = variables ?? (freeVariables(tree).slice(0, 2) as unknown as [string, string]);
  const both = [names[0] ?? "x", names[1] ?? "y"];
  // A widget walks from a new start on every pointer move with the same cost: differentiate and
  // compile it once per tree (and pair of variables), not once per walk.
  const key = both.join("\u0000");
  let byNames = prepared.get(tree);
  if (!byNames) prepared.set(tree, (byNames = new Map()));
  let ready = byNames.get(key);
  if (!ready) {
    const g = compileGradient(tree, both);
    ready = {
      value: compile(tree, both),
      grad: (x: number, y: number): Vec2 => g(x, y) as unknown as Vec2,
    };
    byNames.set(key, ready);
  }
  return ready;
}

/** The compiled value of a formula alone (its gradient is given by the caller). */
function prepareValue(
  f: string | Expr,
  variables?: readonly [string, string],
): (x: number, y: number) => number {
  const tree = toExpr(f);
  const names = variables ?? (freeVariables(tree).slice(0, 2) as unknown as [string, string]);
  const compiled = compile(tree, [names[0] ?? "x", names[1] ?? "y"]);
  return (x, y) => compiled(x, y);
}

interface Prepared {
  value: (x: number, y: number) => number;
  grad: (x: number, y: number) => Vec2;
}
/** Compiled cost and gradient per expression tree, dropped with the tree. */
const prepared = new WeakMap<Expr, Map<string, Prepared>>();

/**
 * Gradient descent on `f(x, y)` (a formula or a function) from `start`: the points of
 * `p ← p − η∇f(p)`. Stops at convergence, after `steps`, on leaving `bounds`, or when the walk
 * diverges (values growing five steps in a row above the start, or numbers no longer finite) —
 * it flags divergence instead of flying to infinity.
 */
export function descentPath(
  f: DescentTarget,
  start: Vec2,
  options: DescentOptions = {},
): DescentResult {
  const given = options.gradient;
  const { value, grad } = !given
    ? prepare(f, options.variables)
    : { value: typeof f === "function" ? f : prepareValue(f, options.variables), grad: given };
  const rate = options.learningRate ?? 0.1;
  const steps = options.steps ?? 50;
  const tolerance = options.tolerance ?? 1e-6;
  const points: Vec2[] = [start];
  const first = value(start[0], start[1]);
  const values: number[] = [first];
  const done = (status: DescentStatus): DescentResult => ({
    points,
    values,
    status,
    diverged: status === "diverged",
  });
  if (!Number.isFinite(first) || !Number.isFinite(start[0]) || !Number.isFinite(start[1]))
    return done("undefined");
  let rising = 0;
  for (let k = 0; k < steps; k++) {
    const p = points[points.length - 1] as Vec2;
    const [gx, gy] = grad(p[0], p[1]);
    if (!Number.isFinite(gx) || !Number.isFinite(gy)) return done("undefined");
    if (Math.hypot(gx, gy) < tolerance) return done("converged");
    const q: Vec2 = [p[0] - rate * gx, p[1] - rate * gy];
    const v = value(q[0], q[1]);
    if (!Number.isFinite(v) || !Number.isFinite(q[0]) || !Number.isFinite(q[1]))
      return done("diverged");
    const previous = values[values.length - 1] as number;
    rising = v > previous && v > first ? rising + 1 : 0;
    points.push(q);
    values.push(v);
    if (rising >= 5 || Math.abs(v) > 1e12 * (1 + Math.abs(first))) return done("diverged");
    const b = options.bounds;
    if (b && (q[0] < b[0][0] || q[0] > b[0][1] || q[1] < b[1][0] || q[1] > b[1][1]))
      return done("out-of-bounds");
  }
  return done("max-steps");
}
