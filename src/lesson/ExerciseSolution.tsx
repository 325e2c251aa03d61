"use client";
import type { CSSProperties } from "react";
import { useId, useState } from "react";
import { Tex } from "../views/Tex";
import { Heading } from "./Heading";
import { useLessonLanguage } from "./LessonLabels";
import type { SolutionLine } from "./solutionSteps";

interface ExerciseSolutionProps {
  lines: readonly SolutionLine[];
  /** Called with the number of lines shown after each change. */
  onReveal?: ((shown: number) => void) | undefined;
}

/**
 * A worked solution revealed one line at a time. The two buttons stay in place (the first is
 * only marked unavailable once every line shows), so keyboard focus never gets lost; each
 * change is announced politely.
 */
export function ExerciseSolution({ lines, onReveal }: ExerciseSolutionProps) {
  const { labels, format } = useLessonLanguage();
  const [shown, setShown] = useState(0);
  const headingId = useId();
  const listId = useId();
  const total = lines.length;
  const all = shown >= total;

  const [message, setMessage] = useState("");

  const show = (count: number, how: "step" | "all") => {
    const next = Math.max(0, Math.min(total, count));
    const line = lines[next - 1];
    const words = line?.rule
      ? `${labels.rules[line.rule]}.`
      : typeof line?.text === "string"
        ? line.text
        : "";
    setShown(next);
    setMessage(
      next === 0
        ? labels.solutionHidden
        : how === "all"
          ? labels.solutionShown(format(total))
          : [labels.stepShown(format(next), format(total)), words].filter(Boolean).join(" "),
    );
    onReveal?.(next);
  };

  return (
    <div className="slopes-exercise-solution" aria-labelledby={headingId} role="group">
      <Heading id={headingId} className="slopes-block-subtitle">
        {labels.solution}
      </Heading>
      <div className="slopes-exercise-controls">
        <button
          type="button"
          className="slopes-button"
          aria-controls={listId}
          aria-disabled={all ? true : undefined}
          onClick={() => {
            if (!all) show(shown + 1, "step");
          }}
        >
          {labels.showNextStep}
        </button>
        <button
          type="button"
          className="slopes-button"
          aria-controls={listId}
          onClick={() => show(all ? 0 : total, "all")}
        >
          {all ? labels.hideSolution : labels.showWholeSolution}
        </button>
      </div>
      <ol id={listId} className="slopes-exercise-steps" hidden={shown === 0}>
        {lines.slice(0, shown).map((line, index) => (
          <li
            // Lines only ever append or truncate: the position is their identity.
            key={index}
            className="slopes-exercise-step"
            style={{ "--slopes-step-depth": line.depth } as CSSProperties}
          >
            {line.rule && (
              <p className="slopes-exercise-rule">
                <strong>{labels.rules[line.rule]}</strong>
                {line.chain && (
                  <>
                    {" "}
                    ({labels.chainOuter}{" "}
                    <Tex tex={`${line.chain.outer} \\mapsto ${line.chain.outerDerivative}`} />,{" "}
                    {labels.chainInner} <Tex tex={`u = ${line.chain.inner}`} />)
                  </>
                )}
              </p>
            )}
            {line.text !== undefined && <div className="slopes-exercise-text">{line.text}</div>}
            {line.tex !== undefined && <Tex tex={line.tex} display />}
          </li>
        ))}
      </ol>
      <p role="status" className="slopes-visually-hidden">
        {message}
      </p>
    </div>
  );
}
