import { useCallback } from "react";
import { SecantExplorer } from "../explorers/SecantExplorer";
import type { SecantMethod, SecantState } from "../models/secant";
import { readBoolean, readChoice, readNumber, readRange, BY_CONTENT } from "./attributes";
import { useResettableState } from "../hooks/useResettableState";
import { WithLanguage } from "./WithLanguage";

/** Attributes of `<slopes-secant>` (all text, as written in the page). */
export interface SecantElementProps {
  fn?: string;
  x?: string;
  h?: string;
  method?: string;
  domainX?: string;
  domainY?: string;
  title?: string;
  theme?: string;
  lang?: string;
  editable?: string;
  showErrorInset?: string;
  showFormulas?: string;
  /** Set by the element: dispatches the `change` event. */
  onChange?: (detail: SecantState) => void;
}

/** The secant explorer driven by attributes; each gesture's end dispatches `change`. */
export function SecantElement(props: SecantElementProps) {
  const [x, setX] = useResettableState(readNumber(props.x) ?? 1, BY_CONTENT);
  const [h, setH] = useResettableState(readNumber(props.h) ?? 0.5, BY_CONTENT);
  const [method, setMethod] = useResettableState<SecantMethod>(
    readChoice(props.method, ["forward", "central"] as const) ?? "forward",
    BY_CONTENT,
  );
  const domainX = readRange(props.domainX);
  const domainY = readRange(props.domainY);
  const { onChange } = props;
  const onChangeEnd = useCallback((state: SecantState) => onChange?.(state), [onChange]);
  return (
    <WithLanguage lang={props.lang}>
      <SecantExplorer
        fn={props.fn ?? "x^2"}
        x={x}
        onXChange={setX}
        h={h}
        onHChange={setH}
        method={method}
        onMethodChange={setMethod}
        domain={domainX ? { x: domainX, y: domainY } : undefined}
        title={props.title}
        theme={readChoice(props.theme, ["light", "dark"] as const)}
        editable={readBoolean(props.editable)}
        showErrorInset={readBoolean(props.showErrorInset)}
        showFormulas={readBoolean(props.showFormulas)}
        onChangeEnd={onChangeEnd}
      />
    </WithLanguage>
  );
}
