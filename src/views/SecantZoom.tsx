"use client";
import { forwardRef, memo, useMemo } from "react";
import { useLive } from "../hooks/live";
import type { SecantLive, SecantSource } from "../hooks/useSecant";
import { useSecantWords } from "../hooks/useLocale";
import { formatSignificant } from "../i18n/formatNumber";
import { sampleCurve } from "../math/sample";
import { clipLine } from "../models/lines";
import type { Domain } from "../models/plane";
import type { SlopeFunction } from "../models/secantFunction";
import { finiteRuns } from "../models/polyline";
import { zoomSampleWindow, zoomWindow } from "../models/secantZoom";
import { Curve } from "./Curve";
import { Plane } from "./Plane";
import { usePlane } from "./PlaneContext";
import { polylinePath } from "./pixels";
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

/** The zoom's curve in its sample window, as paths in a frame of {@link FRAME} × FRAME units. */
interface ZoomCurvePaths {
  window: Domain;
  paths: string[];
}

/**
 * Side of the frame the zoom's curve is written in: the sample window maps onto it, and one
 * transform maps it onto the zoom. Large enough that the path's 3 decimals stay far below a
 * pixel once scaled (the zoom is at least a sixth of the window: 1/1000 unit is ≤ 0.01 px).
 */
const FRAME = 4096;

/**
 * The zoom's curve, sampled in {@link zoomSampleWindow} (three to six times the zoom's window,
 * snapped to a grid) at eight times the pixels, and written once as paths in the window's own
 * frame. A drag changes only the transform that maps that frame onto the zoom (`ZoomCurve`);
 * it samples and writes the curve again only when the zoom leaves the window, so the browser
 * does not parse and measure a new path of hundreds of points on every move.
 */
function useZoomCurve(
  fn: SlopeFunction | null,
  zoom: Domain | null,
  inner: readonly [number, number],
): ZoomCurvePaths | null {
  const window = zoom ? zoomSampleWindow(zoom) : null;
  const [x0, x1] = window?.x ?? [0, 0];
  const [y0, y1] = window?.y ?? [0, 0];
  const [w, h] = inner;
  const some = window !== null;
  return useMemo(() => {
    if (!fn || !some) return null;
    const sampled = sampleCurve(fn.f, [x0, x1], {
      size: [8 * w, 8 * h],
      yDomain: [y0, y1],
      cost: fn.cost,
    });
    const u = FRAME / (x1 - x0);
    const v = FRAME / (y1 - y0);
    const paths = finiteRuns(sampled).map((run) =>
      polylinePath(run.map(([x, y]) => [(x - x0) * u, (y1 - y) * v] as const)),
    );
    return { window: { x: [x0, x1], y: [y0, y1] }, paths };
  }, [fn, some, x0, x1, y0, y1, w, h]);
}

/**
 * The zoom's curve inside its `Plane`: the paths of {@link useZoomCurve}, placed by one
 * `matrix()` from the sample window's frame to the plane's pixels (the stroke keeps its width).
 */
const ZoomCurve = memo(function ZoomCurve({ curve }: { curve: ZoomCurvePaths }) {
  const { xScale, yScale, clipPath } = usePlane();
  const { x, y } = curve.window;
  const left = xScale(x[0]);
  const top = yScale(y[1]);
  const a = (xScale(x[1]) - left) / FRAME;
  const d = (yScale(y[0]) - top) / FRAME;
  if (![left, top, a, d].every(Number.isFinite)) return null;
  return (
    <g className="slopes-curve-group slopes-zoom-curve" clipPath={clipPath} aria-hidden>
      <g transform={`matrix(${a} 0 0 ${d} ${left} ${top})`}>
        {curve.paths.map((path, index) => (
          <path
            key={index}
            className="visx-linepath slopes-curve"
            d={path}
            fill="none"
            strokeLinecap="round"
            stroke="currentColor"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </g>
    </g>
  );
});

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
            {curve ? <ZoomCurve curve={curve} /> : null}
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
