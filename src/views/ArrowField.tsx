"use client";
import { memo } from "react";
import type { FieldArrow } from "../models/gradientLandscape";
import { Arrow } from "./Arrow";

/** Props of {@link ArrowField}. */
export interface ArrowFieldProps {
  /** The arrows, in math coordinates (from `gradientLandscape`). */
  arrows: readonly FieldArrow[];
  /** Accessible name of the field. */
  label?: string | undefined;
}

/** A grid of small gradient arrows (from `gradientLandscape`), memoised: probe moves skip it. */
export const ArrowField = memo(function ArrowField({ arrows, label }: ArrowFieldProps) {
  return (
    <g
      className="slopes-arrow-field"
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      {arrows.map((arrow, index) => (
        <Arrow key={index} from={arrow.from} to={arrow.to} headSize={5} />
      ))}
    </g>
  );
});
