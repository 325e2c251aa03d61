import { useCallback, useMemo } from "react";
import type { ChainGraphState } from "../models/chainGraph";
import { chainGraphState } from "../models/chainGraph";
import type { ChainLayoutOptions } from "../models/chainLayout";
import type {
  ChainComposition,
  ChainMode,
  ChainProblem,
  ChainProgram,
  ChainSpec,
} from "../models/chainProgram";
import { chainSpec } from "../models/chainProgram";
import { useChangeEnd, useLastGood, useLatest } from "./memory";
import { useControllableState } from "./useControllableState";
import { useChainWords } from "./useLocale";

/** Values of the graph's inputs by name: `{ x: 1 }`, `{ x: 2, w: 0.5, b: -1, y: 1 }`. */
export type ChainInputs = Readonly<Record<string, number>>;

/** Options of {@link useChainGraph}. */
export interface UseChainGraphOptions {
  /** Which graph: the composition f(g(x)) or the neuron (controlled). */
  mode?: ChainMode | undefined;
  /** The initial graph (uncontrolled). @default "composition" */
  defaultMode?: ChainMode | undefined;
  /** Called when the graph switches between composition and neuron, controlled or not. */
  onModeChange?: ((mode: ChainMode) => void) | undefined;
  /**
   * The composition: its outer function in u and inner function in x, or one formula in x that
   * is cut into one step per operation (`"sin(x^2)"`).
   * @default { outer: "u^2", inner: "3x + 1" }
   */
  composition?: string | ChainComposition | undefined;
  /** A custom graph (named steps, or one formula in any variables); replaces both modes. */
  program?: ChainProgram | undefined;
  /** Input values (controlled). Missing inputs take the graph's defaults. */
  inputs?: ChainInputs | undefined;
  /**
   * Initial input values (uncontrolled). @default composition x = 1; neuron x = 2, w = 0.5,
   * b = −1, y = 1 (exercise 3); custom inputs 1
   */
  defaultInputs?: ChainInputs | undefined;
  /** Called with the changed input values; switching the mode resets them to `{}` (defaults). */
  onInputsChange?: ((inputs: ChainInputs) => void) | undefined;
  /** The input to differentiate with respect to (controlled): x, or w / b for the neuron. */
  target?: string | undefined;
  /** The initial target (uncontrolled). @default "x" (composition), "w" (neuron) */
  defaultTarget?: string | undefined;
  /** Called when the input to differentiate with respect to changes, controlled or not. */
  onTargetChange?: ((target: string) => void) | undefined;
  /** Called once at the end of each gesture (slider release, key press, toggle) with the state. */
  onChangeEnd?: ((state: ChainGraphState) => void) | undefined;
  /** Sizes of the drawing. @default DEFAULT_CHAIN_LAYOUT */
  layout?: Partial<ChainLayoutOptions> | undefined;
  /** |σ′(z)| below this counts as a saturated neuron. @default 0.01 */
  saturationThreshold?: number | undefined;
}

