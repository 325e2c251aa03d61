"use client";
import type { RefObject } from "react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useGradientWords } from "../hooks/useLocale";
import type { Vec2 } from "../math/vec";
import type { Landscape } from "../models/gradientLandscape";
import { levelLabelCandidates, placeLevelLabels } from "../models/gradientLevelLabels";
import type { Obstacles, PixelBox, Segment } from "../models/gradientPlacement";
import { arrowOutOfProbe, boxAround, fitTips, placeTipLabels } from "../models/gradientPlacement";
import type { ProbeState } from "../models/gradientProbe";
import { gradientNumber } from "../models/gradientText";
import { ArrowShape } from "./Arrow";
import { LevelText } from "./ContourMap";
import type { PlaneMargin } from "./Plane";
import { usePlane } from "./PlaneContext";

/**
 * The arrows start this far from the probe's centre: past its focus ring (radius 12, 3 px
 * stroke) and its halo, which grows to about 17.6 px while the probe is dragged.
 */
const PROBE_CLEARANCE = 19;
/** A shorter vector is drawn this long past the ring (and marked as not to scale). */
const MIN_SHAFT = 22;
/** The probe's box as an obstacle for labels: its ring and its halo. */
const PROBE_BOX = 36;
/** Rough size of the text: arrow labels (14 px) and contour levels (11 px), per character. */
const ARROW_CHAR = 10;
const LEVEL_CHAR = 6.8;

const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/**
 * The boxes of the axes' text (tick numbers and axis names) in the plotting area's pixels,
 * measured once the axes are laid out (again when the plane's size, window or names change).
 */
function useAxisTextBoxes(layer: RefObject<SVGGElement | null>, key: string): PixelBox[] {
  const [boxes, setBoxes] = useState<PixelBox[]>([]);
  // Measured again once the page's fonts have loaded (the numbers may change width).
  const [fonts, setFonts] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) setFonts((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, []);
  useIsomorphicLayoutEffect(() => {
    const g = layer.current;
    const base = g?.getCTM?.()?.inverse();
    const svg = g?.ownerSVGElement;
    if (!g || !base || !svg) return;
    const found: PixelBox[] = [];
    for (const text of svg.querySelectorAll<SVGTextElement>(".slopes-axis text")) {
      const m = text.getCTM?.();
      if (!m) continue;
      const b = text.getBBox();
      const to = base.multiply(m);
      const a = new DOMPoint(b.x, b.y).matrixTransform(to);
      const c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(to);
      found.push({ left: a.x, top: a.y, right: c.x, bottom: c.y });
    }
    setBoxes((old) => (JSON.stringify(old) === JSON.stringify(found) ? old : found));
  }, [key, fonts]);
  return boxes;
}

/** Props of {@link ProbeMarks}. */
export interface ProbeMarksProps {
  /** The state at the probe (what moves). */
  state: ProbeState;
  /** The map (its contours' levels are written where they cover nothing else). */
  landscape: Landscape;
  /** Write the contour levels. */
  levelLabels: boolean;
  /** The axes' names as drawn (a change means the axes' text is measured again). */
  axisNames: readonly [string, string];
  /** The picture's margins around the plotting area: labels may use them. */
  margin: PlaneMargin;
}

/**
 * What moves with the probe, placed so that it reads: ∇L and −∇L out of the probe's ring (a
 * vector too short to see is drawn at a minimum length), their labels next to their tips and
 * clear of each other, of the shafts, of the ticks and of the picture's edge, and the contour
 * levels where they cover none of these.
 */
