"use client";
import { useCallback } from "react";
import { SecantExplorer } from "../explorers/SecantExplorer";
import type { SecantPageState } from "../models/widgetPages";
import type { PartProps } from "./follow";
import { themeOf, useFollow } from "./follow";

/** The secant explorer of a widget page or of the embed-code builder, set from a page state. */
export function SecantPart({ state, onStateChange, lazy }: PartProps<"secant">) {
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
