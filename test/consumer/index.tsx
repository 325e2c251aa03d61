// A consumer app: it imports slopes as a package (through node_modules/slopes and the
// package's exports map, so from dist/), and must type-check under strict settings.
import type { ReactElement } from "react";
import { useState } from "react";
import type { HandleProps, PlaneProps, UseMovableResult, Vec2 } from "slopes";
import { Arrow, Curve, Handle, Plane, Tex, useControllableState, useMovable } from "slopes";
import { clamp, niceStep } from "slopes/math";
import "slopes/styles.css";

const domain: PlaneProps["domain"] = { x: [-3, 3], y: [-1, 9] };

export function Parabola(): ReactElement {
  const [x, setX] = useState(1);
  const points: Vec2[] = [-3, -2, -1, 0, 1, 2, 3].map((t) => [t, t * t]);
  const axes: HandleProps["axes"] = "x";
  return (
    <Plane domain={domain} title="y = x²">
      <Curve segments={[points]} />
      <Arrow from={[x, x * x]} to={[x + 1, x * x + 2 * x]} label="tangent" />
      <Handle
        value={[x, x * x]}
        axes={axes}
        label="Point"
        onValueChange={([nx]) => setX(clamp(nx, -3, 3))}
      />
      <Tex tex={`x = ${niceStep(x)}`} />
    </Plane>
  );
}

export function useValue(value?: number): [number, (next: number) => void] {
  return useControllableState(value, 0);
}

export type Movable = UseMovableResult;
export const hook: typeof useMovable = useMovable;