export function ProbeMarks(props: ProbeMarksProps) {
  const margin = props.margin;
  const { state, landscape } = props;
  const domain = landscape.domain;
  const { toPixel, width, height } = usePlane();
  const locale = useGradientWords();
  const t = locale.gradient;
  const layer = useRef<SVGGElement>(null);
  const key = [width, height, domain.x, domain.y, props.axisNames, locale.code].join(" ");
  const ticks = useAxisTextBoxes(layer, key);
  const candidates = useMemo(
    () =>
      landscape.contours.map((path) => ({
        path,
        points: levelLabelCandidates(path.lines, landscape.domain),
      })),
    [landscape],
  );
  const probe = toPixel(state.probe);
  const ends = (pair: readonly [Vec2, Vec2] | null) => (pair ? toPixel(pair[1]) : null);
  const upEnd = ends(state.arrows.gradient);
  const downEnd = ends(state.arrows.descent);
  // Both tips on the map (the model lets an arrow at the border point off it).
  const [upTip, downTip] =
    probe && upEnd && downEnd
      ? fitTips(probe, [upEnd, downEnd], { left: 3, top: 3, right: width - 3, bottom: height - 3 })
      : [upEnd, downEnd];
  const up = probe && upTip ? arrowOutOfProbe(probe, upTip, PROBE_CLEARANCE, MIN_SHAFT) : null;
  const down =
    probe && downTip ? arrowOutOfProbe(probe, downTip, PROBE_CLEARANCE, MIN_SHAFT) : null;
  const drawn = [
    up && { arrow: up, text: t.gradientArrow },
    down && { arrow: down, text: t.descentArrow },
  ].filter((x) => x !== null);
  const shafts: Segment[] = drawn.map(({ arrow }) => [arrow.tail, arrow.tip]);
  // The heads: 10 px long behind each tip.
  const heads = drawn.map(
    ({
      arrow: {
        tip,
        direction: [ux, uy],
      },
    }) => boxAround([tip[0] - 5 * ux, tip[1] - 5 * uy], 10, 10),
  );
  const probeBox = probe ? [boxAround(probe, PROBE_BOX, PROBE_BOX)] : [];
  // The labels may use the picture's margins, not beyond: the picture's edge cuts them off.
  const edge: PixelBox = {
    left: 2 - margin.left,
    top: 2 - margin.top,
    right: width + margin.right - 2,
    bottom: height + margin.bottom - 2,
  };
  const tipObstacles: Obstacles = { boxes: [...probeBox, ...heads, ...ticks], segments: shafts };
  const tipAt = placeTipLabels(
    drawn.map(({ arrow, text }) => ({ arrow, width: text.length * ARROW_CHAR + 2, height: 15 })),
    edge,
    tipObstacles,
  );
  const tipBoxes = drawn.map(({ text }, k) =>
    boxAround(tipAt[k] as Vec2, text.length * ARROW_CHAR + 2, 15),
  );
  const levelAt = props.levelLabels
    ? placeLevelLabels(
        candidates.map(({ path, points }) => ({
          candidates: points.map(toPixel).filter((p) => p !== null),
          width: path.text.length * LEVEL_CHAR + 2,
          height: 12,
        })),
        { left: 0, top: 0, right: width, bottom: height },
        { boxes: [...tipObstacles.boxes, ...tipBoxes], segments: shafts },
      )
    : [];
  // The true vector, and whether it is drawn longer than to scale.
  const name = (v: Vec2, f: typeof t.gradientArrowName, lengthened: boolean) =>
    [f(gradientNumber(v[0], locale), gradientNumber(v[1], locale)), lengthened ? t.notToScale : ""]
      .filter(Boolean)
      .join(", ");
  return (
    <g ref={layer}>
      <g className="slopes-contour-labels" aria-hidden="true">
        {candidates.map(({ path }, k) => {
          const at = levelAt[k];
          return at ? <LevelText key={path.level} at={at} level={path.level} /> : null;
        })}
      </g>
      {down ? (
        <ArrowShape
          tail={down.tail}
          tip={down.tip}
          lengthened={down.lengthened}
          label={t.descentArrow}
          labelAt={tipAt[drawn.findIndex((d) => d.arrow === down)]}
          name={name(state.descent, t.descentArrowName, down.lengthened)}
          color="var(--slopes-descent)"
          className="slopes-gradient-descent"
        />
      ) : null}
      {up ? (
        <ArrowShape
          tail={up.tail}
          tip={up.tip}
          lengthened={up.lengthened}
          label={t.gradientArrow}
          labelAt={tipAt[0]}
          name={name(state.partials, t.gradientArrowName, up.lengthened)}
          color="var(--slopes-gradient)"
          className="slopes-gradient-ascent"
        />
      ) : null}
    </g>
  );
}
