"use client";
import { useCallback, useRef } from "react";
import { useLatest } from "../hooks/memory";
import type { PageTheme, WidgetName, WidgetPageStates } from "../models/widgetPages";

/** Props of one widget's part of a page: its state, and where each new whole state goes. */
export interface PartProps<W extends WidgetName> {
  state: WidgetPageStates[W];
  onStateChange?: ((state: WidgetPageStates[W]) => void) | undefined;
  lazy?: boolean | undefined;
}

/** A page theme as the explorers' `theme` prop (`auto` follows the reader's system). */
export const themeOf = (theme: PageTheme) => (theme === "auto" ? undefined : theme);

/** The reader's part of the state as it moves, merged into the page's latest state. */
export function useFollow<S>(state: S, onStateChange: ((state: S) => void) | undefined) {
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
