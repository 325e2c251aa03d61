"use client";
import { memo, useId } from "react";

/** Props of {@link LogSlider}. */
export interface LogSliderProps {
  label: string;
  value: number;
  /** Smallest and largest values (both positive on the log scale). */
  min: number;
  max: number;
  /** Positions per factor of ten. @default 4 */
  stepsPerDecade?: number | undefined;
  /** Logarithmic (moves by factors) or linear (moves by `step`). @default "log" */
  scale?: "log" | "linear" | undefined;
  /** Step of a linear slider. @default (max − min) / 100 */
  step?: number | undefined;
  onValueChange: (value: number) => void;
  /** Called when the reader lets go of the slider (pointer up, key up). */
  onChangeEnd?: (() => void) | undefined;
  /** How the value is written next to the slider and spoken. */
  format: (value: number) => string;
}

/**
 * A native range input on a logarithmic scale (the thumb moves by factors, 1 → 0.56 → 0.32 …),
 * so the keyboard, touch and screen readers work as for any slider; the value text is the
 * formatted value, not the exponent. Memoised: give it stable callbacks and it re-renders only
 * when its own value changes.
 */
export const LogSlider = memo(function LogSlider(props: LogSliderProps) {
  const { label, value, min, max, stepsPerDecade = 4, onValueChange, onChangeEnd, format } = props;
  const id = useId();
  const linear = props.scale === "linear";
  const lo = linear ? min : Math.log10(min);
  const hi = linear ? max : Math.log10(max);
  const exponent = Math.min(hi, Math.max(lo, linear ? value : Math.log10(value)));
  const text = format(value);
  return (
    <div className="slopes-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={lo}
        max={hi}
        step={linear ? (props.step ?? (max - min) / 100) : 1 / stepsPerDecade}
        value={Number.isFinite(exponent) ? exponent : lo}
        aria-valuetext={text}
        onChange={(event) => {
          const position = Number(event.target.value);
          onValueChange(linear ? position : 10 ** position);
        }}
        onPointerUp={onChangeEnd}
        onKeyUp={onChangeEnd}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
});
