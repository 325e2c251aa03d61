"use client";
import { forwardRef, useCallback, useDeferredValue, useMemo, useState } from "react";
import { useLive } from "../hooks/live";
import { useLatest } from "../hooks/memory";
import type { SecantLive, UseSecantOptions } from "../hooks/useSecant";
import { useSecantWords } from "../hooks/useLocale";
import { useResettableState } from "../hooks/useResettableState";
import { useSecantSource } from "../hooks/useSecantSource";
import { useSecantSound } from "./secantSound";
import { formatSignificant } from "../i18n/formatNumber";
import { format as formatExpr } from "../math/formatExpression";
import { checkExpression } from "../models/expression";
import { H_RANGE } from "../models/secant";
import type { FunctionInput } from "../models/secantFunction";
import type { RootProps } from "../views/rootProps";
import { SecantView } from "../views/SecantView";
import { SecantZoom } from "../views/SecantZoom";
import { BudgetNote } from "./parts/BudgetNote";
import { Choice } from "./parts/Choice";
import { ExplorerFrame } from "./parts/ExplorerFrame";
import { ExpressionField } from "./parts/ExpressionField";
import { FormulaPanel } from "./parts/FormulaPanel";
import { LiveValue, SettledValue } from "./parts/LiveValue";
import { LogSlider } from "./parts/LogSlider";
import { Readouts } from "./parts/Readouts";
import { SoundControls } from "./parts/SoundControls";
import { SecantInset } from "./SecantInset";
import { secantFormulas, secantReadouts } from "./secantPanelText";

/** Props of {@link SecantExplorer}: every option of `useSecant`, plus what to show. */
export interface SecantExplorerProps extends UseSecantOptions, RootProps {
  /**
   * The function, owned by the page: a formula in x (`"x^2"`), a parsed tree, or a JavaScript
   * function (then nothing can be typed). A new value replaces what the reader typed; each
   * formula the reader types that works is reported by `onFnChange`.
   */
  fn?: FunctionInput | undefined;
  /** The function to start from when the reader owns it (uncontrolled). @default "x^2" */
  defaultFn?: FunctionInput | undefined;
  /** Called with each formula the reader types that works. */
  onFnChange?: ((source: string) => void) | undefined;
  /** Heading of the widget. @default "Slope of a curve: secant and tangent" */
  title?: string | undefined;
  /** Let the reader type a new f(x). @default true unless the function is a JavaScript function */
  editable?: boolean | undefined;
  /** Show the error-against-h inset. @default true */
  showErrorInset?: boolean | undefined;
  /** Show the zoom that keeps the secant in sight as h shrinks. @default true */
  showZoom?: boolean | undefined;
  /** Show the slope triangle. @default true */
  showTriangle?: boolean | undefined;
  /** Show the formula panel. @default true */
  showFormulas?: boolean | undefined;
  /** Pin the colour theme. @default the page's `data-theme`, else the reader's system */
  theme?: "light" | "dark" | undefined;
  /**
   * Mount the widget only when it comes near the viewport (a page of many widgets costs what the
   * visible ones cost). Server rendering and hydration always render in full. @default true
   */
  lazy?: boolean | undefined;
}

/**
 * The derivative as a slope, ready to embed: slide the point along the curve, narrow the gap h
 * (on a log scale down to 10⁻¹²), switch forward and central differences, read the secant and
 * exact slopes, watch the error inset, and type another f(x).
 * @example <SecantExplorer defaultFn="x^2" defaultX={1} />
 */
export const SecantExplorer = forwardRef<HTMLDivElement, SecantExplorerProps>(
  function SecantExplorer(props, ref) {
    const { labels } = useSecantWords();
    return (
      <ExplorerFrame
        {...props}
        ref={ref}
        title={props.title ?? labels.secantTitle}
        placeholderHeight={1060}
      >
        <SecantExplorerBody {...props} />
      </ExplorerFrame>
    );
  },
);

/** The text a formula field shows for a function input ("" for a JavaScript function). */
function sourceText(fn: FunctionInput): string {
  return typeof fn === "function" ? "" : typeof fn === "string" ? fn : formatExpr(fn);
}

