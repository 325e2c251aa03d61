"use client";
import type { ReactNode } from "react";
import { useId, useMemo } from "react";
import { Deeper, Heading } from "./Heading";
import type { ExerciseAnswerSpec, ExerciseCheck } from "./ExerciseAnswer";
import { ExerciseAnswer } from "./ExerciseAnswer";
import { ExerciseSolution } from "./ExerciseSolution";
import { translateProblem } from "../i18n/problems";
import { useLessonLanguage } from "./LessonLabels";
import type { ExerciseDerivation, ExerciseStep } from "./solutionSteps";
import { solutionLines } from "./solutionSteps";

/** Props of {@link Exercise}. */
export interface ExerciseProps {
  /** Number of the exercise, shown as "Exercise 2" before the title. */
  number?: number | undefined;
  /** Title, e.g. "A chain of three". */
  title?: ReactNode;
  /** What to do. */
  statement: ReactNode;
  /** A numeric answer the reader can check (omit it for exercises without one). */
  answer?: ExerciseAnswerSpec | undefined;
  /** Let the engine work out this derivative as the first lines of the solution. */
  derivation?: ExerciseDerivation | undefined;
  /** Authored lines of the solution (after the derivation, if both are given). */
  steps?: readonly ExerciseStep[] | undefined;
  /** Called after each check of the answer. */
  onCheck?: ((check: ExerciseCheck) => void) | undefined;
  /** Called with the number of solution lines shown after each change. */
  onReveal?: ((shown: number) => void) | undefined;
  className?: string | undefined;
}

/**
 * An exercise: its statement, an optional answer field (a number checked with a tolerance, the
 * verdict announced politely; separators read by the lesson's language, so `24,000` is 24000 in
 * English and 24 in French, and `1.234` in French is asked about rather than guessed), and a
 * worked solution revealed one line at a time. The lines come
 * from the engine (`derivation`, through `derivationSteps`), from the author (`steps`), or both.
 * @example
 * <Exercise
 *   number={2}
 *   statement={<p>Differentiate h(x) = (2x + 1)³ and give h′(1).</p>}
 *   answer={{ value: evaluate(differentiate("(2x+1)^3", "x"), { x: 1 }) }}
 *   derivation={{ expr: "(2x+1)^3" }}
 * />
 */
export function Exercise({
  number,
  title,
  statement,
  answer,
  derivation,
  steps,
  onCheck,
  onReveal,
  className,
}: ExerciseProps) {
  const { labels, format, code } = useLessonLanguage();
  const headingId = useId();
  // Keyed by the formula, not the object: an author writing derivation={{ expr: "…" }} inline
  // must not make every render of the page work the derivation out again.
  const expr = derivation?.expr;
  const variable = derivation?.variable;
  const solution = useMemo(
    () => solutionLines(expr === undefined ? undefined : { expr, variable }, steps),
    [expr, variable, steps],
  );
  return (
    <section
      aria-labelledby={headingId}
      className={["slopes", "slopes-exercise", className].filter(Boolean).join(" ")}
    >
      <Heading id={headingId} className="slopes-block-title">
        {number !== undefined && (
          <span className="slopes-exercise-number">{labels.exercise(format(number))}</span>
        )}
        {number !== undefined && title !== undefined && " · "}
        {title}
      </Heading>
      <div className="slopes-exercise-statement">{statement}</div>
      {answer && <ExerciseAnswer answer={answer} onCheck={onCheck} />}
      <Deeper>
        {solution.ok ? (
          solution.lines.length > 0 && (
            <ExerciseSolution lines={solution.lines} onReveal={onReveal} />
          )
        ) : (
          <p className="slopes-message" role="alert">
            {labels.cannotDerive(translateProblem(solution.message, code))}
          </p>
        )}
      </Deeper>
    </section>
  );
}
