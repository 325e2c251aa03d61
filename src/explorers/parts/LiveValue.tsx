"use client";
import type { ReactNode } from "react";
import type { Live } from "../../hooks/live";
import { useLive, useSettledLive } from "../../hooks/live";

/**
 * Draws `children(select(live))` and re-renders alone when that part of the live value changes:
 * the moving pieces of an explorer's panel (a readout, a slider that follows the picture), so a
 * move leaves the rest of the panel alone.
 */
export function LiveValue<T, S>(props: {
  live: Live<T>;
  select: (value: T) => S;
  children: (value: S) => ReactNode;
}) {
  return <>{props.children(useLive(props.live, props.select))}</>;
}

/**
 * Like {@link LiveValue}, but follows the live value only once it has rested for `delay` ms (one
 * render when a drag pauses): formulas, the error inset. Give it a stable `select`.
 */
export function SettledValue<T, S>(props: {
  live: Live<T>;
  select: (value: T) => S;
  delay: number;
  children: (value: S) => ReactNode;
}) {
  return <>{props.children(useSettledLive(props.live, props.select, props.delay))}</>;
}
