"use client";
import { forwardRef, useCallback, useDeferredValue, useMemo, useState } from "react";
import { useLatest } from "../hooks/memory";
import type { UseGradientFieldOptions } from "../hooks/useGradientField";
import { useGradientSource } from "../hooks/useGradientSource";
import { useControllableState } from "../hooks/useControllableState";
import { useGradientWords } from "../hooks/useLocale";
import { useResettableState } from "../hooks/useResettableState";
import { formatSignificant } from "../i18n/formatNumber";
import { format as formatExpr } from "../math/formatExpression";
import type { CostInput } from "../models/gradientCost";
import { resolveCost } from "../models/gradientCost";
import { LEARNING_RATE_RANGE } from "../models/gradientProbe";
import { GradientFieldView } from "../views/GradientFieldView";
import type { RootProps } from "../views/rootProps";
import { classNames } from "../views/rootProps";
import { GradientLegend } from "./GradientLegend";
import { GradientStepper } from "./GradientStepper";
import { useGradientSound } from "./gradientSound";
import { GradientFormulas, GradientReadouts, GradientSections } from "./GradientLiveParts";
import { ExplorerFrame } from "./parts/ExplorerFrame";
import { BudgetNote } from "./parts/BudgetNote";
import { ExpressionField } from "./parts/ExpressionField";
import { SoundControls } from "./parts/SoundControls";
import { Toggles } from "./parts/Toggles";

