"use client";
import { forwardRef, memo, useMemo } from "react";
import type { Vec2 } from "../math/vec";
import { useSecantWords } from "../hooks/useLocale";
import { Curve } from "./Curve";
import { Plane } from "./Plane";
import { Point } from "./Point";
import type { RootProps } from "./rootProps";
import { classNames, pickRootProps } from "./rootProps";

/** Props of {@link ErrorInset}. */
export interface ErrorInsetProps extends RootProps {
  /** Error of the secant slope for each h (from `useSecant`). */
  errors: readonly { readonly h: number; readonly error: number }[];
  /** The current h, marked on the curve. */
  h: number;
  /** Width in pixels. @default 260 */
  width?: number | undefined;
  /** Height in pixels. @default 170 */
  height?: number | undefined;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
function powerOfTen(exponent: number): string {
  const digits = String(Math.round(Math.abs(exponent))).replace(
    /[0-9]/g,
    (d) => SUPERSCRIPT[Number(d)] ?? d,
  );
  return `10${exponent < 0 ? "⁻" : ""}${digits}`;
}

/**
 * The error of the secant slope against h on log–log axes: it falls with h, then climbs again
 * below about 10⁻⁸ when floating-point rounding takes over. Zero errors (exact at some h) are
 * drawn at the floor, 10⁻¹⁶.
 */
export const ErrorInset = memo(
  forwardRef<HTMLElement, ErrorInsetProps>(function ErrorInset(props, ref) {
    const { errors, h, width = 260, height = 170 } = props;
    const words = useSecantWords().labels;
    const points = useMemo<Vec2[]>(
      () => errors.map((e) => [Math.log10(e.h), Math.log10(Math.max(e.error, 1e-16))] as const),
      [errors],
    );
    const current = useMemo<Vec2 | null>(() => {
      let best: Vec2 | null = null;
      let distance = Infinity;
      for (const p of points) {
        const d = Math.abs(p[0] - Math.log10(h));
        if (d < distance && Number.isFinite(p[1])) {
          distance = d;
          best = p;
        }
      }
      return best;
    }, [points, h]);
    const top = Math.max(1, ...points.map((p) => (Number.isFinite(p[1]) ? Math.ceil(p[1]) : 1)));
    return (
      <figure
        {...pickRootProps(props)}
        ref={ref}
        className={classNames("slopes-inset", props.className)}
      >
        <Plane
          domain={{ x: [-12, 0], y: [-16, top] }}
          width={width}
          height={height}
          margin={{ top: 14, right: 14, bottom: 24, left: 44 }}
          title={words.errorInsetTitle}
          description={words.errorInsetDescription}
          xLabel="h"
          yLabel={words.errorInsetYLabel}
          axisPlacement="edge"
          xTickFormat={powerOfTen}
          yTickFormat={powerOfTen}
        >
          <Curve segments={[points]} color="var(--slopes-accent)" />
          {current ? <Point at={current} radius={5} color="var(--slopes-secant)" /> : null}
        </Plane>
        <figcaption>{words.errorInsetTitle}</figcaption>
      </figure>
    );
  }),
);
