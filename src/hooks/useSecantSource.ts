import { useCallback, useMemo } from "react";
import { sampleCurve } from "../math/sample";
import type { Vec2 } from "../math/vec";
import { autoYRange, equalUnits } from "../models/lines";
import type { Domain } from "../models/plane";
import { domainProblem, planeProblemText } from "../models/plane";
import { clampH, secantState } from "../models/secant";
import type { SlopeFunction } from "../models/secantFunction";
import { resolveFunction, watchThrows } from "../models/secantFunction";
import type { Live } from "./live";
import { deriveLive, useMovingInputs } from "./live";
import { useChangeEndOf, useLastGood } from "./memory";
import { useControllableState } from "./useControllableState";
import { useSecantWords } from "./useLocale";
import type { SecantLive, SecantSource, UseSecantOptions, UseSecantResult } from "./useSecant";

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
const FALLBACK: SlopeFunction = (() => {
  const resolved = resolveFunction("x^2");
  if (!resolved.ok) throw new Error("unreachable");
  return resolved.fn;
})();

/**
 * `useSecant` without the re-render on every move: x and h live in a store, the state at them
 * is a {@link Live} value (`live`), and the calling component re-renders only when what stays
 * still during a drag changes (function, window, method, language). The explorer uses it so
 * that only the moving parts of its picture and panel redraw on a move.
 */
export function useSecantSource(options: UseSecantOptions = {}): SecantSource {
  const { fn: input = "x^2", derivative, onChangeEnd, size, deferred = false } = options;
  const moving = useMovingInputs(
    { x: options.x, h: options.h },
    { x: options.defaultX ?? 1, h: options.defaultH ?? 0.5 },
    { x: options.onXChange, h: options.onHChange },
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

  const locale = useSecantWords();
  const windowProblem = useMemo(() => {
    const refused = domainProblem(domain);
    return refused ? planeProblemText(refused, locale) : null;
  }, [domain, locale]);
  // The state at each (x, h) the store holds, computed once per move, for every subscriber.
  const live = useMemo<Live<SecantLive>>(
    () =>
      deriveLive(moving.store, ({ x, h }) => {
        const [state, thrown] = watchThrows(fn, () =>
          secantState({ fn, x, h, method, domain, locale }),
        );
        return { state, thrown: thrown ?? curveThrown };
      }),
    [moving.store, fn, method, domain, locale, curveThrown],
  );

  const { set } = moving;
  const setX = useCallback(
    (next: number) => {
      if (Number.isFinite(next)) set("x", Math.min(x1, Math.max(x0, next)));
    },
    [set, x0, x1],
  );
  const setH = useCallback((next: number) => set("h", clampH(next)), [set]);
  const endChange = useChangeEndOf({ get: () => live.get().state }, onChangeEnd);
  const constrain = useCallback((wanted: Vec2): Vec2 => [wanted[0], fn.f(wanted[0])], [fn]);

  const problem = resolved.ok ? null : resolved.problem;
  // One object while nothing in it changes, so that memoised views skip a re-render of the
  // caller (the end of a gesture re-renders it once).
  return useMemo(
    () => ({
      live,
      fn: lastGood,
      problem,
      domain,
      units,
      windowProblem,
      curve,
      setX,
      setH,
      setMethod,
      endChange,
      constrain,
    }),
    [
      live,
      lastGood,
      problem,
      domain,
      units,
      windowProblem,
      curve,
      setX,
      setH,
      setMethod,
      endChange,
      constrain,
    ],
  );
}
