"use client";
import type { UseBackwardPassResult } from "../hooks/useBackwardPass";
import { useChainWords } from "../hooks/useLocale";
import type { BackwardStep } from "../models/chainText";
import { Tex } from "./Tex";

/** Props of {@link BackwardControls}. */
export interface BackwardControlsProps {
  steps: readonly BackwardStep[];
  /** The progress of the pass, from `useBackwardPass`. */
  pass: UseBackwardPassResult;
  /** Offer the animation ("play") or the step-through control ("step"). */
  control: "play" | "step";
}

/**
 * The controls of the backward pass: a button that plays it, or, under reduced motion, a
 * "Next step" button that reveals one node at a time. The latest step is written out as a
 * formula and spoken politely.
 */
export function BackwardControls({ steps, pass, control }: BackwardControlsProps) {
  const { revealed, done } = pass;
  const { chain: words } = useChainWords();
  const current = revealed > 0 ? steps[revealed - 1] : undefined;
  const status = current
    ? `${words.stepStatus(revealed, steps.length, current.text)} ${current.factorsText}`.trim()
    : words.backwardIdle;
  return (
    <div className="slopes-chain-backward" role="group" aria-label={words.backwardTitle}>
      <div className="slopes-chain-backward-buttons">
        {control === "play" ? (
          <button type="button" className="slopes-button" onClick={pass.play}>
            {done ? words.replay : words.play}
          </button>
        ) : (
          <button
            type="button"
            className="slopes-button"
            aria-disabled={done ? true : undefined}
            onClick={done ? undefined : pass.next}
          >
            {words.nextStep}
          </button>
        )}
        {control === "step" && revealed > 0 ? (
          <button type="button" className="slopes-button" onClick={pass.reset}>
            {words.restart}
          </button>
        ) : null}
        <span className="slopes-chain-backward-count" aria-hidden="true">
          {revealed} / {steps.length}
        </span>
      </div>
      <div className="slopes-chain-backward-step" aria-hidden="true">
        {current ? <Tex tex={current.tex} /> : <span>{words.backwardIdle}</span>}
      </div>
      <p className="slopes-visually-hidden" role="status" aria-live="polite">
        {done && control === "play" ? `${status} ${words.backwardDone}` : status}
      </p>
    </div>
  );
}
