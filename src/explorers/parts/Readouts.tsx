"use client";
import type { ReactNode } from "react";
import { useSettled } from "../../hooks/useSettled";

/** One line of a readout panel. */
export interface ReadoutItem {
  /** Stable key and accessible term. */
  id: string;
  label: ReactNode;
  value: ReactNode;
  /** Colour hint matching the picture (CSS colour or custom property). */
  color?: string | undefined;
}

/** Props of {@link Readouts}. */
export interface ReadoutsProps {
  /** Accessible name of the panel. */
  label: string;
  items: readonly ReadoutItem[];
  /** One sentence for screen readers, spoken politely once it stops changing. */
  announcement?: string | undefined;
}

/**
 * The live numbers of a widget as a definition list, plus a polite live region that speaks a
 * summary when the values settle (not on every frame of a drag).
 */
export function Readouts({ label, items, announcement }: ReadoutsProps) {
  const spoken = useSettled(announcement ?? "", 800);
  return (
    <div className="slopes-readouts" role="group" aria-label={label}>
      <dl>
        {items.map((item) => (
          <div
            key={item.id}
            className="slopes-readout"
            style={item.color ? { borderColor: item.color } : undefined}
          >
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="slopes-visually-hidden" role="status" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
