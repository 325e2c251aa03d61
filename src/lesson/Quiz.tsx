"use client";
import type { ReactNode } from "react";
import { useId, useRef, useState } from "react";
import { Heading } from "./Heading";
import { useLessonLanguage } from "./LessonLabels";
import { QuizItem } from "./QuizItem";
import type { QuizQuestion, QuizQuestionResult } from "./quizResults";
import { gradeQuestion, scoreOf } from "./quizResults";

/** Props of {@link Quiz}. */
export interface QuizProps {
  /** The questions, in order. */
  questions: readonly QuizQuestion[];
  /** Heading. @default "Quiz" */
  title?: ReactNode;
  /** Called after each check of a question with its result. */
  onCheck?: ((result: QuizQuestionResult) => void) | undefined;
  /**
   * Called once, when every question has been checked, with the results of those checks in
   * the quiz's order.
   */
  onComplete?: ((results: QuizQuestionResult[]) => void) | undefined;
  className?: string | undefined;
}

/**
 * A multiple-choice quiz: each question a fieldset of native radio buttons (one answer) or
 * checkboxes (several), its own Check button, feedback under every option once checked, a
 * polite verdict, and the score. Changing a choice after a check hides its feedback until the
 * next check, so the feedback always matches what is chosen.
 */
export function Quiz({ questions, title, onCheck, onComplete, className }: QuizProps) {
  const { labels, format } = useLessonLanguage();
  const headingId = useId();
  const [selections, setSelections] = useState<Record<string, string[]>>({});
  const [results, setResults] = useState<Record<string, QuizQuestionResult>>({});
  const [messages, setMessages] = useState<Record<string, string>>({});
  const completed = useRef(false);

  const total = questions.length;
  const checked = questions.flatMap((q) => results[q.id] ?? []);
  const right = scoreOf(checked);

  const select = (question: QuizQuestion, selected: string[]) => {
    setSelections((s) => ({ ...s, [question.id]: selected }));
    setResults(({ [question.id]: _dropped, ...rest }) => rest);
    setMessages((m) => ({ ...m, [question.id]: "" }));
  };

  const check = (question: QuizQuestion) => {
    const selected = selections[question.id] ?? [];
    if (selected.length === 0) {
      setMessages((m) => ({ ...m, [question.id]: labels.chooseFirst }));
      return;
    }
    const result = gradeQuestion(question, selected);
    const next = { ...results, [question.id]: result };
    const all = questions.every((q) => next[q.id] !== undefined);
    const finished = all && !completed.current;
    const nextResults = questions.flatMap((q) => next[q.id] ?? []);
    const verdict = result.correct ? labels.questionCorrect : labels.questionWrong;
    setResults(next);
    setMessages((m) => ({
      ...m,
      [question.id]: finished
        ? `${verdict} ${labels.quizComplete(format(scoreOf(nextResults)), format(total))}`
        : verdict,
    }));
    onCheck?.(result);
    if (finished) {
      completed.current = true;
      onComplete?.(nextResults);
    }
  };

  return (
    <section
      aria-labelledby={headingId}
      className={["slopes", "slopes-quiz", className].filter(Boolean).join(" ")}
    >
      <Heading id={headingId} className="slopes-block-title">
        {title ?? labels.quizTitle}
      </Heading>
      {questions.map((question, index) => (
        <QuizItem
          key={question.id}
          question={question}
          position={index + 1}
          total={total}
          selected={selections[question.id] ?? []}
          result={results[question.id]}
          message={messages[question.id] ?? ""}
          onSelect={(selected) => select(question, selected)}
          onCheck={() => check(question)}
        />
      ))}
      <p className="slopes-quiz-score">
        {labels.score(format(right), format(total))}
        {" · "}
        {labels.checked(format(checked.length), format(total))}
      </p>
    </section>
  );
}
