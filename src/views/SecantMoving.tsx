"use client";
import { memo, useCallback, useState } from "react";
import { useLive } from "../hooks/live";
import type { SecantLive, SecantSource } from "../hooks/useSecant";
import { useSecantWords } from "../hooks/useLocale";
import { formatSignificant } from "../i18n/formatNumber";
import type { Vec2 } from "../math/vec";
import { unitTriangle } from "../models/lines";
import { Curve } from "./Curve";
import type { HandleProps } from "./Handle";
import { Handle } from "./Handle";
import { usePlane } from "./PlaneContext";
import { Point } from "./Point";
import { SecantLabels, secantWords } from "./SecantLabels";
import { SlopeTriangle } from "./SlopeTriangle";

/** Props of {@link SecantMoving}: the source and what `SecantView` was asked to show. */
export interface SecantMovingProps {
  secant: SecantSource;
  showTriangle: boolean;
  showSecant: boolean;
  showTangent: boolean;
  showUnitTriangle: boolean;
  movableSecant: boolean;
}

const stateOf = (live: SecantLive) => live.state;

/**
 * The moving layer of `SecantView`: the lines, the slope triangles, their words and the two
 * handles. The only part of the picture that subscribes to the moving state (`secant.live`),
 * so a move redraws this layer and leaves the plane, its axes and the curve alone.
 */
export const SecantMoving = memo(function SecantMoving(props: SecantMovingProps) {
  const { secant: result, showTriangle, showSecant, showTangent } = props;
  const { showUnitTriangle, movableSecant } = props;
  const { domain } = result;
  const state = useLive(result.live, stateOf);
  const { labels: words, code } = useSecantWords();
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
    <>
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
          onValueChange={onMoveSecond}
          onChangeEnd={result.endChange}
        />
      ) : null}
    </>
  );
});

/** The point's handle keeps this much room (pixels) around its centre for the pointer. */
const POINT_ROOM = 10;
/** Hit radius of a handle: 44 px across. */
const FINGER = 22;
/** Closer than this, the two dots are one: the second one's dot is hidden (the zoom shows it). */
const SAME_DOT = 8;

/**
 * The secant's second point as a handle of its own: dragging it along the curve sets h. Drawn
 * after the point's handle, its 44 px hit area set off to the side away from the point so that
 * both can be grabbed however close they get; when the two dots coincide it stays a keyboard
 * slider and lets the pointer through. Not drawn when x + h is outside the window.
 */
function SecondPoint(
  props: Pick<HandleProps, "label" | "constrain" | "onValueChange" | "onChangeEnd"> & {
    at: Vec2;
    handle: Vec2;
    valueText: string;
  },
) {
  const { toPixel, domain } = usePlane();
  const [x, y] = props.at;
  const lo = props.handle[0] + 1e-12;
  const hi = Math.min(domain.x[1], props.handle[0] + 1);
  const a = toPixel(props.at);
  const b = toPixel(props.handle);
  const inWindow = x <= domain.x[1] && y >= domain.y[0] && y <= domain.y[1] && lo < hi;
  if (!a || !b || !inWindow) return null;
  const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
  // Its 44 px hit circle, pushed away from the point until it leaves the point's dot free.
  const push = Math.max(0, POINT_ROOM + FINGER - distance);
  const away: [number, number] =
    distance > 0 ? [((a[0] - b[0]) / distance) * push, ((a[1] - b[1]) / distance) * push] : [0, 0];
  const className =
    distance < SAME_DOT ? "slopes-secant-handle slopes-handle-near" : "slopes-secant-handle";
  return (
    <Handle
      value={props.at}
      axes="x"
      label={props.label}
      valueText={() => props.valueText}
      constrain={props.constrain}
      bounds={{ x: [lo, hi], y: domain.y }}
      color="var(--slopes-secant)"
      radius={5}
      hitOffset={away}
      className={className}
      onValueChange={props.onValueChange}
      onChangeEnd={props.onChangeEnd}
    />
  );
}
