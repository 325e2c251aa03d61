"use client";
import { forwardRef } from "react";
import { useGradientWords } from "../hooks/useLocale";
import { formatNumber } from "../i18n/formatNumber";
import { displayVariable } from "../i18n/gradientLabels";
import type { CrossSection } from "../models/gradientSection";
import { gradientNumber } from "../models/gradientText";
import { Curve } from "./Curve";
import { Plane } from "./Plane";
import { Point } from "./Point";
import type { RootProps } from "./rootProps";
import { classNames, pickRootProps } from "./rootProps";

/** Props of {@link CrossSectionPlot}. */
export interface CrossSectionPlotProps extends RootProps {
  /** A slice through the probe (from `useGradientField`: `state.sections[0]` or `[1]`). */
  section: CrossSection;
  /** Width in pixels. @default 260 */
  width?: number | undefined;
  /** Height in pixels. @default 150 */
  height?: number | undefined;
}

/**
 * A small plot of one slice of the landscape through the probe (the cost along one variable,
 * the other held fixed) with its tangent at the probe: a partial derivative is the slope of a
 * slice. The caption gives that slope.
 */
export const CrossSectionPlot = forwardRef<HTMLElement, CrossSectionPlotProps>(
  function CrossSectionPlot(props, ref) {
    const { section, width = 260, height = 150 } = props;
    const locale = useGradientWords();
    const t = locale.gradient;
    const moving = displayVariable(section.variable);
    const fixed = displayVariable(section.fixedVariable);
    const title = t.sectionTitle(
      moving,
      fixed,
      formatNumber(section.fixedValue, { maximumFractionDigits: 3, locale: locale.code }),
    );
    const slope = t.sectionSlope(moving, gradientNumber(section.slope, locale));
    return (
      <figure
        {...pickRootProps(props)}
        ref={ref}
        className={classNames("slopes-inset", "slopes-gradient-section", props.className)}
        data-axis={section.axis}
      >
        <Plane
          domain={section.domain}
          width={width}
          height={height}
          margin={{ top: 12, right: 12, bottom: 24, left: 40 }}
          title={`${title}; ${slope}`}
          description={t.sectionDescription(moving)}
          xLabel={moving}
          yLabel="L"
          axisPlacement="edge"
        >
          <Curve segments={section.curve} className="slopes-gradient-slice" />
          {section.tangent ? (
            <Curve
              segments={[section.tangent]}
              color="var(--slopes-tangent)"
              className="slopes-gradient-slice-tangent"
            />
          ) : null}
          <Point at={section.point} radius={4.5} color="var(--slopes-handle-fill)" />
        </Plane>
        <figcaption>
          <span>{title}</span>
          <strong>{slope}</strong>
        </figcaption>
      </figure>
    );
  },
);
