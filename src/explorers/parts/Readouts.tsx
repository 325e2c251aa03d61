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
  /**
   * The value is one number (at most 17 characters, as `formatSignificant` writes them): it gets
   * a box of fixed height (one line, two for a long number such as −2.4691358 × 10⁻¹²) that is
   * laid out on its own, so a value that changes on every frame of a drag does not make the
   * browser lay out the rest of the page again.
   */
  numeric?: boolean | undefined;
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
            <dd
              className={item.numeric ? "slopes-readout-number" : undefined}
              data-lines={item.numeric ? lines(item.value) : undefined}
            >
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="slopes-visually-hidden" role="status" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}

/** Lines reserved for a numeric value: two once it is long enough to wrap in a narrow column. */
function lines(value: ReactNode): 1 | 2 {
  return typeof value === "string" && value.length > LONG_NUMBER ? 2 : 1;
}
const LONG_NUMBER = 11;
