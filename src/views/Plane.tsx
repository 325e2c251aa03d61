"use client";
import type { ReactNode } from "react";
import { forwardRef, useCallback, useId, useMemo, useRef } from "react";
import type { Vec2 } from "../math/vec";
import { useSecantWords } from "../hooks/useLocale";
import type { Domain } from "../models/plane";
import { domainProblem, fitAspect, planeProblemText } from "../models/plane";
import { linearScale } from "./linearScale";
import { PlaneAxes } from "./PlaneAxes";
import type { PlaneAxesProps } from "./PlaneAxes";
import { useContainerWidth } from "./useContainerWidth";
import type { PlaneContextValue } from "./PlaneContext";
import { PlaneContext } from "./PlaneContext";
import type { RootProps } from "./rootProps";
import { classNames, pickRootProps, useMergedRef } from "./rootProps";
import { checkStylesheet } from "./stylesheetCheck";

/** Space around the plotting area, in CSS pixels. */
export interface PlaneMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Props of {@link Plane}. */
export interface PlaneProps
  extends
    Pick<PlaneAxesProps, "grid" | "axes" | "xLabel" | "yLabel" | "xTickFormat" | "yTickFormat">,
    RootProps {
  /** The window of the plane in math coordinates, e.g. `{ x: [-3, 3], y: [-1, 9] }`. */
  domain: Domain;
  /** Fixed width in CSS pixels. @default the width of the parent element */
  width?: number | undefined;
  /** Fixed height in CSS pixels. @default width × `aspectRatio` */
  height?: number | undefined;
  /** Height ÷ width when the height is not fixed. @default 0.75 */
  aspectRatio?: number | undefined;
  /** Give one unit the same length on both axes by widening the domain. @default false */
  keepAspect?: boolean | undefined;
  /** Space around the plotting area. @default { top: 12, right: 16, bottom: 28, left: 36 } */
  margin?: Partial<PlaneMargin> | undefined;
  /** Axes through the origin when in view, or along the lower and left edges. @default "origin" */
  axisPlacement?: "origin" | "edge" | undefined;
  /** Accessible name of the figure. @default "Coordinate plane" */
  title?: string | undefined;
  /** Accessible description (what the picture shows). */
  description?: string | undefined;
  /** Pin the colour theme; otherwise the system's or an ancestor's `data-theme` applies. */
  theme?: "light" | "dark" | undefined;
  /** Shapes in math coordinates: `Curve`, `Handle`, `Arrow`, or any SVG using `usePlane()`. */
  children?: ReactNode;
}

const DEFAULT_MARGIN: PlaneMargin = { top: 12, right: 16, bottom: 28, left: 36 };
const DEFAULT_WIDTH = 560;

/**
 * The SVG coordinate system every picture is drawn in: maps the math `domain` to pixels with
 * linear scales (views/linearScale.ts), draws grid and axes, clips its content, fills its container's width (or takes a
 * fixed size) and hands its scales to the shapes inside through `usePlane()`.
 * An empty, reversed or non-finite domain shows a message instead of a broken picture.
 */
export const Plane = forwardRef<HTMLDivElement, PlaneProps>(function Plane(props, ref) {
  const { width: fixedWidth, height: fixedHeight, aspectRatio = 0.75 } = props;
  const { ref: parentRef, width, pending } = useContainerWidth(fixedWidth, DEFAULT_WIDTH);
  const height = fixedHeight ?? Math.round(width * aspectRatio);
  const locale = useSecantWords();
  const problem = domainProblem(props.domain);
  const sized = width > 0 && height > 0;
  const measured = fixedWidth === undefined ? parentRef : null;
  const own = useCallback(
    (element: HTMLDivElement | null) => {
      measured?.(element);
      // Every picture warns (once per page, in development) when the stylesheet is missing,
      // also when it is used without an explorer around it.
      if (element) checkStylesheet(element);
    },
    [measured],
  );
  const merged = useMergedRef(own, ref);

  return (
    <div
      {...pickRootProps(props)}
      ref={merged}
      className={classNames("slopes", "slopes-plane", props.className)}
      data-theme={props.theme ?? props["data-theme"]}
    >
      {pending ? (
        // Measured as it attaches, in this same commit: never painted, but it holds the
        // picture's height so that the page around it is laid out as it will be.
        <div style={fixedHeight === undefined ? { aspectRatio: 1 / aspectRatio } : { height }} />
      ) : problem || !sized ? (
        <p className="slopes-message" role="alert">
          {problem ? planeProblemText(problem, locale) : locale.labels.planeProblemSize}
        </p>
      ) : (
        <PlaneSvg {...props} width={width} height={height} />
      )}
    </div>
  );
});

