import { useCallback, useMemo } from "react";
import type { ChainGraphState } from "../models/chainGraph";
import { chainGraphState } from "../models/chainGraph";
import type { ChainMode, ChainSpec } from "../models/chainProgram";
import { chainSpec } from "../models/chainProgram";
import type { Live } from "./live";
import { deriveLive, useMovingInputs } from "./live";
import { useChangeEndOf, useLastGood, useLatest } from "./memory";
import type {
  ChainInputControl,
  ChainInputs,
  ChainSource,
  UseChainGraphOptions,
} from "./useChainGraph";
import { useControllableState } from "./useControllableState";
import { useChainWords } from "./useLocale";

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

/** The slider of input `name` of `spec` at `value`: its range widened to hold the value. */
export function inputControl(spec: ChainSpec, name: string, value: number): ChainInputControl {
  const [lo, hi] = spec.ranges[name] ?? [-5, 5];
  const step = spec.kind === "neuron" && name === "y" ? 0.05 : 0.1;
  return { name, value, min: Math.min(lo, value), max: Math.max(hi, value), step };
}

/**
 * `useChainGraph` without the re-render on every move: the inputs live in a store, the graph's
 * state at them is a {@link Live} value (`live`), and the calling component re-renders only
 * when what stays still during a slider's move changes (mode, composition, target, language).
 * The explorer uses it so that only the values that change redraw on a move.
 */
export function useChainSource(options: UseChainGraphOptions = {}): ChainSource {
  const { composition, program, onChangeEnd, layout, saturationThreshold } = options;
  const [mode, setModeRaw] = useControllableState(
    options.mode,
    options.defaultMode ?? "composition",
    options.onModeChange,
    "mode",
  );
  const moving = useMovingInputs(
    { inputs: options.inputs },
    { inputs: options.defaultInputs ?? NO_INPUTS },
    { inputs: options.onInputsChange },
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
  // The state at each set of inputs the store holds, computed once per move for every subscriber.
  const live = useMemo<Live<ChainGraphState>>(
    () =>
      deriveLive(moving.store, ({ inputs }) =>
        chainGraphState({
          spec,
          values: inputs,
          target,
          layout: { ...layout },
          saturationThreshold,
          locale,
        }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the numbers stand for `layout`
    [
      moving.store,
      spec,
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

  const { set } = moving;
  const latestMode = useLatest(mode);
  const setInput = useCallback(
    (name: string, value: number) => {
      const values = live.get().values;
      if (!spec.inputs.includes(name) || !Number.isFinite(value)) return;
      const control = inputControl(spec, name, values[name] ?? 0);
      // Rounded to 12 digits: a slider's 0.1 steps should read 1.1, not 1.1000000000000005.
      const next = Number(Math.min(control.max, Math.max(control.min, value)).toPrecision(12));
      const previous = moving.store.get().inputs;
      if (previous[name] !== next) set("inputs", { ...previous, [name]: next });
    },
    [live, spec, moving.store, set],
  );
  const setMode = useCallback(
    (next: ChainMode) => {
      if (next === latestMode.current) return;
      setModeRaw(next);
      set("inputs", NO_INPUTS);
    },
    [setModeRaw, set, latestMode],
  );
  const setTarget = useCallback((next: string) => setTargetRaw(next), [setTargetRaw]);
  const endChange = useChangeEndOf(live, onChangeEnd);

  const problem = resolved.ok ? null : resolved.problem;
  return useMemo(
    () => ({
      live,
      spec,
      mode,
      problem,
      kept: problem !== null,
      setMode,
      setInput,
      setTarget,
      endChange,
    }),
    [live, spec, mode, problem, setMode, setInput, setTarget, endChange],
  );
}
