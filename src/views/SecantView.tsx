"use client";
import { forwardRef } from "react";
import type { UseSecantResult } from "../hooks/useSecant";
import { useLocale } from "../hooks/useLocale";
import type { Vec2 } from "../math/vec";
import { Curve } from "./Curve";
import { Handle } from "./Handle";
import { LineLabel } from "./LineLabel";
import { Plane } from "./Plane";
import { Point } from "./Point";
import type { RootProps } from "./rootProps";
import { pickRootProps } from "./rootProps";
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
    const { state, domain, curve } = result;
    const words = useLocale().labels;
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
          <SlopeTriangle triangle={state.triangle} avoid={state.point} />
        ) : null}
        {showTangent && state.tangentLine ? (
          <LabelledLine
            line={state.tangentLine}
            avoid={state.point}
            text={words.tangentLine}
            color="var(--slopes-tangent)"
            className="slopes-tangent"
          />
        ) : null}
        {showSecant && state.secantLine ? (
          <LabelledLine
            line={state.secantLine}
            avoid={state.point}
            text={words.secantLine}
            color="var(--slopes-secant)"
            dash="7 4"
            className="slopes-secant"
          />
        ) : null}
        {showSecant
          ? state.secantPoints.map((p, i) =>
              state.method === "forward" && i === 0 ? null : (
                <Point key={i} at={p} color="var(--slopes-secant)" />
              ),
            )
          : null}
        <Handle
          value={[state.x, state.fx]}
          axes="x"
          label={words.secantHandle}
          valueText={() => state.valueText}
          constrain={result.constrain}
          onValueChange={([x]) => result.setX(x)}
          onChangeEnd={result.endChange}
        />
      </Plane>
    );
  },
);

/** A straight segment with its name written at the end away from the handle. */
function LabelledLine(props: {
  line: readonly [Vec2, Vec2];
  avoid: Vec2;
  text: string;
  color: string;
  className: string;
  dash?: string;
}) {
  return (
    <>
      <Curve
        segments={[props.line]}
        color={props.color}
        dash={props.dash}
        className={props.className}
      />
      <LineLabel line={props.line} avoid={props.avoid} text={props.text} color={props.color} />
    </>
  );
}
