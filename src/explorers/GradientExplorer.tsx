"use client";
import { useCallback, useMemo, useState } from "react";
import { useLatest } from "../hooks/memory";
import type { UseGradientFieldOptions } from "../hooks/useGradientField";
import { useGradientField } from "../hooks/useGradientField";
import { useLocale } from "../hooks/useLocale";
import { formatSignificant } from "../i18n/formatNumber";
import { format as formatExpr } from "../math/formatExpression";
import { resolveCost } from "../models/gradientCost";
import { LEARNING_RATE_RANGE } from "../models/gradientProbe";
import { CrossSectionPlot } from "../views/CrossSectionPlot";
import { GradientFieldView } from "../views/GradientFieldView";
import { GradientLegend } from "./GradientLegend";
import { GradientStepper } from "./GradientStepper";
import { flatNotice, gradientFormulas, gradientReadouts } from "./gradientPanelText";
import { ExplorerBoundary } from "./parts/ExplorerBoundary";
import { ExpressionField } from "./parts/ExpressionField";
import { FormulaPanel } from "./parts/FormulaPanel";
import { WhenNear } from "./parts/WhenNear";
import { Readouts } from "./parts/Readouts";
import { Toggles } from "./parts/Toggles";

/** Props of {@link GradientExplorer}: every option of `useGradientField`, plus what to show. */
export interface GradientExplorerProps extends UseGradientFieldOptions {
  /** Heading of the widget. @default "Partial derivatives and the gradient" */
  title?: string | undefined;
  /** Let the reader type another cost. @default true */
  editable?: boolean | undefined;
  /** Called with each cost the reader types that works. */
  onCostChange?: ((source: string) => void) | undefined;
  /** Show the arrow field at first. @default false */
  defaultShowField?: boolean | undefined;
  /** Show the descent path at first. @default false */
  defaultShowTrajectory?: boolean | undefined;
  /** Show the heat map at first. @default false */
  defaultShowHeatmap?: boolean | undefined;
  /** Show the two slices through the probe. @default true */
  showSections?: boolean | undefined;
  /** Show the formula panel. @default true */
  showFormulas?: boolean | undefined;
  /** Pin the colour theme. */
  theme?: "light" | "dark" | undefined;
  className?: string | undefined;
  /**
   * Mount the widget only when it comes near the viewport (a page of many widgets costs what the
   * visible ones cost). Server rendering and hydration always render in full. @default true
   */
  lazy?: boolean | undefined;
}

/**
 * Partial derivatives and the gradient, ready to embed: move the probe over the contour map of
 * a two-variable cost (drag, or two sliders with the keyboard), read both partial slopes, the
 * gradient and its length, see the gradient arrow (uphill) and the descent arrow (downhill),
 * the two slices through the probe with their tangents, the descent path for a learning rate,
 * take one step at a time, and type another cost.
 * @example <GradientExplorer cost="w1^2 + 2 w2^2" defaultProbe={[1, 1]} />
 */
export function GradientExplorer(props: GradientExplorerProps) {
  const { gradient } = useLocale();
  return (
    <ExplorerBoundary title={props.title ?? gradient.title}>
      <WhenNear title={props.title ?? gradient.title} minHeight={980} lazy={props.lazy}>
        <GradientExplorerBody {...props} />
      </WhenNear>
    </ExplorerBoundary>
  );
}

function GradientExplorerBody(props: GradientExplorerProps) {
  const { cost = "w1^2 + 2 w2^2", editable = true, onCostChange } = props;
  const { showSections = true, showFormulas = true } = props;
  const initial = typeof cost === "string" ? cost : formatExpr(cost);
  const [typed, setTyped] = useState(initial);
  // A new `cost` from the page replaces what the reader typed (compared as text, so a parsed
  // tree rebuilt on every render does not count as new).
  const [given, setGiven] = useState(initial);
  if (given !== initial) {
    setGiven(initial);
    setTyped(initial);
  }
  const [showField, setShowField] = useState(props.defaultShowField ?? false);
  const [showTrajectory, setShowTrajectory] = useState(props.defaultShowTrajectory ?? false);
  const [showHeatmap, setShowHeatmap] = useState(props.defaultShowHeatmap ?? false);
  const result = useGradientField({ ...props, cost: editable ? typed : cost });
  const { state } = result;
  const locale = useLocale();
  const t = locale.gradient;
  const shownCost = result.cost;
  const title = props.title ?? t.title;
  const notice = flatNotice(state, locale);
  const [a, b] = shownCost?.variables ?? ["w1", "w2"];
  const variables = props.variables ?? [a, b];
  // Stable props for the memoised controls, so moving the probe leaves them alone.
  const reportCost = useLatest((text: string) => {
    if (resolveCost(text, variables).ok) onCostChange?.(text);
  });
  const onTyped = useCallback(
    (text: string) => {
      setTyped(text);
      reportCost.current(text);
    },
    [reportCost],
  );
  const toggles = useMemo(
    () => [
      { id: "field", label: t.showField, checked: showField, onCheckedChange: setShowField },
      {
        id: "trajectory",
        label: t.showTrajectory,
        checked: showTrajectory,
        onCheckedChange: setShowTrajectory,
      },
      {
        id: "heatmap",
        label: t.showHeatmap,
        checked: showHeatmap,
        onCheckedChange: setShowHeatmap,
      },
    ],
    [t, showField, showTrajectory, showHeatmap],
  );
  const rateText = useCallback(
    (rate: number) => formatSignificant(rate, { digits: 2, locale: locale.code }),
    [locale.code],
  );

  return (
    <div
      className={["slopes", "slopes-explorer", "slopes-gradient", props.className]
        .filter(Boolean)
        .join(" ")}
      data-theme={props.theme}
      role="group"
      aria-label={title}
    >
      <p className="slopes-explorer-title" aria-hidden="true">
        {title}
      </p>
      <div className="slopes-explorer-body">
        <div className="slopes-explorer-figure">
          <GradientFieldView
            state={result}
            showField={showField}
            showTrajectory={showTrajectory}
            showHeatmap={showHeatmap}
          />
          <GradientLegend trajectory={showTrajectory} />
        </div>
        <div className="slopes-explorer-side">
          {editable ? (
            <ExpressionField
              label={t.costLabel}
              value={typed}
              problem={result.problem}
              help={t.costHelp(a, b)}
              keptNote={shownCost ? t.keptLastGood : undefined}
              onValueChange={onTyped}
            />
          ) : null}
          {shownCost ? (
            <Readouts
              label={t.readouts}
              items={gradientReadouts(shownCost, state, locale)}
              announcement={[state.valueText, notice].filter(Boolean).join(". ")}
            />
          ) : null}
          {notice ? (
            <p className="slopes-gradient-notice" data-kind={state.flat?.kind}>
              {notice}
            </p>
          ) : null}
          <Toggles legend={t.show} items={toggles} />
          <GradientStepper result={result} range={LEARNING_RATE_RANGE} rateText={rateText} />
        </div>
      </div>
      {showSections ? (
        <div className="slopes-gradient-sections" role="group" aria-label={t.sections}>
          <CrossSectionPlot section={state.sections[0]} />
          <CrossSectionPlot section={state.sections[1]} />
        </div>
      ) : null}
      {showFormulas && shownCost ? (
        <FormulaPanel label={t.formulas} formulas={gradientFormulas(shownCost, state, locale)} />
      ) : null}
    </div>
  );
}
