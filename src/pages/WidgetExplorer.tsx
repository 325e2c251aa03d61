"use client";
import { memo, useCallback, useRef } from "react";
import type { ReactElement } from "react";
import { ChainRuleExplorer } from "../explorers/ChainRuleExplorer";
import { GradientExplorer } from "../explorers/GradientExplorer";
import { SecantExplorer } from "../explorers/SecantExplorer";
import { useLatest } from "../hooks/memory";
import { LocaleProvider } from "../hooks/useLocale";
import type {
  ChainPageState,
  GradientPageState,
  PageTheme,
  SecantPageState,
  WidgetName,
  WidgetPageStates,
} from "../models/widgetPages";

/** Props of {@link WidgetExplorer}. */
export interface WidgetExplorerProps<W extends WidgetName> {
  widget: W;
  /**
   * The state. What the reader moves (x, h, the formula, the probe…) is read when the widget
   * mounts (change `key` to start again); the author's switches (theme, language, show-*) follow.
   */
  state: WidgetPageStates[W];
  /** Called with the whole state after each change the reader makes. */
  onStateChange?: ((state: WidgetPageStates[W]) => void) | undefined;
  /** Mount only near the viewport. @default false */
  lazy?: boolean | undefined;
}

/** The fields of each state the reader changes inside the widget (the rest are the author's). */
export const READER_FIELDS: { readonly [W in WidgetName]: readonly (keyof WidgetPageStates[W])[] } =
  {
    secant: ["fn", "x", "h", "method"],
    "chain-rule": ["mode", "composition", "x", "w", "b", "y", "target"],
    gradient: ["cost", "probe", "learningRate", "showField", "showTrajectory", "showHeatmap"],
  };

const themeOf = (theme: PageTheme) => (theme === "auto" ? undefined : theme);

/** The reader's part of the state as it moves, merged into the page's latest state. */
function useFollow<S>(state: S, onStateChange: ((state: S) => void) | undefined) {
  const moved = useRef<Partial<S>>({});
  const base = useLatest(state);
  const report = useLatest(onStateChange);
  return useCallback(
    (patch: Partial<S>) => {
      moved.current = { ...moved.current, ...patch };
      report.current?.({ ...base.current, ...moved.current });
    },
    [base, report],
  );
}

type Props<W extends WidgetName> = Omit<WidgetExplorerProps<W>, "widget">;

function SecantPart({ state, onStateChange, lazy }: Props<"secant">) {
  const follow = useFollow<SecantPageState>(state, onStateChange);
  return (
    <SecantExplorer
      defaultFn={state.fn}
      onFnChange={useCallback((fn: string) => follow({ fn }), [follow])}
      defaultX={state.x}
      onXChange={useCallback((x: number) => follow({ x }), [follow])}
      defaultH={state.h}
      onHChange={useCallback((h: number) => follow({ h }), [follow])}
      defaultMethod={state.method}
      onMethodChange={useCallback((method: "forward" | "central") => follow({ method }), [follow])}
      editable={state.editable}
      showFormulas={state.showFormulas}
      showErrorInset={state.showErrorInset}
      showZoom={state.showZoom}
      showTriangle={state.showTriangle}
      theme={themeOf(state.theme)}
      lazy={lazy}
    />
  );
}

function ChainPart({ state, onStateChange, lazy }: Props<"chain-rule">) {
  const follow = useFollow<ChainPageState>(state, onStateChange);
  const { x, w, b, y } = state;
  const given = Object.fromEntries(
    Object.entries({ x, w, b, y }).filter(([, value]) => value !== undefined),
  ) as Record<string, number>;
  return (
    <ChainRuleExplorer
      defaultMode={state.mode}
      // Switching the graph starts its inputs afresh (the explorer reports `{}` too); the target
      // stays as the explorer keeps it (the address leaves out one the graph does not offer).
      onModeChange={(mode) =>
        follow({ mode, x: undefined, w: undefined, b: undefined, y: undefined })
      }
      defaultComposition={state.composition}
      onCompositionChange={(composition) => follow({ composition })}
      defaultInputs={given}
      onInputsChange={(inputs) => follow({ x: inputs.x, w: inputs.w, b: inputs.b, y: inputs.y })}
      defaultTarget={state.target}
      onTargetChange={(target) => follow({ target: target as ChainPageState["target"] })}
      editable={state.editable}
      showFormulas={state.showFormulas}
      showBackward={state.showBackward}
      animation={state.animation}
      theme={themeOf(state.theme)}
      lazy={lazy}
    />
  );
}

function GradientPart({ state, onStateChange, lazy }: Props<"gradient">) {
  const follow = useFollow<GradientPageState>(state, onStateChange);
  return (
    <GradientExplorer
      defaultCost={state.cost}
      onCostChange={useCallback((cost: string) => follow({ cost }), [follow])}
      defaultProbe={[state.probe[0], state.probe[1]]}
      onProbeChange={useCallback(
        (probe: readonly [number, number]) => follow({ probe: [probe[0], probe[1]] }),
        [follow],
      )}
      defaultLearningRate={state.learningRate}
      onLearningRateChange={useCallback(
        (learningRate: number) => follow({ learningRate }),
        [follow],
      )}
      defaultShowField={state.showField}
      onShowFieldChange={(showField) => follow({ showField })}
      defaultShowTrajectory={state.showTrajectory}
      onShowTrajectoryChange={(showTrajectory) => follow({ showTrajectory })}
      defaultShowHeatmap={state.showHeatmap}
      onShowHeatmapChange={(showHeatmap) => follow({ showHeatmap })}
      editable={state.editable}
      showFormulas={state.showFormulas}
      showSections={state.showSections}
      theme={themeOf(state.theme)}
      lazy={lazy}
    />
  );
}

/** Whether two states differ only in what the reader moves (so the widget need not render). */
function sameAuthorPart<W extends WidgetName>(
  before: WidgetExplorerProps<W>,
  after: WidgetExplorerProps<W>,
): boolean {
  if (before.widget !== after.widget || before.lazy !== after.lazy) return false;
  if (before.onStateChange !== after.onStateChange) return false;
  const reader = READER_FIELDS[before.widget] as readonly string[];
  const a = before.state as unknown as Record<string, unknown>;
  const b = after.state as unknown as Record<string, unknown>;
  return Object.keys(b).every((key) => reader.includes(key) || a[key] === b[key]);
}

/**
 * One explorer of the widget pages set from a page state, in its language, reporting every
 * change the reader makes as a whole new state (for the URL, or for the embed-code builder).
 * It renders again only when the author's part of the state changes.
 */
export const WidgetExplorer = memo(function WidgetExplorer<W extends WidgetName>(
  props: WidgetExplorerProps<W>,
) {
  const { widget, lazy = false } = props;
  const part =
    widget === "secant" ? (
      <SecantPart {...(props as unknown as Props<"secant">)} lazy={lazy} />
    ) : widget === "chain-rule" ? (
      <ChainPart {...(props as unknown as Props<"chain-rule">)} lazy={lazy} />
    ) : (
      <GradientPart {...(props as unknown as Props<"gradient">)} lazy={lazy} />
    );
  return <LocaleProvider locale={props.state.lang}>{part}</LocaleProvider>;
}, sameAuthorPart) as <W extends WidgetName>(props: WidgetExplorerProps<W>) => ReactElement;
