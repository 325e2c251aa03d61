import { useMemo } from "react";
import type { ChainGraphState } from "../models/chainGraph";
import type { ChainLayoutOptions } from "../models/chainLayout";
import type {
  ChainComposition,
  ChainMode,
  ChainProblem,
  ChainProgram,
  ChainSpec,
} from "../models/chainProgram";
import type { Live } from "./live";
import { useLive } from "./live";
import { inputControl, useChainSource } from "./useChainSource";

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
  /**
   * The same state as a {@link Live} value: `ChainGraphView` subscribes to it, so that only the
   * values that change redraw on a move.
   */
  live: Live<ChainGraphState>;
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

/**
 * What the chain-rule explorer draws: what stays still while an input moves (the graph's spec,
 * the mode, the setters) and the graph's state as a {@link Live} value that only the values
 * that change subscribe to.
 */
export interface ChainSource {
  /** The state at the current inputs, changing on every move without re-rendering the caller. */
  live: Live<ChainGraphState>;
  /** The graph drawn (the last good one while the current formula does not work). */
  spec: ChainSpec;
  mode: ChainMode;
  problem: ChainProblem | null;
  kept: boolean;
  setMode: (mode: ChainMode) => void;
  setInput: (name: string, value: number) => void;
  setTarget: (target: string) => void;
  endChange: () => void;
}

/**
 * The chain rule as data: a thin React adapter over the pure `chainSpec` and `chainGraphState`
 * models, with the mode, the inputs and the target each controlled or uncontrolled. A formula
 * that does not work keeps the last good graph and reports the problem with its position.
 * Sentences, messages and numbers follow the surrounding `LocaleProvider` (English by default).
 * The component that calls it re-renders on every move; `ChainGraphView` redraws only the values
 * that change, through `live`.
 */
export function useChainGraph(options: UseChainGraphOptions = {}): UseChainGraphResult {
  const source = useChainSource(options);
  const state = useLive(source.live, whole);
  const { spec } = source;
  const controls = useMemo(
    () => spec.inputs.map((name) => inputControl(spec, name, state.values[name] ?? 0)),
    [spec, state.values],
  );
  return {
    live: source.live,
    state,
    mode: source.mode,
    problem: source.problem,
    kept: source.kept,
    controls,
    setMode: source.setMode,
    setInput: source.setInput,
    setTarget: source.setTarget,
    endChange: source.endChange,
  };
}

const whole = <T>(value: T): T => value;
