"use client";
import type { ReactElement } from "react";
import { memo, useId } from "react";

/** Props of {@link Choice}. */
export interface ChoiceProps<T extends string> {
  /** The question, e.g. "Difference". */
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onValueChange: (value: T) => void;
}

function ChoiceImpl<T extends string>({ legend, value, options, onValueChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="slopes-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="slopes-choice-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onValueChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A set of native radio buttons drawn as a segmented control: arrows move, Space picks.
 * Memoised: a drag elsewhere in the widget does not touch its inputs.
 */
export const Choice: <T extends string>(props: ChoiceProps<T>) => ReactElement = memo(
  ChoiceImpl,
) as typeof ChoiceImpl;
