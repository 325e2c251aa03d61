import { useMemo } from "react";
import type { Vec2 } from "../math/vec";
import type { Domain } from "../models/plane";
import type { ErrorSample, SecantMethod, SecantState } from "../models/secant";
import { errorSeries } from "../models/secant";
import type { ExpressionProblem } from "../models/expression";
import type { FunctionInput, SlopeFunction } from "../models/secantFunction";
import type { Live } from "./live";
import { useLive } from "./live";
import { useSecantSource } from "./useSecantSource";

/** Options of {@link useSecant}. */
export interface UseSecantOptions {
  /** The function: a formula in x (`"x^2"`), a parsed tree, or a JavaScript function. @default "x^2" */
  fn?: FunctionInput | undefined;
  /** The exact derivative of a JavaScript `fn`; without it the slope is estimated (Richardson). */
  derivative?: ((x: number) => number) | undefined;
  /** The point's x (controlled). */
  x?: number | undefined;
  /** The point's initial x (uncontrolled). @default 1 */
  defaultX?: number | undefined;
  /** Called with each new x (drag, key press), controlled or not. */
  onXChange?: ((x: number) => void) | undefined;
  /** The gap h (controlled); kept within [10⁻¹², 1]. */
  h?: number | undefined;
  /** The initial gap (uncontrolled). @default 0.5 */
  defaultH?: number | undefined;
  /** Called with each new gap h (slider), controlled or not. */
  onHChange?: ((h: number) => void) | undefined;
  /** Forward (x, x + h) or central (x − h, x + h) difference (controlled). */
  method?: SecantMethod | undefined;
  /** The initial method (uncontrolled). @default "forward" */
  defaultMethod?: SecantMethod | undefined;
  /** Called when the difference method changes, controlled or not. */
  onMethodChange?: ((method: SecantMethod) => void) | undefined;
  /** The window: `x` range, and `y` range (computed from the curve when left out). @default x: [−3, 3] */
  domain?: { x: readonly [number, number]; y?: readonly [number, number] | undefined } | undefined;
  /** Called once at the end of each gesture (drag, key press, slider release) with the state. */
  onChangeEnd?: ((state: SecantState) => void) | undefined;
  /**
   * Skip the costly parts for now: `curve` and `errors` come back empty until it turns false.
   * A widget of your own can set it while it is off screen (see `useInView`). @default false
   */
  deferred?: boolean | undefined;
  /** Size of the drawing in pixels, used to sample the curve finely enough. @default [600, 400] */
  size?: Vec2 | undefined;
  /**
   * Units of the axes when the y range is computed: `"auto"` gives one unit the same length on
   * both axes when that stretches the y range at most 4 times, `"equal"` however much it takes,
   * `"free"` never (the curve fills the height). Equal units never widen the x range: a curve
   * taller than the window is wide keeps unequal units. A y range given in `domain` is kept
   * unless `units` is `"equal"`.
   * @default "auto"
   */
  units?: "auto" | "equal" | "free" | undefined;
}

/** The moving part of the secant: the state at the current x and h, kept in a {@link Live}. */
export interface SecantLive {
  /** Every number, line and sentence at the current x and h. */
  readonly state: SecantState;
  /** The message of an error a JavaScript `fn` threw while drawing or at x, if any. */
  readonly thrown: string | null;
}

/**
 * What `SecantView` and `SecantZoom` draw: everything that stays still while the point moves,
 * and the moving state as a {@link Live} value that only the moving parts subscribe to.
 */
export interface SecantSource {
  /**
   * The state at the current x and h, changing on every move without re-rendering the
   * component that called the hook: read it with `useLive(live, select)`.
   */
  live: Live<SecantLive>;
  /** The function in use (the last one that worked), or null if none ever did. */
  fn: SlopeFunction | null;
  /** Why the current `fn` could not be used, if it could not. */
  problem: ExpressionProblem | null;
  /** The window drawn. */
  domain: Domain;
  /**
   * How one unit up compares with one unit across in `SecantView` (at its default aspect
   * ratio, or at the aspect of `size` when given): `equal`, or the `ratio` of their lengths,
   * which a page should tell its readers (`NaN` when the window cannot be drawn).
   */
  units: { equal: boolean; ratio: number };
  /**
   * Why `domain` cannot be drawn (empty, reversed, not finite or too wide to measure), in the
   * reader's language, the message `SecantView` shows in place of the picture; `null` when it
   * can be drawn. The window is kept as given.
   */
  windowProblem: string | null;
  /** The curve, sampled once per function and window (not on every move). */
  curve: Vec2[][];
  setX: (x: number) => void;
  setH: (h: number) => void;
  setMethod: (method: SecantMethod) => void;
  /** Call at the end of a gesture; the views do it for you. */
  endChange: () => void;
  /** Keeps a point on the curve: `[x] → [x, f(x)]`. */
  constrain: (wanted: Vec2) => Vec2;
}

/** Result of {@link useSecant}: the model's state plus what a view needs to draw and move it. */
export interface UseSecantResult extends SecantSource {
  /** Every number, line and sentence at the current x and h. */
  state: SecantState;
  /** The message of an error a JavaScript `fn` threw while drawing or at x, if any. */
  thrown: string | null;
  /** Error of the secant slope against h, for the log–log inset. */
  errors: ErrorSample[];
}

/**
 * The secant and tangent at a point of a curve, as data: a thin React adapter over the pure
 * `secantState` model, with x, h and the method each controlled or uncontrolled.
 * A formula that does not parse keeps the previous good function and reports the problem.
 * The component that calls it re-renders on every move; `SecantView` and `SecantZoom` redraw
 * only their moving parts, through `live`.
 */
export function useSecant(options: UseSecantOptions = {}): UseSecantResult {
  const source = useSecantSource(options);
  const { state, thrown } = useLive(source.live, whole);
  const { fn } = source;
  const deferred = options.deferred ?? false;
  const method = state.method;
  const errors = useMemo(
    () => (deferred || !fn ? NO_ERRORS : errorSeries(fn, state.x, method, state.exactSlope)),
    [fn, state.x, method, state.exactSlope, deferred],
  );
  return { ...source, state, thrown, errors };
}

const whole = <T>(value: T): T => value;
const NO_ERRORS: ErrorSample[] = [];
