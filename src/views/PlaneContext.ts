"use client";
import { createContext, useContext } from "react";
import type { LinearScale } from "./linearScale";
import type { Vec2 } from "../math/vec";
import type { Domain } from "../models/plane";

export type { LinearScale };

/** What a `Plane` tells the shapes drawn inside it. */
export interface PlaneContextValue {
  /** The window drawn, after aspect fitting. */
  domain: Domain;
  /** Math x → pixel x inside the plotting area. */
  xScale: LinearScale;
  /** Math y → pixel y inside the plotting area (pointing down). */
  yScale: LinearScale;
  /** Size of the plotting area in CSS pixels. */
  width: number;
  height: number;
  /** `url(#…)` of the clip path that keeps shapes inside the plotting area. */
  clipPath: string;
  /** Client (CSS pixel) coordinates → math coordinates, or `null` before layout. */
  toMath: (clientX: number, clientY: number) => Vec2 | null;
  /** Math coordinates → pixels inside the plotting area, with non-finite values kept out. */
  toPixel: (point: Vec2) => Vec2 | null;
}

export const PlaneContext = createContext<PlaneContextValue | null>(null);

/** The enclosing `Plane`'s scales and helpers; throws a clear error outside a `Plane`. */
export function usePlane(): PlaneContextValue {
  const plane = useContext(PlaneContext);
  if (!plane) {
    throw new Error("slopes: Curve, Handle and Arrow must be drawn inside a <Plane>.");
  }
  return plane;
}
