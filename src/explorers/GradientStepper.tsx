"use client";
import { useCallback } from "react";
import { useLive } from "../hooks/live";
import type { GradientSource } from "../hooks/useGradientField";
import { useGradientWords } from "../hooks/useLocale";
import type { ProbeState } from "../models/gradientProbe";
import { useSettled } from "../hooks/useSettled";
import { trajectoryText } from "./gradientPanelText";
import { LogSlider } from "./parts/LogSlider";

/** Props of {@link GradientStepper}. */
export interface GradientStepperProps {
  /** The result of `useGradientField` or `useGradientSource` (the stepper follows its `live`). */
  result: GradientSource;
  /** Smallest and largest learning rates of the slider. */
  range: readonly [number, number];
  /** How a learning rate is written. */
  rateText: (rate: number) => string;
  /**
   * Whether the descent path is drawn. While it is hidden, nothing is said about it (no
   * sentence on how it ends, nothing announced). @default false
   */
  showTrajectory?: boolean | undefined;
}

/**
 * The learning-rate slider (log scale), the "Take one step" button (w ← w − η∇L; disabled with
 * the reason when a step is not possible) and how the descent path from the probe ends,
 * including a divergence, announced politely once it settles. A hidden path is not talked about.
 * It subscribes to the state at the probe: a move re-renders it, not the explorer.
 */
export function GradientStepper({
  result,
  range,
  rateText,
  showTrajectory = false,
}: GradientStepperProps) {
  const state = useLive(result.live, whole);
  const locale = useGradientWords();
  const t = locale.gradient;
  const rate = rateText(state.learningRate);
  const format = useCallback((eta: number) => t.learningRateText(rateText(eta)), [t, rateText]);
  const status = showTrajectory ? trajectoryText(state, rate, locale) : null;
  const settled = useSettled(status !== null && state.trajectory.diverged ? status : "", 900);
  // Hiding the path silences it at once, not after the quiet time.
  const spoken = status === null ? "" : settled;
  const reason =
    state.stepProblem === "outside"
      ? t.stepOutside
      : state.stepProblem === "undefined"
        ? t.stepUndefined
        : state.stepProblem === "flat"
          ? t.stepFlat
          : null;
  return (
    <div className="slopes-gradient-stepper">
      <LogSlider
        label={t.learningRate}
        value={state.learningRate}
        min={range[0]}
        max={range[1]}
        onValueChange={result.setLearningRate}
        onChangeEnd={result.endChange}
        format={format}
      />
      <div className="slopes-gradient-step-row">
        <button
          type="button"
          className="slopes-button"
          aria-disabled={reason ? true : undefined}
          onClick={() => {
            if (!reason) result.step();
          }}
        >
          {t.takeStep}
        </button>
        {reason ? <span className="slopes-gradient-step-reason">{reason}</span> : null}
      </div>
      {status === null ? null : (
        <p className="slopes-gradient-status" data-status={state.trajectory.status}>
          {status}
        </p>
      )}
      <span className="slopes-visually-hidden" role="status" aria-live="polite">
        {spoken}
      </span>
    </div>
  );
}

const whole = (state: ProbeState) => state;
