"use client";
import { forwardRef } from "react";
import type { SecantSource } from "../hooks/useSecant";
import { useSecantWords } from "../hooks/useLocale";
import { Curve } from "./Curve";
import { Plane } from "./Plane";
import type { RootProps } from "./rootProps";
import { pickRootProps } from "./rootProps";
import { SecantMoving } from "./SecantMoving";

/** Props of {@link SecantView}. */
export interface SecantViewProps extends RootProps {
  /** The result of `useSecant` (or the explorer's `useSecantSource`): what to draw. */
  secant: SecantSource;
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
 * The plane, its grid and axes and the curve are drawn once per function and window; a move
 * redraws only the moving layer (`SecantMoving`), which reads `secant.live`.
 */
export const SecantView = forwardRef<HTMLDivElement, SecantViewProps>(
  function SecantView(props, ref) {
    const { secant: result, showTriangle = true, showSecant = true, showTangent = true } = props;
    const { showUnitTriangle = true, movableSecant = true } = props;
    const { domain, curve } = result;
    const { labels: words } = useSecantWords();
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
        <SecantMoving
          secant={result}
          showTriangle={showTriangle}
          showSecant={showSecant}
          showTangent={showTangent}
          showUnitTriangle={showUnitTriangle}
          movableSecant={movableSecant}
        />
      </Plane>
    );
  },
);