/** One slider's worth of an input: its name, value and range. */
export interface ChainInputControl {
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Slider step. @default 0.1 (0.05 for the neuron's target y) */
  readonly step: number;
}

/** Result of {@link useChainGraph}. */
export interface UseChainGraphResult {
  /** Every value, derivative, path, adjoint, position and sentence of the graph. */
  state: ChainGraphState;
  mode: ChainMode;
  /** Why the current composition or program cannot be used (the graph keeps the last good one). */
  problem: ChainProblem | null;
  /** The graph shown is a kept one, because the current formula does not work. */
  kept: boolean;
  /** The inputs with their values and slider ranges, in order. */
  controls: readonly ChainInputControl[];
  setMode: (mode: ChainMode) => void;
  /** Sets one input, kept within its slider range; a non-finite value is ignored. */
  setInput: (name: string, value: number) => void;
  setTarget: (target: string) => void;
  /** Call at the end of a gesture; the explorer does it for you. */
  endChange: () => void;
}

const NO_INPUTS: ChainInputs = {};

function keyOf(composition: UseChainGraphOptions["composition"]): string | undefined {
  if (composition === undefined || typeof composition === "string") return composition;
  return `${composition.outer}\u0000${composition.inner}`;
}

function fallbackSpec(mode: ChainMode): ChainSpec {
  const resolved = chainSpec({ mode });
  if (!resolved.ok) throw new Error("slopes: the built-in chain graphs always resolve");
  return resolved.spec;
}

/**
 * The chain rule as data: a thin React adapter over the pure `chainSpec` and `chainGraphState`
 * models, with the mode, the inputs and the target each controlled or uncontrolled. A formula
 * that does not work keeps the last good graph and reports the problem with its position.
 * Sentences, messages and numbers follow the surrounding `LocaleProvider` (English by default).
 */
export function useChainGraph(options: UseChainGraphOptions = {}): UseChainGraphResult {
  const { composition, program, onChangeEnd, layout, saturationThreshold } = options;
  const [mode, setModeRaw] = useControllableState(
    options.mode,
    options.defaultMode ?? "composition",
    options.onModeChange,
    "mode",
  );
  const [inputs, setInputs] = useControllableState(
    options.inputs,
    options.defaultInputs ?? NO_INPUTS,
    options.onInputsChange,
    "inputs",
  );
  const [target, setTargetRaw] = useControllableState<string | undefined>(
    options.target,
    options.defaultTarget,
    options.onTargetChange as ((target: string | undefined) => void) | undefined,
    "target",
  );

  const locale = useChainWords();
  const compositionKey = keyOf(composition);
  const programKey = program === undefined ? undefined : JSON.stringify(program);
  const resolved = useMemo(
    () => chainSpec({ mode, composition, program, locale }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys stand for the objects
    [mode, compositionKey, programKey, locale],
  );
  const lastGood = useLastGood(resolved.ok ? resolved.spec : null);
  const kind = program === undefined ? mode : "custom";
  const spec = resolved.ok
    ? resolved.spec
    : lastGood && lastGood.kind === kind
      ? lastGood
      : fallbackSpec(mode);

  const nodeWidth = layout?.nodeWidth;
  const nodeHeight = layout?.nodeHeight;
  const columnGap = layout?.columnGap;
  const rowGap = layout?.rowGap;
  const maxColumns = layout?.maxColumns;
  const maxRows = layout?.maxRows;
  const state = useMemo(
    () =>
      chainGraphState({
        spec,
        values: inputs,
        target,
        layout: { ...layout },
        saturationThreshold,
        locale,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the numbers stand for `layout`
    [
      spec,
      inputs,
      target,
      saturationThreshold,
      locale,
      nodeWidth,
      nodeHeight,
      columnGap,
      rowGap,
      maxColumns,
      maxRows,
    ],
  );

  const controls = useMemo(
    () =>
      spec.inputs.map((name): ChainInputControl => {
        const value = state.values[name] ?? 0;
        const [lo, hi] = spec.ranges[name] ?? [-5, 5];
        const step = spec.kind === "neuron" && name === "y" ? 0.05 : 0.1;
        return { name, value, min: Math.min(lo, value), max: Math.max(hi, value), step };
      }),
    [spec, state.values],
  );

  const latestMode = useLatest(mode);
  const latestControls = useLatest(controls);
  const setInput = useCallback(
    (name: string, value: number) => {
      const control = latestControls.current.find((c) => c.name === name);
      if (!control || !Number.isFinite(value)) return;
      // Rounded to 12 digits: a slider's 0.1 steps should read 1.1, not 1.1000000000000005.
      const next = Number(Math.min(control.max, Math.max(control.min, value)).toPrecision(12));
      setInputs((previous) => (previous[name] === next ? previous : { ...previous, [name]: next }));
    },
    [setInputs, latestControls],
  );
  const setMode = useCallback(
    (next: ChainMode) => {
      if (next === latestMode.current) return;
      setModeRaw(next);
      setInputs(NO_INPUTS);
    },
    [setModeRaw, setInputs, latestMode],
  );
  const setTarget = useCallback((next: string) => setTargetRaw(next), [setTargetRaw]);
  const endChange = useChangeEnd(state, onChangeEnd);

  return {
    state,
    mode,
    problem: resolved.ok ? null : resolved.problem,
    kept: !resolved.ok,
    controls,
    setMode,
    setInput,
    setTarget,
    endChange,
  };
}
