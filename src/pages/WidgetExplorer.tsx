"use client";
import { memo } from "react";
import type { ReactElement } from "react";
import { LocaleProvider } from "../hooks/useLocale";
import type { WidgetName, WidgetPageStates } from "../models/widgetPages";
import { ChainPart } from "./ChainPart";
import type { PartProps } from "./follow";
import { GradientPart } from "./GradientPart";
import { SecantPart } from "./SecantPart";

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
      <SecantPart {...(props as unknown as PartProps<"secant">)} lazy={lazy} />
    ) : widget === "chain-rule" ? (
      <ChainPart {...(props as unknown as PartProps<"chain-rule">)} lazy={lazy} />
    ) : (
      <GradientPart {...(props as unknown as PartProps<"gradient">)} lazy={lazy} />
    );
  return <LocaleProvider locale={props.state.lang}>{part}</LocaleProvider>;
}, sameAuthorPart) as <W extends WidgetName>(props: WidgetExplorerProps<W>) => ReactElement;