function SecantExplorerBody(props: SecantExplorerProps) {
  const { editable, onFnChange, showErrorInset = true, showFormulas = true } = props;
  const { showZoom = true } = props;
  const [ownFn, setOwnFn] = useState<FunctionInput>(() => props.defaultFn ?? "x^2");
  const fn = props.fn ?? ownFn;
  // The reader's draft; a new function from the page replaces it.
  const [typed, setTyped] = useResettableState(sourceText(fn));
  const canType = editable ?? typeof fn !== "function";
  // The field echoes every keystroke at once; the engine and the picture follow in a deferred
  // render that a newer keystroke or a click interrupts (no typed formula holds the page).
  const drawnText = useDeferredValue(typed);
  // x and h live in the hook's store: a move redraws only the parts that read `result.live`
  // (the picture's moving layer, the zoom, the slider, the readouts), never this component.
  const result = useSecantSource({ ...props, fn: canType ? drawnText : fn });
  const locale = useSecantWords();
  const words = locale.labels;
  const { live, setH, setMethod, endChange } = result;
  const method = useLive(live, methodOf);
  const readouts = useCallback(
    ({ state }: SecantLive) => ({
      items: secantReadouts(state, locale),
      announcement: state.valueText,
    }),
    [locale],
  );
  const formulas = useCallback(({ state }: SecantLive) => secantFormulas(state, locale), [locale]);
  // The same element while the source is the same: the end of a gesture re-renders this body
  // once (to report onChangeEnd), and the picture is left alone.
  const { showTriangle } = props;
  const picture = useMemo(
    () => <SecantView secant={result} showTriangle={showTriangle} />,
    [result, showTriangle],
  );
  const sound = useSecantSound(result);
  // Stable props for the controls (memoised), so a drag of the point leaves them alone.
  const fnChanged = useLatest(onFnChange);
  const onTyped = useCallback(
    (text: string) => {
      setTyped(text);
      if (checkExpression(text, ["x"]).ok) {
        setOwnFn(text);
        fnChanged.current?.(text);
      }
    },
    [fnChanged, setTyped],
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

  return (
    <>
      <div className="slopes-explorer-body">
        <div className="slopes-explorer-figure">{picture}</div>
        <div className="slopes-explorer-side">
          {result.units.equal || !Number.isFinite(result.units.ratio) ? null : (
            <p className="slopes-units-note">
              {words.unitsUnequal(
                formatSignificant(result.units.ratio, { digits: 2, locale: locale.code }),
              )}
            </p>
          )}
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
          <BudgetNote
            omitted={result.fn?.omitted ?? null}
            remains={
              result.fn?.source === "estimated" ? words.overBudgetSlope : words.overBudgetFormula
            }
          />
          {result.fn &&
          !result.problem &&
          !result.windowProblem &&
          !props.deferred &&
          result.curve.length === 0 ? (
            <p className="slopes-budget-note" role="status">
              {words.noFiniteValue}
            </p>
          ) : null}
          <LiveValue live={live} select={thrownOf}>
            {(thrown) =>
              thrown ? (
                <p className="slopes-message" role="alert">
                  {words.functionThrew(thrown)}
                </p>
              ) : null
            }
          </LiveValue>
          <LiveValue live={live} select={hOf}>
            {(h) => (
              <LogSlider
                label={words.gap}
                value={h}
                min={H_RANGE[0]}
                max={H_RANGE[1]}
                onValueChange={setH}
                onChangeEnd={endChange}
                format={formatH}
              />
            )}
          </LiveValue>
          <Choice legend={words.method} value={method} options={methods} onValueChange={onMethod} />
          <LiveValue live={live} select={readouts}>
            {({ items, announcement }) => (
              <Readouts label={words.readouts} items={items} announcement={announcement} />
            )}
          </LiveValue>
          {sound.supported ? (
            <SoundControls
              on={sound.on}
              onToggle={sound.setOn}
              playLabel={words.playCurve}
              onPlay={sound.playCurve}
              playKey="P"
              status={sound.status}
            />
          ) : null}
          {showZoom ? <SecantZoom secant={result} /> : null}
          {showErrorInset ? (
            // The inset redraws once a drag rests: it is a picture of h, not of the moving point.
            <SettledValue live={live} select={stateOf} delay={120}>
              {(state) => (
                <SecantInset fn={result.fn} state={state} deferred={props.deferred ?? false} />
              )}
            </SettledValue>
          ) : null}
        </div>
      </div>
      {showFormulas ? (
        // Typeset again once the drag rests (120 ms), in one render of the panel alone.
        <SettledValue live={live} select={formulas} delay={120}>
          {(shown) => <FormulaPanel label={words.formulas} formulas={shown} settleMs={0} />}
        </SettledValue>
      ) : null}
    </>
  );
}

const methodOf = ({ state }: SecantLive) => state.method;
const hOf = ({ state }: SecantLive) => state.h;
const thrownOf = ({ thrown }: SecantLive) => thrown;
const stateOf = ({ state }: SecantLive) => state;
