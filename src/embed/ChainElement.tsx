import { useCallback } from "react";
import { ChainRuleExplorer } from "../explorers/ChainRuleExplorer";
import type { ChainGraphState } from "../models/chainGraph";
import type { ChainMode } from "../models/chainProgram";
import { attributeReader, readBoolean, readChoice, BY_CONTENT } from "./attributes";
import { AttributeNotes } from "./AttributeNotes";
import { useResettableState } from "../hooks/useResettableState";
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
  const [mode, setMode] = useResettableState<ChainMode>(
    readChoice(props.mode, ["composition", "neuron"] as const) ?? "composition",
    BY_CONTENT,
  );
  const read = attributeReader();
  const given: Record<string, number> = {};
  for (const name of INPUTS) {
    const value = read.number(name, props[name]);
    if (value !== undefined) given[name] = value;
  }
  const theme = readChoice(props.theme, ["light", "dark"] as const);
  const { onChange } = props;
  const onChangeEnd = useCallback((state: ChainGraphState) => onChange?.(state), [onChange]);
  return (
    <WithLanguage lang={props.lang}>
      <AttributeNotes unread={read.unread} theme={theme} />
      <ChainRuleExplorer
        mode={mode}
        onModeChange={setMode}
        composition={props.composition || undefined}
        // Inputs and target stay the reader's (uncontrolled: an attribute may leave any of them
        // out, and the defaults depend on the mode); new attribute values start them afresh.
        key={JSON.stringify([given, props.target ?? null])}
        defaultInputs={Object.keys(given).length > 0 ? given : undefined}
        defaultTarget={props.target || undefined}
        title={props.title}
        theme={theme}
        editable={readBoolean(props.editable)}
        showFormulas={readBoolean(props.showFormulas)}
        showBackward={readBoolean(props.showBackward)}
        animation={readChoice(props.animation, ["auto", "play", "step"] as const)}
        onChangeEnd={onChangeEnd}
      />
    </WithLanguage>
  );
}
