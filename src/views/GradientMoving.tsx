"use client";
import { memo } from "react";
import { useLive } from "../hooks/live";
import type { GradientSource } from "../hooks/useGradientField";
import { useGradientWords } from "../hooks/useLocale";
import type { ProbeState } from "../models/gradientProbe";
import { DescentTrail } from "./DescentTrail";
import { ProbeMarks } from "./GradientProbeMarks";
import { Handle } from "./Handle";
import type { PlaneMargin } from "./Plane";

/** Props of {@link GradientMoving}: the source and what `GradientFieldView` was asked to show. */
export interface GradientMovingProps {
  field: GradientSource;
  showTrajectory: boolean;
  levelLabels: boolean;
  /** The variables' names as written on the axes. */
  axisNames: readonly [string, string];
  margin: PlaneMargin;
  probeStep: number | undefined;
}

const whole = (state: ProbeState) => state;

/**
 * The moving layer of `GradientFieldView`: the descent path, the gradient and descent arrows
 * with their labels, the contour levels placed around them, and the probe's handle. The only
 * part of the map that subscribes to the state at the probe (`field.live`), so a move redraws
 * this layer and leaves the plane, its axes, the heat map, the contours and the arrow field alone.
 */
export const GradientMoving = memo(function GradientMoving(props: GradientMovingProps) {
  const { field, showTrajectory, levelLabels, axisNames, margin } = props;
  const state = useLive(field.live, whole);
  const t = useGradientWords().gradient;
  const [a, b] = field.cost?.variables ?? ["w1", "w2"];
  const trail = state.trajectory;
  return (
    <>
      {showTrajectory ? (
        <DescentTrail
          points={trail.points}
          diverged={trail.diverged}
          label={t.trajectoryName(trail.points.length - 1)}
        />
      ) : null}
      <ProbeMarks
        state={state}
        landscape={field.landscape}
        levelLabels={levelLabels}
        axisNames={axisNames}
        margin={margin}
      />
      <Handle
        value={state.probe}
        axes="xy"
        names={{ x: a, y: b }}
        label={t.probe}
        bounds={field.domain}
        step={props.probeStep}
        valueText={() => state.valueText}
        onValueChange={field.setProbe}
        onChangeEnd={field.endChange}
      />
    </>
  );
});
