"use client";
import { memo, useCallback } from "react";
import type { Live } from "../hooks/live";
import { useLive, useSettledLive } from "../hooks/live";
import { inputControl } from "../hooks/useChainSource";
import { useChainWords } from "../hooks/useLocale";
import { textValue, textVariable } from "../models/chainFormat";
import type { ChainGraphState } from "../models/chainGraph";
import type { ChainSpec } from "../models/chainProgram";
import { ChainSaturationNotice } from "./ChainSaturationNotice";
import { chainFormulas, chainReadouts } from "./chainPanelText";
import { BudgetNote } from "./parts/BudgetNote";
import { FormulaPanel } from "./parts/FormulaPanel";
import { LogSlider } from "./parts/LogSlider";
import { Readouts } from "./parts/Readouts";

// The parts of the chain-rule explorer's panel that follow its inputs: each subscribes to the
// graph's state (`live`), so a move of a slider re-renders them and not the explorer; memoised,
// so the explorer's render at the end of a gesture leaves them alone.

/** One input's slider, re-rendered when its own value changes. */
export const ChainInputSlider = memo(function ChainInputSlider(props: {
  live: Live<ChainGraphState>;
  spec: ChainSpec;
  name: string;
  setInput: (name: string, value: number) => void;
  endChange: () => void;
}) {
  const { live, spec, name: input, setInput } = props;
  const locale = useChainWords();
  const words = locale.chain;
  const select = useCallback((state: ChainGraphState) => state.values[input] ?? 0, [input]);
  const control = inputControl(spec, input, useLive(live, select));
  const name = textVariable(input);
  const onValueChange = useCallback((value: number) => setInput(input, value), [setInput, input]);
  const format = useCallback(
    (v: number) => words.inputValueText(name, textValue(v, locale)),
    [words, name, locale],
  );
  return (
    <LogSlider
      scale="linear"
      label={words.inputLabel(name)}
      value={control.value}
      min={control.min}
      max={control.max}
      step={control.step}
      onValueChange={onValueChange}
      onChangeEnd={props.endChange}
      format={format}
    />
  );
});

const whole = (state: ChainGraphState) => state;

/** The saturation notice, the budget note and the readouts, on every move. */
export const ChainReadouts = memo(function ChainReadouts(props: { live: Live<ChainGraphState> }) {
  const state = useLive(props.live, whole);
  const locale = useChainWords();
  const words = locale.chain;
  return (
    <>
      <ChainSaturationNotice state={state} />
      <BudgetNote omitted={state.check.omitted} remains={words.overBudgetCheck} />
      <Readouts
        label={words.readouts}
        items={chainReadouts(state, locale)}
        announcement={state.valueText}
      />
    </>
  );
});

/** The formula panel, typeset again once the inputs have rested for 120 ms (one render). */
export const ChainFormulas = memo(function ChainFormulas(props: { live: Live<ChainGraphState> }) {
  const locale = useChainWords();
  const select = useCallback((state: ChainGraphState) => chainFormulas(state, locale), [locale]);
  const shown = useSettledLive(props.live, select, 120);
  return <FormulaPanel label={locale.chain.formulas} formulas={shown} settleMs={0} />;
});
