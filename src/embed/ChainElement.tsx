import { useCallback } from "react";
import { ChainRuleExplorer } from "../explorers/ChainRuleExplorer";
import type { ChainGraphState } from "../models/chainGraph";
import type { ChainMode } from "../models/chainProgram";
import { readBoolean, readChoice, readNumber } from "./attributes";
import { useAttributeState } from "./useAttributeState";
import { WithLanguage } from "./WithLanguage";

/** Attributes of `<slopes-chain-rule>` (all text, as written in the page). */
export interface ChainElementProps {
  mode?: string;
  composition?: string;
  x?: string;
  w?: string;
  b?: string;
  y?: string;
  target?: string;
  title?: string;
  theme?: string;
  lang?: string;
  editable?: string;
  showFormulas?: string;
  showBackward?: string;
  animation?: string;
  /** Set by the element: dispatches the `change` event. */
  onChange?: (detail: ChainGraphState) => void;
}

const INPUTS = ["x", "w", "b", "y"] as const;

/** The chain-rule explorer driven by attributes; each gesture's end dispatches `change`. */
export function ChainElement(props: ChainElementProps) {
  const [mode, setMode] = useAttributeState<ChainMode>(
    readChoice(props.mode, ["composition", "neuron"] as const),
    "composition",
  );
  const given: Record<string, number> = {};
  for (const name of INPUTS) {
    const value = readNumber(props[name]);
    if (value !== undefined) given[name] = value;
  }
  const { onChange } = props;
  const onChangeEnd = useCallback((state: ChainGraphState) => onChange?.(state), [onChange]);
  return (
    <WithLanguage lang={props.lang}>
      <ChainRuleExplorer
        // New attribute values start the graph again from them.
        key={JSON.stringify(given)}
        mode={mode}
        onModeChange={setMode}
        composition={props.composition || undefined}
        defaultInputs={Object.keys(given).length > 0 ? given : undefined}
        defaultTarget={props.target || undefined}
        title={props.title}
        theme={readChoice(props.theme, ["light", "dark"] as const)}
        editable={readBoolean(props.editable)}
        showFormulas={readBoolean(props.showFormulas)}
        showBackward={readBoolean(props.showBackward)}
        animation={readChoice(props.animation, ["auto", "play", "step"] as const)}
        onChangeEnd={onChangeEnd}
      />
    </WithLanguage>
  );
}
