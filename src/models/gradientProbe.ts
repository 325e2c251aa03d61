import type { DescentResult } from "../math/descent";
import { descentPath } from "../math/descent";
import type { Vec2 } from "../math/vec";
import type { GradientWords } from "../i18n/catalogs";
import { GRADIENT_EN } from "../i18n/catalogs";
import type { Domain } from "./plane";
import type { GradientCost } from "./gradientCost";
import type { Landscape } from "./gradientLandscape";
import type { CrossSection } from "./gradientSection";
import { crossSection } from "./gradientSection";
import { probeTeX, probeValueText, rootText } from "./gradientText";

/** What kind of flat point the probe sits on, from the second derivatives. */
export type CriticalKind = "minimum" | "maximum" | "saddle" | "flat";

/** Why "take one step" cannot move the probe. */
export type StepProblem = "undefined" | "flat" | "outside";

/** Learning rates the widget offers (the model accepts any positive rate up to 100). */
export const LEARNING_RATE_RANGE: readonly [number, number] = [0.001, 1];

/** The inputs of {@link probeState}. */
export interface ProbeInput {
  readonly cost: GradientCost;
  /** The probe-independent part of the map (only its domain, range and scales are read). */
  readonly landscape: Pick<Landscape, "domain" | "valueRange" | "arrowScale" | "flatTolerance">;
  readonly probe: Vec2;
  /** Step size η of gradient descent. */
  readonly learningRate: number;
  /** Most steps of the descent path. */
  readonly steps: number;
  /** Language of the value text and of numbers and words in the formulas. @default English */
  readonly locale?: GradientWords | undefined;
}

/** Everything the picture, the readouts and a screen reader need at the probe. */
export interface ProbeState {
  readonly probe: Vec2;
  /** L at the probe; NaN where undefined. */
  readonly value: number;
  /** (∂L/∂w₁, ∂L/∂w₂): the gradient ∇L. NaN components where undefined. */
  readonly partials: Vec2;
  /** |∇L|, the steepness. */
  readonly length: number;
  /** The exact length when it is a root of a whole number ("√20"), else null. */
  readonly lengthExact: string | null;
  /** −∇L, the direction of steepest descent. */
  readonly descent: Vec2;
  /** The cost is defined at the probe. */
  readonly defined: boolean;
  /** Both partials are defined at the probe. */
  readonly slopeDefined: boolean;
  /** Set when both partials are zero (`exact`) or nearly zero, with the kind of flat point. */
  readonly flat: { readonly exact: boolean; readonly kind: CriticalKind } | null;
  /**
   * The arrows to draw, in map coordinates: ∇L and −∇L from the probe, both scaled by the
   * landscape's `arrowScale`, so lengths compare across positions. Null where undefined or zero.
   */
  readonly arrows: {
    readonly gradient: readonly [Vec2, Vec2] | null;
    readonly descent: readonly [Vec2, Vec2] | null;
    /** Both arrows were drawn shorter than to scale so that their tips stay on the map. */
    readonly shortened: boolean;
  };
  readonly learningRate: number;
  /** Where one step of descent, w − η∇L, lands; null when a step is not possible. */
  readonly nextStep: Vec2 | null;
  readonly stepProblem: StepProblem | null;
  /** Gradient descent from the probe (stops on divergence instead of flying off). */
  readonly trajectory: DescentResult;
  /** The slices through the probe along each variable. */
  readonly sections: readonly [CrossSection, CrossSection];
  readonly tex: { readonly gradient: string; readonly length: string; readonly step: string };
  readonly valueText: string;
}

/**
 * The gradient model at one probe position: cost, partial derivatives, gradient, length,
 * descent direction, the two slices, one descent step and the descent path. It never touches
 * the contour grid, so its cost does not grow with the map's resolution.
 */