/** Props of {@link GradientExplorer}: every option of `useGradientField`, plus what to show. */
export interface GradientExplorerProps extends UseGradientFieldOptions, RootProps {
  /**
   * The cost, owned by the page: a formula in two variables (`"w1^2 + 2 w2^2"`) or a parsed
   * tree. A new value replaces what the reader typed; each cost the reader types that works is
   * reported by `onCostChange`.
   */
  cost?: CostInput | undefined;
  /** The cost to start from when the reader owns it (uncontrolled). @default "w1^2 + 2 w2^2" */
  defaultCost?: CostInput | undefined;
  /** Called with each cost the reader types that works. */
  onCostChange?: ((source: string) => void) | undefined;
  /** Heading of the widget. @default "Partial derivatives and the gradient" */
  title?: string | undefined;
  /** Let the reader type another cost. @default true */
  editable?: boolean | undefined;
  /** Show the arrow field (controlled). */
  showField?: boolean | undefined;
  /** Show the arrow field at first (uncontrolled). @default false */
  defaultShowField?: boolean | undefined;
  /** Called when the reader shows or hides the arrow field. */
  onShowFieldChange?: ((show: boolean) => void) | undefined;
  /** Show the descent path (controlled). */
  showTrajectory?: boolean | undefined;
  /** Show the descent path at first (uncontrolled). @default false */
  defaultShowTrajectory?: boolean | undefined;
  /** Called when the reader shows or hides the descent path. */
  onShowTrajectoryChange?: ((show: boolean) => void) | undefined;
  /** Show the heat map (controlled). */
  showHeatmap?: boolean | undefined;
  /** Show the heat map at first (uncontrolled). @default false */
  defaultShowHeatmap?: boolean | undefined;
  /** Called when the reader shows or hides the heat map. */
  onShowHeatmapChange?: ((show: boolean) => void) | undefined;
  /** Show the two slices through the probe. @default true */
  showSections?: boolean | undefined;
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
 * Partial derivatives and the gradient, ready to embed: move the probe over the contour map of
 * a two-variable cost (drag, or two sliders with the keyboard), read both partial slopes, the
 * gradient and its length, see the gradient arrow (uphill) and the descent arrow (downhill),
 * the two slices through the probe with their tangents, the descent path for a learning rate,
 * take one step at a time, and type another cost.
 * @example <GradientExplorer defaultCost="w1^2 + 2 w2^2" defaultProbe={[1, 1]} />
 */
export const GradientExplorer = forwardRef<HTMLDivElement, GradientExplorerProps>(
  function GradientExplorer(props, ref) {
    const { gradient } = useGradientWords();
    return (
      <ExplorerFrame
        {...props}
        ref={ref}
        className={classNames("slopes-gradient", props.className)}
        title={props.title ?? gradient.title}
        placeholderHeight={940}
      >
        <GradientExplorerBody {...props} />
      </ExplorerFrame>
    );
  },
);

function GradientExplorerBody(props: GradientExplorerProps) {
  const { editable = true, onCostChange } = props;
  const { showSections = true, showFormulas = true } = props;
  const [ownCost, setOwnCost] = useState<CostInput>(() => props.defaultCost ?? "w1^2 + 2 w2^2");
  const cost = props.cost ?? ownCost;
  // The reader's draft; a new cost from the page replaces it (compared as text, so a parsed
  // tree rebuilt on every render does not count as new).
  const [typed, setTyped] = useResettableState(typeof cost === "string" ? cost : formatExpr(cost));
  const [showField, setShowField] = useControllableState(
    props.showField,
    props.defaultShowField ?? false,
    props.onShowFieldChange,
    "showField",
  );
  const [showTrajectory, setShowTrajectory] = useControllableState(
    props.showTrajectory,
    props.defaultShowTrajectory ?? false,
    props.onShowTrajectoryChange,
    "showTrajectory",
  );
  const [showHeatmap, setShowHeatmap] = useControllableState(
    props.showHeatmap,
    props.defaultShowHeatmap ?? false,
    props.onShowHeatmapChange,
    "showHeatmap",
  );
  // The field echoes every keystroke at once; the map follows in a deferred render that a newer
  // keystroke or a click interrupts.
  const drawnText = useDeferredValue(typed);
  // The probe and the learning rate live in the hook's store: a move redraws only the parts
  // that read `result.live` (the map's moving layer, the readouts, the stepper, the slices),
  // never this component.
  const result = useGradientSource({ ...props, cost: editable ? drawnText : cost });
  const { live } = result;
  const sound = useGradientSound(result);
  const locale = useGradientWords();
  const t = locale.gradient;
  const shownCost = result.cost;
  // A window that cannot be drawn is said (the hook's message, as the secant explorer's plane
  // says it); the readouts keep working over the default window the hook falls back to.
  const { windowProblem } = result;
  const [a, b] = shownCost?.variables ?? ["w1", "w2"];
  const variables = props.variables ?? [a, b];
  // Stable props for the memoised controls, so moving the probe leaves them alone.
  const reportCost = useLatest((text: string) => {
    if (!resolveCost(text, variables).ok) return;
    setOwnCost(text);
    onCostChange?.(text);
  });
  const onTyped = useCallback(
    (text: string) => {
      setTyped(text);
      reportCost.current(text);
    },
    [reportCost, setTyped],
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
    [t, showField, showTrajectory, showHeatmap, setShowField, setShowTrajectory, setShowHeatmap],
  );
  // The same element while the source and the toggles are the same: the end of a gesture
  // re-renders this body once (to report onChangeEnd), and the map is left alone.
  const picture = useMemo(
    () =>
      windowProblem ? (
        <p className="slopes-message" role="alert">
          {windowProblem}
        </p>
      ) : (
        <GradientFieldView
          field={result}
          showField={showField}
          showTrajectory={showTrajectory}
          showHeatmap={showHeatmap}
        />
      ),
    [result, windowProblem, showField, showTrajectory, showHeatmap],
  );
  const rateText = useCallback(
    (rate: number) => formatSignificant(rate, { digits: 2, locale: locale.code }),
    [locale.code],
  );

  return (
    <>
      <div className="slopes-explorer-body">
        <div className="slopes-explorer-figure">
          {picture}
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
          <BudgetNote
            omitted={shownCost?.omitted ?? null}
            remains={shownCost?.partials ? t.overBudgetFormula : t.overBudgetSlopes}
          />
          <GradientReadouts live={live} cost={shownCost} />
          <Toggles legend={t.show} items={toggles} />
          {sound.supported ? <SoundControls on={sound.on} onToggle={sound.setOn} /> : null}
          <GradientStepper
            result={sound.result}
            range={LEARNING_RATE_RANGE}
            rateText={rateText}
            showTrajectory={showTrajectory}
          />
        </div>
      </div>
      {showSections ? <GradientSections live={live} /> : null}
      {showFormulas && shownCost ? <GradientFormulas live={live} cost={shownCost} /> : null}
    </>
  );
}
