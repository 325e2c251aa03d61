import { useCallback } from "react";
import { SecantExplorer } from "../explorers/SecantExplorer";
import type { SecantMethod, SecantState } from "../models/secant";
import { attributeReader, readBoolean, readChoice, BY_CONTENT } from "./attributes";
import { AttributeNotes } from "./AttributeNotes";
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
  showZoom?: string;
  showTriangle?: string;
  showFormulas?: string;
  /** Set by the element: dispatches the `change` event. */
  onChange?: (detail: SecantState) => void;
}

/** The explorer's default x range (useSecant's), when the page gives only `domain-y`. */
const DEFAULT_X = [-3, 3] as const;

/** The secant explorer driven by attributes; each gesture's end dispatches `change`. */
export function SecantElement(props: SecantElementProps) {
  const read = attributeReader();
  const [x, setX] = useResettableState(read.number("x", props.x) ?? 1, BY_CONTENT);
  const [h, setH] = useResettableState(read.number("h", props.h) ?? 0.5, BY_CONTENT);
  const [method, setMethod] = useResettableState<SecantMethod>(
    readChoice(props.method, ["forward", "central"] as const) ?? "forward",
    BY_CONTENT,
  );
  // Read as pairs, not increasing ranges: an empty, reversed or too wide window reaches the
  // explorer, whose plane says so; a missing x axis keeps the explorer's default.
  const domainX = read.pair("domain-x", props.domainX);
  const domainY = read.pair("domain-y", props.domainY);
  const theme = readChoice(props.theme, ["light", "dark"] as const);
  const { onChange } = props;
  const onChangeEnd = useCallback((state: SecantState) => onChange?.(state), [onChange]);
  return (
    <WithLanguage lang={props.lang}>
      <AttributeNotes unread={read.unread} theme={theme} />
      <SecantExplorer
        fn={props.fn ?? "x^2"}
        x={x}
        onXChange={setX}
        h={h}
        onHChange={setH}
        method={method}
        onMethodChange={setMethod}
        domain={domainX || domainY ? { x: domainX ?? DEFAULT_X, y: domainY } : undefined}
        title={props.title}
        theme={theme}
        editable={readBoolean(props.editable)}
        showErrorInset={readBoolean(props.showErrorInset)}
        showZoom={readBoolean(props.showZoom)}
        showTriangle={readBoolean(props.showTriangle)}
        showFormulas={readBoolean(props.showFormulas)}
        onChangeEnd={onChangeEnd}
      />
    </WithLanguage>
  );
}
