"use client";
import type { FormEvent, ReactNode } from "react";
import { useId, useState } from "react";
import { defaultTolerance, isCloseEnough, readAnswerIn } from "./answer";
import { useLessonLanguage } from "./LessonLabels";

/** The expected numeric answer of an exercise. */
export interface ExerciseAnswerSpec {
  /** The right value, computed with the engine by the author (never typed by hand). */
  value: number;
  /** Largest accepted distance from `value`. @default 10⁻⁶ × max(1, |value|) */
  tolerance?: number | undefined;
  /** Label of the field, e.g. "h′(1) =". @default "Your answer" */
  label?: ReactNode;
}

/** What a reader's check of an answer gave. */
export interface ExerciseCheck {
  /** The text the reader typed. */
  text: string;
  /** The number read from it, or undefined when it is not a number. */
  value: number | undefined;
  /** True when the value is within the tolerance of the answer. */
  correct: boolean;
}

type Verdict =
  | { kind: "none" }
  | { kind: "nan" }
  | { kind: "ambiguous"; text: string; grouped: number; decimal: number }
  | { kind: "correct" | "wrong"; given: number };

interface ExerciseAnswerProps {
  answer: ExerciseAnswerSpec;
  onCheck?: ((check: ExerciseCheck) => void) | undefined;
}

/** The answer field of an exercise: type a number, check it, hear the verdict politely. */
export function ExerciseAnswer({ answer, onCheck }: ExerciseAnswerProps) {
  const { labels, format, code } = useLessonLanguage();
  const [text, setText] = useState("");
  const [verdict, setVerdict] = useState<Verdict>({ kind: "none" });
  const inputId = useId();
  const feedbackId = useId();
  const tolerance = answer.tolerance ?? defaultTolerance(answer.value);

  const check = (event: FormEvent) => {
    event.preventDefault();
    // Read by the lesson's language: 24,000 is 24000 in English and 24 in French.
    const reading = readAnswerIn(text, code);
    const value = reading.kind === "number" ? reading.value : undefined;
    const correct = value !== undefined && isCloseEnough(value, answer.value, tolerance);
    setVerdict(
      reading.kind === "ambiguous"
        ? {
            kind: "ambiguous",
            text: text.trim(),
            grouped: reading.grouped,
            decimal: reading.decimal,
          }
        : value === undefined
          ? { kind: "nan" }
          : { kind: correct ? "correct" : "wrong", given: value },
    );
    onCheck?.({ text, value, correct });
  };

  const feedback =
    verdict.kind === "correct"
      ? labels.answerCorrect(format(answer.value))
      : verdict.kind === "wrong"
        ? labels.answerWrong(format(verdict.given))
        : verdict.kind === "nan"
          ? labels.answerNotANumber
          : verdict.kind === "ambiguous"
            ? labels.answerAmbiguous(
                verdict.text,
                format(verdict.grouped, { maximumFractionDigits: 20 }),
                format(verdict.decimal, { maximumFractionDigits: 20 }),
              )
            : "";

  return (
    <form className="slopes-exercise-answer" onSubmit={check} noValidate>
      <label htmlFor={inputId} className="slopes-exercise-answer-label">
        {answer.label ?? labels.answerLabel}
      </label>
      <input
        id={inputId}
        type="text"
        // No inputMode="decimal": phone keypads for it often lack the minus sign.
        autoComplete="off"
        spellCheck={false}
        className="slopes-exercise-input"
        value={text}
        aria-invalid={verdict.kind === "none" || verdict.kind === "correct" ? undefined : true}
        aria-describedby={feedbackId}
        onChange={(event) => {
          setText(event.target.value);
          if (verdict.kind !== "none") setVerdict({ kind: "none" });
        }}
      />
      <button type="submit" className="slopes-button">
        {labels.checkAnswer}
      </button>
      <p
        id={feedbackId}
        role="status"
        className="slopes-exercise-feedback"
        data-result={verdict.kind === "none" ? undefined : verdict.kind}
      >
        {feedback}
      </p>
    </form>
  );
}
