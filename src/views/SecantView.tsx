"use client";
import { forwardRef, useCallback, useState } from "react";
import type { UseSecantResult } from "../hooks/useSecant";
import { useLocale } from "../hooks/useLocale";
import { formatSignificant } from "../i18n/formatNumber";
import { unitTriangle } from "../models/lines";
import { Curve } from "./Curve";
import type { Vec2 } from "../math/vec";
import type { HandleProps } from "./Handle";
import { Handle } from "./Handle";
import { Plane } from "./Plane";
import { usePlane } from "./PlaneContext";
import { Point } from "./Point";
import type { RootProps } from "./rootProps";
import { pickRootProps } from "./rootProps";
import { SecantLabels, secantWords } from "./SecantLabels";
import { SlopeTriangle } from "./SlopeTriangle";

/** Props of {@link SecantView}. */
export interface SecantViewProps extends RootProps {
  /** The result of `useSecant`: what to draw. */
  secant: UseSecantResult;
  /** Accessible name of the picture. @default "Graph of f(x) = … with a secant and a tangent" */
  title?: string | undefined;
  /** Draw the slope triangle (Δx, Δy) under the secant. @default true */
  showTriangle?: boolean | undefined;
  /** Draw the secant. @default true */
  showSecant?: boolean | undefined;
  /** Draw the tangent. @default true */
  showTangent?: boolean | undefined;
  /**
   * Draw a run-1 triangle on the tangent whose rise is the slope, so the number and the picture
   * agree whatever the units of the axes. @default true
   */
  showUnitTriangle?: boolean | undefined;
  /** Let the reader drag the secant's second point along the curve (it sets h). @default true */
  movableSecant?: boolean | undefined;
  /** Fixed size in pixels; otherwise the width of the container. */
  width?: number | undefined;
  height?: number | undefined;
  /** Height ÷ width when the height is not fixed. @default 0.7 */
  aspectRatio?: number | undefined;
  /** Pin the colour theme. @default the page's `data-theme`, else the reader's system */
  theme?: "light" | "dark" | undefined;
}

/**
 * The curve, the point that slides along it (a slider for x), the secant through x and x + h
 * (or x − h and x + h), the tangent, and the slope triangle. It draws the state it is given;
 * where f or f′ is undefined it draws no line for it, and the handle turns hollow.
 */
export const SecantView = forwardRef<HTMLDivElement, SecantViewProps>(
  function SecantView(props, ref) {
    const { secant: result, showTriangle = true, showSecant = true, showTangent = true } = props;
    const { showUnitTriangle = true, movableSecant = true } = props;
    const { state, domain, curve } = result;
    const { labels: words, code } = useLocale();
    // The "drag" hint shows until the reader first moves the point.
    const [moved, setMoved] = useState(false);
    const { setX, setH } = result;
    const onMove = useCallback(
      ([x]: readonly [number, number]) => {
        setMoved(true);
        setX(x);
      },
      [setX],
    );
    const x = state.x;
    const onMoveSecond = useCallback(([x2]: readonly [number, number]) => setH(x2 - x), [setH, x]);
    const unit =
      showUnitTriangle && showTangent && state.slopeDefined
        ? unitTriangle(state.point, state.exactSlope, domain, state.method === "forward" ? -1 : 1)
        : null;
    const second = state.secantPoints[1];
    const labels = secantWords(
      state,
      unit,
      { showTangent, showSecant, showTriangle, hint: !moved },
      words,
      code,
    );
    return (
      <Plane
        {...pickRootProps(props)}
        ref={ref}
        className={props.className}
        domain={domain}
        width={props.width}
        height={props.height}
        aspectRatio={props.aspectRatio ?? 0.7}
        theme={props.theme}
        title={props.title ?? words.secantPlaneLabel(result.fn?.text ?? null)}
      >
        <Curve segments={curve} className="slopes-secant-curve" />
        {showTriangle && state.triangle ? (
          <SlopeTriangle triangle={state.triangle} avoid={state.point} labels={false} />
        ) : null}
        {unit ? (
          <Curve
            segments={[unit.run, unit.rise]}
            color="var(--slopes-tangent)"
            dash="2 3"
            strokeWidth={1.5}
            className="slopes-unit-triangle"
          />
        ) : null}
        {showTangent && state.tangentLine ? (
          <Curve
            segments={[state.tangentLine]}
            color="var(--slopes-tangent)"
            className="slopes-tangent"
          />
        ) : null}
        {showSecant && state.secantLine ? (
          <Curve
            segments={[state.secantLine]}
            color="var(--slopes-secant)"
            dash="7 4"
            className="slopes-secant"
          />
        ) : null}
        {showSecant && state.method === "central" ? (
          <Point at={state.secantPoints[0]} color="var(--slopes-secant)" />
        ) : null}
        {showSecant && !(movableSecant && state.secantLine) ? (
          <Point at={second} color="var(--slopes-secant)" />
        ) : null}
        <SecantLabels
          labels={labels}
          handle={state.point}
          points={showSecant ? state.secantPoints : []}
        />
        <Handle
          value={[state.x, state.fx]}
          axes="x"
          label={words.secantHandle}
          valueText={() => state.valueText}
          constrain={result.constrain}
          onValueChange={onMove}
          onChangeEnd={result.endChange}
          className="slopes-point-handle"
        />
        {showSecant && movableSecant && state.secantLine ? (
          <SecondPoint
            at={second}
            handle={state.point}
            label={words.secantSecondHandle}
            valueText={words.secantSecondValueText(
              formatSignificant(second[0], { digits: 6, locale: code }),
              formatSignificant(state.h, { digits: 2, locale: code }),
            )}
            constrain={result.constrain}
            bounds={{ x: [x + 1e-12, Math.min(domain.x[1], x + 1)], y: domain.y }}
            onValueChange={onMoveSecond}
            onChangeEnd={result.endChange}
          />
        ) : null}
      </Plane>
    );
  },
);

/** Closer than this to the point's handle (pixels), the second point lets the first be grabbed. */
const NEAR = 44;

/**
 * The secant's second point as a handle of its own: dragging it along the curve sets h. Drawn
 * after the point's handle; when the two are closer than a finger's width, it stays a keyboard
 * slider but lets the pointer through to the point and hides its dot (the zoom shows it).
 */
function SecondPoint(
  props: Pick<HandleProps, "label" | "constrain" | "bounds" | "onValueChange" | "onChangeEnd"> & {
    at: Vec2;
    handle: Vec2;
    valueText: string;
  },
) {
  const { toPixel } = usePlane();
  const a = toPixel(props.at);
  const b = toPixel(props.handle);
  const near = !a || !b || Math.hypot(a[0] - b[0], a[1] - b[1]) < NEAR;
  return (
    <Handle
      value={props.at}
      axes="x"
      label={props.label}
      valueText={() => props.valueText}
      constrain={props.constrain}
      bounds={props.bounds}
      color="var(--slopes-secant)"
      radius={5}
      className={near ? "slopes-secant-handle slopes-handle-near" : "slopes-secant-handle"}
      onValueChange={props.onValueChange}
      onChangeEnd={props.onChangeEnd}
    />
  );
}
