import { useCallback, useMemo } from "react";
import type { Vec2 } from "../math/vec";
import type { CostInput, GradientCost } from "../models/gradientCost";
import { DEFAULT_COST_VARIABLES, resolveCost } from "../models/gradientCost";
import { gradientLandscape, relabelLandscape } from "../models/gradientLandscape";
import type { ProbeState } from "../models/gradientProbe";
import { clampLearningRate, probeState } from "../models/gradientProbe";
import type { GradientWords } from "../i18n/catalogs";
import { GRADIENT_EN } from "../i18n/catalogs";
import type { Domain } from "../models/plane";
import { domainProblem, planeProblemText } from "../models/plane";
import type { Live } from "./live";
import { deriveLive, useMovingInputs } from "./live";
import { useChangeEndOf, useLastGood } from "./memory";
import type { GradientSource, UseGradientFieldOptions } from "./useGradientField";
import { useGradientWords, useSecantWords } from "./useLocale";

const DEFAULT_COST = "w1^2 + 2 w2^2";
const DEFAULT_DOMAIN: Domain = { x: [-3, 3], y: [-2, 2] };
const DEFAULT_PROBE: Vec2 = [1, 1];
const FALLBACK: GradientCost = (() => {
  const resolved = resolveCost(DEFAULT_COST);
  if (!resolved.ok) throw new Error("unreachable");
  return resolved.cost;
})();

/**
 * `useGradientField` without the re-render on every move: the probe and the learning rate live
 * in a store, the state at them is a {@link Live} value (`live`), and the calling component
 * re-renders only when what stays still during a drag changes (cost, window, resolution,
 * language). The explorer uses it so that only the moving parts of its map and panel redraw.
 */
export function useGradientSource(options: UseGradientFieldOptions = {}): GradientSource {
  const { cost: input = DEFAULT_COST, onChangeEnd, steps = 50 } = options;
  const locale = useGradientWords();
  const planeWords = useSecantWords();
  const moving = useMovingInputs(
    { probe: options.probe, learningRate: options.learningRate },
    {
      probe: options.defaultProbe ?? DEFAULT_PROBE,
      learningRate: options.defaultLearningRate ?? 0.1,
    },
    { probe: options.onProbeChange, learningRate: options.onLearningRateChange },
  );

  const variablesKey = (options.variables ?? DEFAULT_COST_VARIABLES).join("\u0000");
  const resolved = useMemo(
    () => resolveCost(input, variablesKey.split("\u0000")),
    [input, variablesKey],
  );
  // The cost is resolved without the locale (a new language must not rebuild it, nor the map);
  // only a problem is written again in the reader's language.
  const problem = useMemo(
    () =>
      resolved.ok
        ? null
        : locale.gradient === GRADIENT_EN.gradient
          ? resolved.problem
          : problemIn(input, variablesKey.split("\u0000"), locale),
    [resolved, input, variablesKey, locale],
  );
  const lastGood = useLastGood(resolved.ok ? resolved.cost : null);
  const cost = lastGood ?? FALLBACK;

  const given = options.domain ?? DEFAULT_DOMAIN;
  const [x0, x1] = given.x;
  const [y0, y1] = given.y;
  const domain = useMemo<Domain>(() => ({ x: [x0, x1], y: [y0, y1] }), [x0, x1, y0, y1]);
  const { resolution, fieldDensity, contourLines } = options;
  const levels = options.levels;
  const levelsKey = typeof levels === "number" || levels === undefined ? levels : levels.join(",");
  const refused = useMemo(() => domainProblem(domain), [domain]);
  const windowProblem = useMemo(
    () => (refused ? planeProblemText(refused, planeWords) : null),
    [refused, planeWords],
  );
  const base = useMemo(
    () =>
      gradientLandscape(cost, refused ? DEFAULT_DOMAIN : domain, {
        resolution,
        levels: typeof levelsKey === "string" ? levelsKey.split(",").map(Number) : levelsKey,
        fieldDensity,
        contourLines,
      }),
    [cost, domain, refused, resolution, levelsKey, fieldDensity, contourLines],
  );
  // Level texts in the reader's language: the same lines, only the labels rewritten.
  const landscape = useMemo(() => relabelLandscape(base, locale), [base, locale]);

  // The state at each probe and rate the store holds, computed once per move, for every
  // subscriber (its formulas' TeX only when read: once the drag rests).
  const live = useMemo<Live<ProbeState>>(
    () =>
      deriveLive(moving.store, ({ probe, learningRate }) =>
        probeState({ cost, landscape, probe, learningRate, steps, locale }),
      ),
    [moving.store, cost, landscape, steps, locale],
  );

  const { set } = moving;
  const bounds = landscape.domain;
  const setProbe = useCallback(
    (next: Vec2) => {
      if (!Number.isFinite(next[0]) || !Number.isFinite(next[1])) return;
      set("probe", [
        Math.min(bounds.x[1], Math.max(bounds.x[0], next[0])),
        Math.min(bounds.y[1], Math.max(bounds.y[0], next[1])),
      ]);
    },
    [set, bounds],
  );
  const setLearningRate = useCallback(
    (next: number) => set("learningRate", clampLearningRate(next)),
    [set],
  );
  const endChange = useChangeEndOf(live, onChangeEnd);
  // A step is a whole gesture: its end is reported with the state after the step.
  const step = useCallback(() => {
    const next = live.get().nextStep;
    if (!next) return false;
    setProbe(next);
    endChange();
    return true;
  }, [live, setProbe, endChange]);

  // One object while nothing in it changes, so that memoised views skip a re-render of the
  // caller (the end of a gesture re-renders it once).
  return useMemo(
    () => ({
      live,
      landscape,
      cost: lastGood,
      problem,
      windowProblem,
      domain: landscape.domain,
      setProbe,
      setLearningRate,
      step,
      endChange,
    }),
    [live, landscape, lastGood, problem, windowProblem, setProbe, setLearningRate, step, endChange],
  );
}

/** The problem of a cost that failed, written in `locale`'s language. */
function problemIn(input: CostInput, variables: readonly string[], locale: GradientWords) {
  const again = resolveCost(input, variables, locale);
  return again.ok ? null : again.problem;
}