function PlaneSvg(props: PlaneProps & { width: number; height: number }) {
  const { width, height, grid = true, axes = true } = props;
  const margin = { ...DEFAULT_MARGIN, ...props.margin };
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const id = useId();
  const clipId = `slopes-clip-${id.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const descriptionId = `${clipId}-desc`;
  const svgRef = useRef<SVGSVGElement>(null);
  const { labels } = useSecantWords();

  const { domain: givenDomain, keepAspect } = props;
  const domain = useMemo(
    () => (keepAspect ? fitAspect(givenDomain, innerWidth, innerHeight) : givenDomain),
    [givenDomain, keepAspect, innerWidth, innerHeight],
  );
  const xScale = useMemo(() => linearScale(domain.x, [0, innerWidth]), [domain, innerWidth]);
  const yScale = useMemo(() => linearScale(domain.y, [innerHeight, 0]), [domain, innerHeight]);

  const toMath = useCallback(
    (clientX: number, clientY: number): Vec2 | null => {
      const svg = svgRef.current;
      if (!svg) return null;
      let px: number;
      let py: number;
      const matrix = typeof svg.getScreenCTM === "function" ? svg.getScreenCTM() : null;
      if (matrix) {
        const local = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
        px = local.x;
        py = local.y;
      } else {
        const rect = svg.getBoundingClientRect();
        px = clientX - rect.left;
        py = clientY - rect.top;
      }
      const x = xScale.invert(px - margin.left);
      const y = yScale.invert(py - margin.top);
      return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
    },
    [xScale, yScale, margin.left, margin.top],
  );

  const toPixel = useCallback(
    (point: Vec2): Vec2 | null => {
      const px = xScale(point[0]);
      const py = yScale(point[1]);
      if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
      // Far outside the window, keep numbers small enough for every SVG renderer.
      const limit = 1e6;
      return [Math.max(-limit, Math.min(limit, px)), Math.max(-limit, Math.min(limit, py))];
    },
    [xScale, yScale],
  );

  const context = useMemo<PlaneContextValue>(
    () => ({
      domain,
      xScale,
      yScale,
      width: innerWidth,
      height: innerHeight,
      clipPath: `url(#${clipId})`,
      toMath,
      toPixel,
    }),
    [domain, xScale, yScale, innerWidth, innerHeight, clipId, toMath, toPixel],
  );

  return (
    <svg
      ref={svgRef}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={props.title ?? labels.planeLabel}
      aria-describedby={props.description ? descriptionId : undefined}
    >
      {props.description ? <desc id={descriptionId}>{props.description}</desc> : null}
      <defs>
        <clipPath id={clipId}>
          <rect x={0} y={0} width={innerWidth} height={innerHeight} />
        </clipPath>
      </defs>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <PlaneContext.Provider value={context}>
          <PlaneAxes
            grid={grid}
            axes={axes}
            xLabel={props.xLabel}
            yLabel={props.yLabel}
            xTickFormat={props.xTickFormat}
            yTickFormat={props.yTickFormat}
            placement={props.axisPlacement}
          />
          {props.children}
        </PlaneContext.Provider>
      </g>
    </svg>
  );
}
