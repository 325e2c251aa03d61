import type { ReactNode } from "react";

/** One answer a quiz question offers. */
export interface QuizOption {
  /** Stable id of the option within its question. */
  id: string;
  /** The option's words. */
  label: ReactNode;
  /** True for a right answer. @default false */
  correct?: boolean | undefined;
  /** Why this option is right or wrong, shown once the reader checks the question. */
  feedback?: ReactNode;
}

/** One multiple-choice question. */
export interface QuizQuestion {
  /** Stable id of the question within its quiz. */
  id: string;
  /** The question. */
  prompt: ReactNode;
  /** The options, in the order they show. */
  options: readonly QuizOption[];
  /**
   * Several answers may be chosen (checkboxes) instead of one (radio buttons).
   * @default true when more than one option is correct
   */
  multiple?: boolean | undefined;
}

/** The outcome of one checked question. */
export interface QuizQuestionResult {
  /** The question's id. */
  id: string;
  /** Ids of the options the reader chose, in the question's order. */
  selected: string[];
  /** True when the choice is exactly the set of right options. */
  correct: boolean;
}

/** Whether a question takes several answers. */
export function isMultiple(question: QuizQuestion): boolean {
  return question.multiple ?? question.options.filter((o) => o.correct).length > 1;
}

/** Grades a choice: right when it is exactly the set of correct options. */
export function gradeQuestion(
  question: QuizQuestion,
  selected: readonly string[],
): QuizQuestionResult {
  const chosen = new Set(selected);
  const ordered = question.options.filter((o) => chosen.has(o.id)).map((o) => o.id);
  const correct =
    ordered.length > 0 && question.options.every((o) => Boolean(o.correct) === chosen.has(o.id));
  return { id: question.id, selected: ordered, correct };
}

/** Number of right results. */
export function scoreOf(results: readonly QuizQuestionResult[]): number {
  return results.filter((r) => r.correct).length;
}
