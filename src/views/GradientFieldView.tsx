"use client";
import { forwardRef, useMemo } from "react";
import { useContainerWidth } from "./useContainerWidth";
import type { GradientSource } from "../hooks/useGradientField";
import { useGradientWords } from "../hooks/useLocale";
import { displayVariable } from "../i18n/gradientLabels";
import { ArrowField } from "./ArrowField";
import { ContourMap } from "./ContourMap";
import { GradientMoving } from "./GradientMoving";
import { Heatmap } from "./Heatmap";
import type { PlaneMargin } from "./Plane";
import { Plane } from "./Plane";
import type { RootProps } from "./rootProps";
import { classNames, pickRootProps, useMergedRef } from "./rootProps";

/** Props of {@link GradientFieldView}. */
export interface GradientFieldViewProps extends RootProps {
  /** The result of `useGradientField` (or the explorer's `useGradientSource`): what to draw. */
  field: GradientSource;
  /** Accessible name of the map. @default "Contour map of L = … with a probe, …" */
  title?: string | undefined;
  /** Shade the map by height under the contour lines. @default false */
  showHeatmap?: boolean | undefined;
  /** Draw the arrow field of the gradient. @default false */
  showField?: boolean | undefined;
  /** Draw the descent path from the probe, one dot per step. @default false */
  showTrajectory?: boolean | undefined;
  /** Write the level of each contour line on it. @default true */
  showLevelLabels?: boolean | undefined;
  /** Keyboard step of the probe. @default a round number near 1/100 of each axis */
  probeStep?: number | undefined;
  /** Fixed width in pixels. @default the container's width */
  width?: number | undefined;
  /** Fixed height in pixels. @default what gives one unit the same length on both axes */
  height?: number | undefined;
  /** Pin the colour theme. @default the page's `data-theme`, else the reader's system */
  theme?: "light" | "dark" | undefined;
}

const MARGIN: PlaneMargin = { top: 14, right: 18, bottom: 28, left: 36 };
const DEFAULT_WIDTH = 560;

/**
 * The landscape of a two-variable cost as a contour map (optionally over a heat map), its axes
 * named after the variables, the probe as a 2-D handle (drag it, or use two sliders with the
 * keyboard), the gradient arrow (solid, uphill) and the descent arrow (dashed with an open head,
 * downhill), both starting at the edge of the probe's ring and labelled next to their tips, the
 * contour levels written where they cover none of these, and optionally the arrow field and the
 * descent path. Both axes share one scale, so the gradient meets the contour lines at right
 * angles as it should. The plane, its axes, the heat map, the contours and the arrow field are
 * drawn once per map; a move redraws only the moving layer (`GradientMoving`), which reads
 * `field.live`.
 */
export const GradientFieldView = forwardRef<HTMLDivElement, GradientFieldViewProps>(
  function GradientFieldView(props, ref) {
    const { field: result, showHeatmap = false, showField = false, showTrajectory = false } = props;
    const { landscape, domain } = result;
    const locale = useGradientWords();
    const t = locale.gradient;
    const { ref: parentRef, width, pending } = useContainerWidth(props.width, DEFAULT_WIDTH);
    const ratio = (domain.y[1] - domain.y[0]) / (domain.x[1] - domain.x[0]);
    const inner = Math.max(1, width - MARGIN.left - MARGIN.right);
    const fitted = Math.round(inner * (Number.isFinite(ratio) && ratio > 0 ? ratio : 0.75));
    const height =
      props.height ?? Math.min(fitted, Math.round(width * 1.25)) + MARGIN.top + MARGIN.bottom;
    const [a, b] = result.cost?.variables ?? ["w1", "w2"];
    const axisNames = useMemo(() => [displayVariable(a), displayVariable(b)] as const, [a, b]);
    const merged = useMergedRef(props.width === undefined ? parentRef : null, ref);

    return (
      <div
        {...pickRootProps(props)}
        ref={merged}
        className={classNames("slopes-gradient-map", props.className)}
      >
        {pending ? (
          // Measured as it attaches, in this same commit (never painted): the map's shape.
          <div style={props.height === undefined ? { aspectRatio: width / height } : { height }} />
        ) : (
          <Plane
            domain={domain}
            width={width}
            height={height}
            margin={MARGIN}
            keepAspect
            theme={props.theme}
            title={props.title ?? t.planeLabel(result.cost?.text ?? null)}
            description={t.planeDescription}
            xLabel={axisNames[0]}
            yLabel={axisNames[1]}
          >
            <Heatmap
              cells={landscape.cells}
              bands={landscape.levels.length + 1}
              showHeat={showHeatmap}
            />
            <ContourMap contours={landscape.contours} showLabels={false} />
            {showField ? <ArrowField arrows={landscape.field} label={t.fieldName} /> : null}
            <GradientMoving
              field={result}
              showTrajectory={showTrajectory}
              levelLabels={props.showLevelLabels ?? true}
              axisNames={axisNames}
              margin={MARGIN}
              probeStep={props.probeStep}
            />
          </Plane>
        )}
      </div>
    );
  },
);
