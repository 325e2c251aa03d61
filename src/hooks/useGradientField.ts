import type { Vec2 } from "../math/vec";
import type { ExpressionProblem } from "../models/expression";
import type { CostInput, GradientCost } from "../models/gradientCost";
import type { ContourFunction, Landscape } from "../models/gradientLandscape";
import type { ProbeState } from "../models/gradientProbe";
import type { Domain } from "../models/plane";
import type { Live } from "./live";
import { useLive } from "./live";
import { useGradientSource } from "./useGradientSource";

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

/**
 * What `GradientFieldView` draws: everything that stays still while the probe moves (the map,
 * the cost, the window, the setters), and the state at the probe as a {@link Live} value that
 * only the moving parts subscribe to.
 */
export interface GradientSource {
  /**
   * The state at the current probe and learning rate, changing on every move without
   * re-rendering the component that called the hook: read it with `useLive(live, select)`.
   */
  live: Live<ProbeState>;
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

/** Result of {@link useGradientField}. */
export interface UseGradientFieldResult extends GradientSource {
  /** Everything at the probe: cost, partials, gradient, arrows, slices, descent path, text. */
  state: ProbeState;
}

/**
 * The gradient of a two-variable cost at a movable probe, as data: a thin React adapter over
 * the pure `gradientLandscape` (computed once per cost, window and resolution) and `probeState`
 * (computed on every move, at a cost independent of the resolution). The probe and the
 * learning rate are each controlled or uncontrolled. A cost that does not parse keeps the last
 * good landscape and reports the problem. Text (value text, formulas, level labels, problems)
 * follows the `LocaleProvider` above; a change of language never recomputes the contours.
 * The component that calls it re-renders on every move; `GradientFieldView` redraws only its
 * moving parts, through `live`.
 */
export function useGradientField(options: UseGradientFieldOptions = {}): UseGradientFieldResult {
  const source = useGradientSource(options);
  const state = useLive(source.live, whole);
  return { ...source, state };
}

const whole = <T>(value: T): T => value;
