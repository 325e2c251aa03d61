import { useCallback, useMemo } from "react";
import type { Vec2 } from "../math/vec";
import type { ExpressionProblem } from "../models/expression";
import type { CostInput, GradientCost } from "../models/gradientCost";
import { DEFAULT_COST_VARIABLES, resolveCost } from "../models/gradientCost";
import type { ContourFunction, Landscape } from "../models/gradientLandscape";
import { gradientLandscape, relabelLandscape } from "../models/gradientLandscape";
import type { ProbeState } from "../models/gradientProbe";
import { clampLearningRate, probeState } from "../models/gradientProbe";
import type { GradientWords } from "../i18n/catalogs";
import { GRADIENT_EN } from "../i18n/catalogs";
import type { Domain } from "../models/plane";
import { domainProblem, planeProblemText } from "../models/plane";
import { useChangeEnd, useLastGood, useLatest } from "./memory";
import { useControllableState } from "./useControllableState";
import { useGradientWords, useSecantWords } from "./useLocale";

/** Options of {@link useGradientField}. */
export interface UseGradientFieldOptions {
  /** The cost, a formula of the two variables. @default "w1^2 + 2 w2^2" */
  cost?: CostInput | undefined;
  /** The two variables, horizontal axis first. @default ["w1", "w2"] */
  variables?: readonly string[] | undefined;
  /** The map's window. @default { x: [-3, 3], y: [-2, 2] } */
  domain?: Domain | undefined;
  /** Grid points per axis of the contour lines (8 to 512). @default 64 */
  resolution?: number | undefined;
  /** About this many round contour levels, or the exact levels. @default 10 */
  levels?: number | readonly number[] | undefined;
  /** The probe (controlled). */
  probe?: Vec2 | undefined;
  /** The probe's first position (uncontrolled). @default [1, 1] */
  defaultProbe?: Vec2 | undefined;
  /** Called with each new probe position (drag, key press, descent step), controlled or not. */
  onProbeChange?: ((probe: Vec2) => void) | undefined;
  /** Step size η of gradient descent (controlled). */
  learningRate?: number | undefined;
  /** The first step size (uncontrolled). @default 0.1 */
  defaultLearningRate?: number | undefined;
  /** Called with each new step size (slider), controlled or not. */
  onLearningRateChange?: ((rate: number) => void) | undefined;
  /** Most steps of the descent path drawn from the probe. @default 50 */
  steps?: number | undefined;
  /** Called once at the end of each gesture (drag, key press, slider release, step) with the state. */
  onChangeEnd?: ((state: ProbeState) => void) | undefined;
  /** Arrows of the arrow field along the longer axis. @default 13 */
  fieldDensity?: number | undefined;
  /**
   * The contour algorithm, called once per cost, domain, resolution and levels (never on a probe
   * move). Pass a stable function (defined once, not inline). @default the engine's
   * `contourLines` (d3-contour)
   */
  contourLines?: ContourFunction | undefined;
}

/** Result of {@link useGradientField}. */
export interface UseGradientFieldResult {
  /** Everything at the probe: cost, partials, gradient, arrows, slices, descent path, text. */
  state: ProbeState;
  /** The map: contours, heat cells, arrow field and scales (kept across probe moves). */
  landscape: Landscape;
  /** The cost in use (the last one that worked), or null if none ever did. */
  cost: GradientCost | null;
  /** Why the current `cost` (or `variables`) could not be used, if it could not. */
  problem: ExpressionProblem | null;
  /**
   * Why the given `domain` cannot be drawn (empty, reversed, not finite or too wide to measure),
   * in the reader's language, the message `GradientExplorer` shows in place of the map; `null`
   * when it can be drawn or none was given. The map then falls back to the default window.
   */
  windowProblem: string | null;
  /** The map's window (the default one when the given `domain` has a `windowProblem`). */
  domain: Domain;
  /** Moves the probe (kept inside the window; non-finite positions are ignored). */
  setProbe: (probe: Vec2) => void;
  setLearningRate: (rate: number) => void;
  /** Takes one step of gradient descent, w ← w − η∇L, when possible; returns whether it moved. */
  step: () => boolean;
  /** Call at the end of a gesture; the views do it for you. */
  endChange: () => void;
}

const DEFAULT_COST = "w1^2 + 2 w2^2";
const DEFAULT_DOMAIN: Domain = { x: [-3, 3], y: [-2, 2] };
const DEFAULT_PROBE: Vec2 = [1, 1];
const FALLBACK: GradientCost = (() => {
  const resolved = resolveCost(DEFAULT_COST);
  if (!resolved.ok) throw new Error("unreachable");
  return resolved.cost;
})();

/**
 * The gradient of a two-variable cost at a movable probe, as data: a thin React adapter over
 * the pure `gradientLandscape` (computed once per cost, window and resolution) and `probeState`
 * (computed on every move, at a cost independent of the resolution). The probe and the
 * learning rate are each controlled or uncontrolled. A cost that does not parse keeps the last
 * good landscape and reports the problem. Text (value text, formulas, level labels, problems)
 * follows the `LocaleProvider` above; a change of language never recomputes the contours.
 */
export function useGradientField(options: UseGradientFieldOptions = {}): UseGradientFieldResult {
  const { cost: input = DEFAULT_COST, onChangeEnd, steps = 50 } = options;
  const locale = useGradientWords();
  const planeWords = useSecantWords();
  const [probe, setProbeRaw] = useControllableState(
    options.probe,
    options.defaultProbe ?? DEFAULT_PROBE,
    options.onProbeChange,
    "probe",
  );
  const [rate, setRateRaw] = useControllableState(
    options.learningRate,
    options.defaultLearningRate ?? 0.1,
    options.onLearningRateChange,
    "learningRate",
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

  const state = useMemo(
    () => probeState({ cost, landscape, probe, learningRate: rate, steps, locale }),
    [cost, landscape, probe, rate, steps, locale],
  );

  const bounds = landscape.domain;
  const setProbe = useCallback(
    (next: Vec2) => {
      if (!Number.isFinite(next[0]) || !Number.isFinite(next[1])) return;
      setProbeRaw([
        Math.min(bounds.x[1], Math.max(bounds.x[0], next[0])),
        Math.min(bounds.y[1], Math.max(bounds.y[0], next[1])),
      ]);
    },
    [setProbeRaw, bounds],
  );
  const setLearningRate = useCallback(
    (next: number) => setRateRaw(clampLearningRate(next)),
    [setRateRaw],
  );
  const latest = useLatest(state);
  const endChange = useChangeEnd(state, onChangeEnd);
  // A step is a whole gesture: its end is reported with the state after the step.
  const step = useCallback(() => {
    const next = latest.current.nextStep;
    if (!next) return false;
    setProbe(next);
    endChange();
    return true;
  }, [latest, setProbe, endChange]);

  return {
    state,
    landscape,
    cost: lastGood,
    problem,
    windowProblem,
    domain: landscape.domain,
    setProbe,
    setLearningRate,
    step,
    endChange,
  };
}

/** The problem of a cost that failed, written in `locale`'s language. */
function problemIn(input: CostInput, variables: readonly string[], locale: GradientWords) {
  const again = resolveCost(input, variables, locale);
  return again.ok ? null : again.problem;
}
