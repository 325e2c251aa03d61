"use client";
import { useCallback, useId, useMemo, useState } from "react";
import { useLatest } from "../hooks/memory";
import type { UseSecantOptions } from "../hooks/useSecant";
import { useLocale } from "../hooks/useLocale";
import { useSettled } from "../hooks/useSettled";
import { useSecant } from "../hooks/useSecant";
import { formatSignificant } from "../i18n/formatNumber";
import { format as formatExpr } from "../math/formatExpression";
import { checkExpression } from "../models/expression";
import { H_RANGE } from "../models/secant";
import { ErrorInset } from "../views/ErrorInset";
import { SecantView } from "../views/SecantView";
import { Choice } from "./parts/Choice";
import { ExplorerBoundary } from "./parts/ExplorerBoundary";
import { ExpressionField } from "./parts/ExpressionField";
import { FormulaPanel } from "./parts/FormulaPanel";
import { LogSlider } from "./parts/LogSlider";
import { Readouts } from "./parts/Readouts";
import { WhenNear } from "./parts/WhenNear";
import { secantFormulas, secantReadouts } from "./secantPanelText";

/** Props of {@link SecantExplorer}: every option of `useSecant`, plus what to show. */
export interface SecantExplorerProps extends UseSecantOptions {
  /** Heading of the widget. @default "Slope of a curve: secant and tangent" */
  title?: string | undefined;
  /** Let the reader type a new f(x). @default true when `fn` is a formula */
  editable?: boolean | undefined;
  /** Called with each formula the reader types that works. */
  onFnChange?: ((source: string) => void) | undefined;
  /** Show the error-against-h inset. @default true */
  showErrorInset?: boolean | undefined;
  /** Show the slope triangle. @default true */
  showTriangle?: boolean | undefined;
  /** Show the formula panel. @default true */
  showFormulas?: boolean | undefined;
  /** Pin the colour theme. */
  theme?: "light" | "dark" | undefined;
  /**
   * Mount the widget only when it comes near the viewport (a page of many widgets costs what the
   * visible ones cost). Server rendering and hydration always render in full. @default true
   */
  lazy?: boolean | undefined;
  className?: string | undefined;
}

/**
 * The derivative as a slope, ready to embed: slide the point along the curve, narrow the gap h
 * (on a log scale down to 10⁻¹²), switch forward and central differences, read the secant and
 * exact slopes, watch the error inset, and type another f(x).
 * @example <SecantExplorer fn="x^2" defaultX={1} />
 */
export function SecantExplorer(props: SecantExplorerProps) {
  const { labels } = useLocale();
  const title = props.title ?? labels.secantTitle;
  return (
    <ExplorerBoundary title={title}>
      <WhenNear title={title} minHeight={1100} lazy={props.lazy}>
        <SecantExplorerBody {...props} />
      </WhenNear>
    </ExplorerBoundary>
  );
}

function SecantExplorerBody(props: SecantExplorerProps) {
  const { fn = "x^2", editable, onFnChange, showErrorInset = true, showFormulas = true } = props;
  const initial = typeof fn === "function" ? "" : typeof fn === "string" ? fn : formatExpr(fn);
  const [typed, setTyped] = useState(initial);
  // A new `fn` from the page replaces what the reader typed (boxed: fn may be a function).
  const [given, setGiven] = useState(() => ({ fn }));
  if (given.fn !== fn) {
    setGiven({ fn });
    setTyped(initial);
  }
  const canType = editable ?? typeof fn !== "function";
  const result = useSecant({ ...props, fn: canType ? typed : fn });
  const locale = useLocale();
  const words = locale.labels;
  // The inset redraws once a drag rests: it is a picture of h, not of the moving point. Until
  // it has a series to show (first mount, off screen), it takes the current one at once.
  const inset = useMemo(
    () => ({ errors: result.errors, h: result.state.h }),
    [result.errors, result.state.h],
  );
  const settledInset = useSettled(inset, 120);
  const { errors: insetErrors, h: insetH } =
    settledInset.errors.length === 0 ? inset : settledInset;
  const { state, setH, setMethod, endChange } = result;
  // Stable props for the controls (memoised), so a drag of the point leaves them alone.
  const fnChanged = useLatest(onFnChange);
  const onTyped = useCallback(
    (text: string) => {
      setTyped(text);
      if (checkExpression(text, ["x"]).ok) fnChanged.current?.(text);
    },
    [fnChanged],
  );
  const formatH = useCallback(
    (h: number) => `h = ${formatSignificant(h, { digits: 2, locale: locale.code })}`,
    [locale.code],
  );
  const methods = useMemo(
    () =>
      [
        { value: "forward", label: words.methodForward },
        { value: "central", label: words.methodCentral },
      ] as const,
    [words],
  );
  const onMethod = useCallback(
    (method: "forward" | "central") => {
      setMethod(method);
      endChange();
    },
    [setMethod, endChange],
  );
  const title = props.title ?? words.secantTitle;
  const titleId = useId();

  return (
    <div
      className={["slopes", "slopes-explorer", props.className].filter(Boolean).join(" ")}
      data-theme={props.theme}
      role="group"
      aria-labelledby={titleId}
    >
      <p className="slopes-explorer-title" id={titleId}>
        {title}
      </p>
      <div className="slopes-explorer-body">
        <div className="slopes-explorer-figure">
          <SecantView state={result} showTriangle={props.showTriangle} />
        </div>
        <div className="slopes-explorer-side">
          {canType ? (
            <ExpressionField
              label={words.functionLabel}
              value={typed}
              problem={result.problem}
              help={words.functionInputHelp}
              keptNote={result.fn ? words.keptLastGood : undefined}
              onValueChange={onTyped}
            />
          ) : null}
          {result.thrown ? (
            <p className="slopes-message" role="alert">
              {words.functionThrew(result.thrown)}
            </p>
          ) : null}
          <LogSlider
            label={words.gap}
            value={state.h}
            min={H_RANGE[0]}
            max={H_RANGE[1]}
            onValueChange={setH}
            onChangeEnd={endChange}
            format={formatH}
          />
          <Choice
            legend={words.method}
            value={state.method}
            options={methods}
            onValueChange={onMethod}
          />
          <Readouts
            label={words.readouts}
            items={secantReadouts(state, locale)}
            announcement={state.valueText}
          />
          {showErrorInset ? <ErrorInset errors={insetErrors} h={insetH} /> : null}
        </div>
      </div>
      {showFormulas ? (
        <FormulaPanel label={words.formulas} formulas={secantFormulas(state, locale)} />
      ) : null}
    </div>
  );
}