export function probeState(input: ProbeInput): ProbeState {
  const { cost, landscape, steps } = input;
  const locale = input.locale ?? GRADIENT_EN;
  const { domain } = landscape;
  const probe: Vec2 = [input.probe[0], input.probe[1]];
  const learningRate = clampLearningRate(input.learningRate);
  const value = cost.value(probe[0], probe[1]);
  const raw = cost.gradient(probe[0], probe[1]);
  const defined = Number.isFinite(value);
  const slopeDefined = defined && Number.isFinite(raw[0]) && Number.isFinite(raw[1]);
  const partials: Vec2 = slopeDefined ? raw : [Number.NaN, Number.NaN];
  const sum = partials[0] ** 2 + partials[1] ** 2;
  const length = Math.sqrt(sum);
  const descent: Vec2 = [-partials[0] || 0, -partials[1] || 0];
  const flat =
    slopeDefined && length <= landscape.flatTolerance
      ? { exact: length === 0, kind: criticalKind(cost.hessian(probe[0], probe[1])) }
      : null;

  const k = slopeDefined ? arrowLength(probe, partials, landscape.arrowScale, domain) : 0;
  const arrows =
    slopeDefined && length > 0
      ? {
          gradient: [probe, [probe[0] + k * partials[0], probe[1] + k * partials[1]]] as const,
          descent: [probe, [probe[0] + k * descent[0], probe[1] + k * descent[1]]] as const,
          shortened: k < landscape.arrowScale,
        }
      : { gradient: null, descent: null, shortened: false };

  const next: Vec2 = [probe[0] - learningRate * partials[0], probe[1] - learningRate * partials[1]];
  const inside =
    next[0] >= domain.x[0] &&
    next[0] <= domain.x[1] &&
    next[1] >= domain.y[0] &&
    next[1] <= domain.y[1];
  const stepProblem: StepProblem | null = !slopeDefined
    ? "undefined"
    : length === 0
      ? "flat"
      : !inside || !Number.isFinite(cost.value(next[0], next[1]))
        ? "outside"
        : null;

  // Bounds far beyond the window: a path that overshoots is seen to diverge (and is stopped by
  // the engine) instead of being cut at the window's edge as "out of bounds".
  const trajectory = undefinedStop(
    cost,
    learningRate,
    // The cost's own gradient, compiled once with the cost: exact partials when the engine
    // wrote them, central differences over its budgets, like the rest of the map.
    descentPath(cost.value, probe, {
      gradient: cost.gradient,
      learningRate,
      steps: Math.max(0, Math.min(1000, Math.round(steps))),
      bounds: [widen(domain.x), widen(domain.y)],
      variables: cost.variables,
    }),
  );

  return {
    probe,
    value,
    partials,
    length,
    lengthExact: slopeDefined ? rootText(sum) : null,
    descent: slopeDefined ? descent : [Number.NaN, Number.NaN],
    defined,
    slopeDefined,
    flat,
    arrows,
    learningRate,
    nextStep: stepProblem ? null : next,
    stepProblem,
    trajectory,
    sections: [
      crossSection(cost, domain, landscape.valueRange, probe, value, partials[0], 0),
      crossSection(cost, domain, landscape.valueRange, probe, value, partials[1], 1),
    ],
    // Written when first read (the formula panel reads it once a drag rests), not on every move.
    tex: lazyTeX(() => probeTeX(cost, probe, partials, learningRate, next, locale)),
    valueText: probeValueText(cost, probe, value, partials, length, locale),
  };
}

type ProbeTeX = ProbeState["tex"];

/** The three formulas as an object whose fields are computed together, the first time one is read. */
function lazyTeX(write: () => ProbeTeX): ProbeTeX {
  let written: ProbeTeX | null = null;
  const get = () => (written ??= write());
  return {
    get gradient() {
      return get().gradient;
    },
    get length() {
      return get().length;
    },
    get step() {
      return get().step;
    },
  };
}

/**
 * The engine reports "diverged" when a step lands where the cost is undefined (for example
 * below zero under a logarithm), although nothing grew. Such a walk stopped at the edge of the
 * cost's domain: report it as "undefined".
 */
function undefinedStop(cost: GradientCost, rate: number, walk: DescentResult): DescentResult {
  if (walk.status !== "diverged") return walk;
  const last = walk.points[walk.points.length - 1] as Vec2;
  const [gx, gy] = cost.gradient(last[0], last[1]);
  const q: Vec2 = [last[0] - rate * gx, last[1] - rate * gy];
  const grew =
    walk.values.length > 1 &&
    (walk.values[walk.values.length - 1] as number) > (walk.values[0] as number);
  if (grew || !Number.isFinite(q[0]) || !Number.isFinite(q[1])) return walk;
  if (Number.isFinite(cost.value(q[0], q[1]))) return walk;
  return { ...walk, status: "undefined", diverged: false };
}

/**
 * The scale of both arrows: the landscape's scale, reduced (equally for ∇L and −∇L) so that
 * both tips stay inside the window, but never below 40 % of it: near the border an arrow
 * pointing off the map is still drawn.
 */
function arrowLength(probe: Vec2, g: Vec2, scale: number, domain: Domain): number {
  let s = scale;
  const bounds = [domain.x, domain.y] as const;
  for (const axis of [0, 1] as const) {
    const [lo, hi] = bounds[axis];
    const p = probe[axis];
    const v = Math.abs(g[axis]);
    if (v === 0) continue;
    // The tips move by ±s·g along this axis: the nearer wall in each direction limits s.
    s = Math.min(s, Math.max(0, hi - p) / v, Math.max(0, p - lo) / v);
  }
  return Math.max(0.4 * scale, s);
}

/** A range five times wider on each side. */
function widen([lo, hi]: readonly [number, number]): Vec2 {
  const span = hi - lo;
  return [lo - 5 * span, hi + 5 * span];
}

/** A learning rate within (0, 100]; a non-positive or non-finite rate becomes 0.1. */
export function clampLearningRate(rate: number): number {
  if (!(rate > 0) || !Number.isFinite(rate)) return rate === Infinity ? 100 : 0.1;
  return Math.min(100, rate);
}

/**
 * The kind of a flat point from the Hessian (second-derivative test): positive determinant and
 * positive curvature is a minimum, negative curvature a maximum, negative determinant a saddle;
 * a zero determinant (or an undefined one) says only "flat".
 */
export function criticalKind(hessian: readonly [number, number, number]): CriticalKind {
  const [a, b, c] = hessian;
  const det = a * c - b * b;
  if (!Number.isFinite(det)) return "flat";
  const scale = Math.max(1e-12, a * a + c * c + 2 * b * b);
  if (det > 1e-9 * scale) return a > 0 ? "minimum" : "maximum";
  if (det < -1e-9 * scale) return "saddle";
  return "flat";
}
