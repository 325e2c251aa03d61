"use client";
import { useMemo } from "react";
import type { Vec2 } from "../math/vec";
import { useLocaleCode } from "../hooks/useLocale";
import { formatSignificant } from "../i18n/formatNumber";
import type { SecantWords } from "../i18n/catalogs";
import type { UnitTriangle } from "../models/lines";
import type { SecantState } from "../models/secant";
import type { Box, LabelRequest } from "../models/labelPlacement";
import {
  boxOfPoint,
  placeLabels,
  segmentCandidates,
  textHeight,
  textWidth,
} from "../models/labelPlacement";
import { axisTextBoxes, defaultTickFormat } from "./axisLayout";
import { handlePixel } from "./Handle";
import { usePlane } from "./PlaneContext";
import { placeAt } from "./pixels";

/** One word of the secant picture and the shape it names. */
export interface SecantLabel {
  readonly text: string;
  /**
   * What it names: a line (labelled beside it), a run or rise (labelled at its middle), or a
   * point (`[p, p]`, a hint written next to it).
   */
  readonly on: readonly [Vec2, Vec2];
  readonly kind: "line" | "run" | "rise" | "hint";
  readonly className: string;
  readonly color?: string | undefined;
}

/** Font size of the picture's words, in pixels (`--slopes-label-size`, 0.875rem). */
const FONT_SIZE = 14;
/**
 * Half the size of the box kept clear around the handle: its halo, grown while dragged, is
 * 35 px across (its focus ring 24).
 */
const HANDLE_CLEARANCE = 18;
/** Half the size of the box kept clear around a marked point (the second handle's ring is 20 px across). */
const POINT_CLEARANCE = 11;

/**
 * The words of the secant picture, placed together so that none covers another, a tick number,
 * the handle or a marked point (see `placeLabels`): a label with no free place is left out.
 * Lines are labelled beside the line, a run under (or over) its middle, a rise beside it.
 */
export function SecantLabels(props: {
  labels: readonly SecantLabel[];
  handle: Vec2;
  points: readonly Vec2[];
}) {
  const plane = usePlane();
  const code = useLocaleCode();
  const { toPixel, width, height } = plane;
  const [hx, hy] = handlePixel(plane, props.handle);
  const handle: Vec2 = [hx, hy];
  // The tick numbers stay put while the point moves: their boxes are measured once per plane.
  const ticks = useMemo(() => axisTextBoxes(plane, defaultTickFormat(code), 12), [plane, code]);
  const obstacles: Box[] = [...ticks, boxOfPoint(handle, HANDLE_CLEARANCE)];
  for (const point of props.points) {
    const p = toPixel(point);
    if (p) obstacles.push(boxOfPoint(p, POINT_CLEARANCE));
  }
  const shown = props.labels.flatMap((label) => {
    const a = toPixel(label.on[0]);
    const b = toPixel(label.on[1]);
    return a && b ? [{ label, a, b }] : [];
  });
  const requests: LabelRequest[] = shown.map(({ label, a, b }) => {
    const w = textWidth(label.text, FONT_SIZE);
    const h = textHeight(FONT_SIZE);
    return { width: w, height: h, candidates: candidates(label.kind, a, b, handle, w, h) };
  });
  const bounds: Box = { left: 0, top: 0, right: width, bottom: height };
  const placed = placeLabels(requests, obstacles, bounds);
  return (
    <g className="slopes-secant-labels" aria-hidden="true">
      {shown.map(({ label }, i) => {
        const at = placed[i];
        return at ? (
          <text
            key={label.className}
            className={`slopes-picture-label ${label.className}`}
            transform={placeAt(at[0], at[1])}
            textAnchor="middle"
            dominantBaseline="central"
            style={label.color ? { fill: label.color } : undefined}
          >
            {label.text}
          </text>
        ) : null;
      })}
    </g>
  );
}

function candidates(
  kind: SecantLabel["kind"],
  a: Vec2,
  b: Vec2,
  handle: Vec2 | null,
  w: number,
  h: number,
): Vec2[] {
  if (kind === "line") return segmentCandidates([a, b], handle, w, h);
  if (kind === "hint") {
    const away = HANDLE_CLEARANCE + 6;
    return [
      [a[0] + away + w / 2, a[1]],
      [a[0] - away - w / 2, a[1]],
      [a[0], a[1] + away + h / 2],
      [a[0], a[1] - away - h / 2],
    ];
  }
  const out: Vec2[] = [];
  const fractions = [0.5, 0.3, 0.7, 0.15, 0.85];
  if (kind === "run") {
    // Under the run first, then over it.
    for (const t of fractions) {
      const x = a[0] + (b[0] - a[0]) * t;
      out.push([x, a[1] + h / 2 + 4], [x, a[1] - h / 2 - 4]);
    }
  } else {
    for (const t of fractions) {
      const y = a[1] + (b[1] - a[1]) * t;
      out.push([a[0] + w / 2 + 5, y], [a[0] - w / 2 - 5, y]);
    }
  }
  return out;
}

/**
 * The words of the secant picture for a state, in placing order: tangent, secant, Δx and Δy, the
 * run-1 triangle's run and rise, and the "drag" hint.
 */
export function secantWords(
  state: SecantState,
  unit: UnitTriangle | null,
  shown: { showTangent: boolean; showSecant: boolean; showTriangle: boolean; hint: boolean },
  words: SecantWords["labels"],
  code: string,
): SecantLabel[] {
  const labels: SecantLabel[] = [];
  if (shown.showTangent && state.tangentLine) {
    labels.push({
      text: words.tangentLine,
      on: state.tangentLine,
      kind: "line",
      className: "slopes-tangent-label",
      color: "var(--slopes-tangent)",
    });
  }
  if (shown.showSecant && state.secantLine) {
    labels.push({
      text: words.secantLine,
      on: state.secantLine,
      kind: "line",
      className: "slopes-secant-label",
      color: "var(--slopes-secant)",
    });
  }
  if (shown.showTriangle && state.triangle) {
    labels.push({
      text: "Δx",
      on: state.triangle.run,
      kind: "run",
      className: "slopes-run-label",
    });
    labels.push({
      text: "Δy",
      on: state.triangle.rise,
      kind: "rise",
      className: "slopes-rise-label",
    });
  }
  if (unit) {
    const number = (value: number) => formatSignificant(value, { digits: 3, locale: code });
    labels.push({
      text: number(unit.length),
      on: unit.run,
      kind: "run",
      className: "slopes-unit-run-label",
      color: "var(--slopes-tangent)",
    });
    labels.push({
      text: number(unit.height),
      on: unit.rise,
      kind: "rise",
      className: "slopes-unit-rise-label",
      color: "var(--slopes-tangent)",
    });
  }
  if (shown.hint && state.defined) {
    labels.push({
      text: words.dragHint,
      on: [state.point, state.point],
      kind: "hint",
      className: "slopes-drag-hint",
    });
  }
  return labels;
}
