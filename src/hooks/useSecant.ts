import { useCallback, useMemo } from "react";
import { sampleCurve } from "../math/sample";
import type { Vec2 } from "../math/vec";
import { autoYRange, equalUnits } from "../models/lines";
import type { Domain } from "../models/plane";
import { domainProblem, planeProblemText } from "../models/plane";
import type { ErrorSample, SecantMethod, SecantState } from "../models/secant";
import { clampH, errorSeries, secantState } from "../models/secant";
import type { ExpressionProblem } from "../models/expression";
import type { FunctionInput, SlopeFunction } from "../models/secantFunction";
import { resolveFunction, watchThrows } from "../models/secantFunction";
import { useChangeEnd, useLastGood } from "./memory";
import { useControllableState } from "./useControllableState";
import { useLocale } from "./useLocale";

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

/** Result of {@link useSecant}: the model's state plus what a view needs to draw and move it. */
export interface UseSecantResult {
  /** Every number, line and sentence at the current x and h. */
  state: SecantState;
  /** The function in use (the last one that worked), or null if none ever did. */
  fn: SlopeFunction | null;
  /** Why the current `fn` could not be used, if it could not. */
  problem: ExpressionProblem | null;
  /** The message of an error a JavaScript `fn` threw while drawing or at x, if any. */
  thrown: string | null;
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
  /** Error of the secant slope against h, for the log–log inset. */
  errors: ErrorSample[];
  setX: (x: number) => void;
  setH: (h: number) => void;
  setMethod: (method: SecantMethod) => void;
  /** Call at the end of a gesture; the views do it for you. */
  endChange: () => void;
  /** Keeps a point on the curve: `[x] → [x, f(x)]`. */
  constrain: (wanted: Vec2) => Vec2;
}

const DEFAULT_X_RANGE: readonly [number, number] = [-3, 3];
/**
 * Height ÷ width of `SecantView`'s plotting area at its default aspect ratio (0.7, less the
 * margins for the axes: 0.69 at 600 px wide, 0.688 at 350).
 */
const PLOT_ASPECT = 0.69;

/** Height ÷ width of the plotting area of a drawing of `size` (SecantView's axis margins off). */
function plotAspect(size: Vec2 | undefined): number {
  if (!size) return PLOT_ASPECT;
  const aspect = (size[1] - 40) / (size[0] - 52);
  return Number.isFinite(aspect) && aspect > 0 ? aspect : PLOT_ASPECT;
}
const NOTHING_YET: [Vec2[][], string | null] = [[], null];
const NO_ERRORS: ErrorSample[] = [];
const FALLBACK: SlopeFunction = (() => {
  const resolved = resolveFunction("x^2");
  if (!resolved.ok) throw new Error("unreachable");
  return resolved.fn;
})();

/**
 * The secant and tangent at a point of a curve, as data: a thin React adapter over the pure
 * `secantState` model, with x, h and the method each controlled or uncontrolled.
 * A formula that does not parse keeps the previous good function and reports the problem.
 */
export function useSecant(options: UseSecantOptions = {}): UseSecantResult {
  const { fn: input = "x^2", derivative, onChangeEnd, size, deferred = false } = options;
  const [x, setXRaw] = useControllableState(
    options.x,
    options.defaultX ?? 1,
    options.onXChange,
    "x",
  );
  const [h, setHRaw] = useControllableState(
    options.h,
    options.defaultH ?? 0.5,
    options.onHChange,
    "h",
  );
  const [method, setMethod] = useControllableState(
    options.method,
    options.defaultMethod ?? "forward",
    options.onMethodChange,
    "method",
  );

  const resolved = useMemo(() => resolveFunction(input, derivative), [input, derivative]);
  const lastGood = useLastGood(resolved.ok ? resolved.fn : null);
  const fn = lastGood ?? FALLBACK;

  const xRange = options.domain?.x ?? DEFAULT_X_RANGE;
  const givenY = options.domain?.y;
  const [x0, x1] = xRange;
  const [gy0, gy1] = givenY ?? [Number.NaN, Number.NaN];
  const unitsOption = options.units ?? "auto";
  const aspect = plotAspect(options.size);
  const [domain, units] = useMemo((): [Domain, UseSecantResult["units"]] => {
    const given = givenY ? ([gy0, gy1] as const) : null;
    const y = given ?? autoYRange(fn.f, [x0, x1]);
    const fitted =
      unitsOption === "free" || (given && unitsOption === "auto")
        ? equalUnits([x0, x1], y, aspect, 1)
        : equalUnits([x0, x1], y, aspect, unitsOption === "equal" ? Infinity : 4);
    return [
      { x: [x0, x1], y: fitted.y },
      { equal: fitted.equal, ratio: fitted.ratio },
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the numbers stand for the arrays
  }, [fn, x0, x1, gy0, gy1, unitsOption, aspect]);

  const width = size?.[0] ?? 600;
  const height = size?.[1] ?? 400;
  const [curve, curveThrown] = useMemo(
    () =>
      deferred
        ? NOTHING_YET
        : watchThrows(fn, () =>
            sampleCurve(fn.f, [domain.x[0], domain.x[1]], {
              size: [width, height],
              yDomain: [domain.y[0], domain.y[1]],
              cost: fn.cost,
            }),
          ),
    [fn, domain, width, height, deferred],
  );

  const locale = useLocale();
  const windowProblem = useMemo(() => {
    const refused = domainProblem(domain);
    return refused ? planeProblemText(refused, locale) : null;
  }, [domain, locale]);
  const [state, stateThrown] = useMemo(
    () => watchThrows(fn, () => secantState({ fn, x, h, method, domain, locale })),
    [fn, x, h, method, domain, locale],
  );
  const errors = useMemo(
    () => (deferred ? NO_ERRORS : errorSeries(fn, state.x, method, state.exactSlope)),
    [fn, state.x, method, state.exactSlope, deferred],
  );

  const setX = useCallback(
    (next: number) => {
      if (Number.isFinite(next)) setXRaw(Math.min(x1, Math.max(x0, next)));
    },
    [setXRaw, x0, x1],
  );
  const setH = useCallback((next: number) => setHRaw(clampH(next)), [setHRaw]);
  const endChange = useChangeEnd(state, onChangeEnd);
  const constrain = useCallback((wanted: Vec2): Vec2 => [wanted[0], fn.f(wanted[0])], [fn]);

  return {
    state,
    fn: lastGood,
    problem: resolved.ok ? null : resolved.problem,
    thrown: stateThrown ?? curveThrown,
    domain,
    units,
    windowProblem,
    curve,
    errors,
    setX,
    setH,
    setMethod,
    endChange,
    constrain,
  };
}
