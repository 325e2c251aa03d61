"use client";
import { memo, useId } from "react";

/** One switch of a {@link Toggles} group. */
export interface ToggleItem {
  /** Stable key. */
  id: string;
  /** Visible text, also the checkbox's accessible name. */
  label: string;
  checked: boolean;
  /** Called with the new state when the reader flips the switch. */
  onCheckedChange: (checked: boolean) => void;
}

/** Props of {@link Toggles}. */
export interface TogglesProps {
  /** What the switches are about, e.g. "Show". */
  legend: string;
  items: readonly ToggleItem[];
}

/**
 * A row of native checkboxes drawn as pill buttons, for what a picture shows (arrow field,
 * path, heat map): Tab reaches each, Space flips it, screen readers hear "checkbox, checked".
 * Memoised: pass a memoised `items` and a drag elsewhere leaves the checkboxes alone.
 */
export const Toggles = memo(function Toggles({ legend, items }: TogglesProps) {
  const id = useId();
  return (
    <fieldset className="slopes-toggles">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.id} className="slopes-toggle" htmlFor={`${id}-${item.id}`}>
          <input
            id={`${id}-${item.id}`}
            type="checkbox"
            checked={item.checked}
            onChange={(event) => item.onCheckedChange(event.target.checked)}
          />
          <span>{item.label}</span>
        </label>
      ))}
    </fieldset>
  );
});
