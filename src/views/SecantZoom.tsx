"use client";
import { forwardRef, memo, useMemo } from "react";
import { useLive } from "../hooks/live";
import type { SecantLive, SecantSource } from "../hooks/useSecant";
import { useSecantWords } from "../hooks/useLocale";
import { formatSignificant } from "../i18n/formatNumber";
import { sampleCurve } from "../math/sample";
import type { Vec2 } from "../math/vec";
import { clipLine } from "../models/lines";
import type { Domain } from "../models/plane";
import type { SlopeFunction } from "../models/secantFunction";
import { cropToX, zoomSampleWindow, zoomWindow } from "../models/secantZoom";
import { Curve } from "./Curve";
import { Plane } from "./Plane";
import { Point } from "./Point";
import type { RootProps } from "./rootProps";
import { classNames, pickRootProps } from "./rootProps";

/** Props of {@link SecantZoom}. */
export interface SecantZoomProps extends RootProps {
  /** The result of `useSecant` (or the explorer's `useSecantSource`): what to magnify. */
  secant: SecantSource;
  /** Width in pixels. @default 260 */
  width?: number | undefined;
  /** Height in pixels. @default 170 */
  height?: number | undefined;
}

const MARGIN = 6;
const stateOf = (live: SecantLive) => live.state;

/**
 * The zoom's curve, sampled in {@link zoomSampleWindow} (a few times the zoom's window, snapped
 * to a grid) at eight times the pixels (as fine as a window of its own, or finer): a drag resamples only when the zoom leaves that window.
 */
function useZoomCurve(
  fn: SlopeFunction | null,
  zoom: Domain | null,
  inner: readonly [number, number],
): Vec2[][] {
  const window = zoom ? zoomSampleWindow(zoom) : null;
  const [x0, x1] = window?.x ?? [0, 0];
  const [y0, y1] = window?.y ?? [0, 0];
  const [w, h] = inner;
  const some = window !== null;
  const sampled = useMemo(
    () =>
      fn && some
        ? sampleCurve(fn.f, [x0, x1], { size: [8 * w, 8 * h], yDomain: [y0, y1], cost: fn.cost })
        : [],
    [fn, some, x0, x1, y0, y1, w, h],
  );
  // Drawn across the zoom's own window only (a linear pass, no evaluation of f).
  const [z0, z1] = zoom?.x ?? [0, 0];
  return useMemo(() => cropToX(sampled, [z0, z1]), [sampled, z0, z1]);
}

/**
 * A magnifier on the secant: the curve, the tangent and the secant around the point, in a window
 * that narrows with h (equal units, see `zoomWindow`), so the secant's second point never sinks
 * into the handle and the angle between the two lines can be watched closing down to h = 10⁻¹².
 * Its caption says how much narrower than the picture its window is.
 */
export const SecantZoom = memo(
  forwardRef<HTMLElement, SecantZoomProps>(function SecantZoom(props, ref) {
    const { secant, width = 260, height = 170 } = props;
    const { fn, domain } = secant;
    const state = useLive(secant.live, stateOf);
    const { labels: words, code } = useSecantWords();
    const inner: [number, number] = [width - 2 * MARGIN, height - 2 * MARGIN];
    const [a, b] = state.secantPoints;
    const zoom = useMemo(
      () => zoomWindow([a, b], domain, inner),
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the numbers stand for the arrays
      [a[0], a[1], b[0], b[1], domain, inner[0], inner[1]],
    );
    const curve = useZoomCurve(fn, zoom?.domain ?? null, inner);
    const tangent =
      zoom && state.slopeDefined ? clipLine(state.point, state.exactSlope, zoom.domain) : null;
    const secantLine = zoom ? clipLine(a, state.secantSlope, zoom.domain) : null;
    const times = zoom ? formatSignificant(zoom.magnification, { digits: 2, locale: code }) : null;
    return (
      <figure
        {...pickRootProps(props)}
        ref={ref}
        className={classNames("slopes-zoom", props.className)}
      >
        {zoom ? (
          <Plane
            domain={zoom.domain}
            width={width}
            height={height}
            margin={{ top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN }}
            grid={false}
            axes={false}
            title={words.zoomTitle}
            description={words.zoomDescription}
          >
            <Curve segments={curve} className="slopes-zoom-curve" />
            {tangent ? (
              <Curve
                segments={[tangent]}
                color="var(--slopes-tangent)"
                className="slopes-tangent"
              />
            ) : null}
            {secantLine ? (
              <Curve
                segments={[secantLine]}
                color="var(--slopes-secant)"
                dash="7 4"
                className="slopes-secant"
              />
            ) : null}
            {state.method === "central" ? (
              <Point
                at={a}
                radius={5}
                color="var(--slopes-secant)"
                className="slopes-zoom-second"
              />
            ) : null}
            <Point at={b} radius={5} color="var(--slopes-secant)" className="slopes-zoom-second" />
            <Point
              at={state.point}
              radius={6}
              color="var(--slopes-handle-fill)"
              className="slopes-zoom-point"
            />
          </Plane>
        ) : (
          <p className="slopes-zoom-empty">{words.zoomNothing}</p>
        )}
        <figcaption>
          {zoom && zoom.magnification >= 1.05 && times
            ? words.zoomCaption(times)
            : words.zoomSameScale}
        </figcaption>
      </figure>
    );
  }),
);
