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
   * Called once, when every question has been checked (answered right, or its answer shown after
   * a second wrong try), with the results of those checks in the quiz's order.
   */
  onComplete?: ((results: QuizQuestionResult[]) => void) | undefined;
  className?: string | undefined;
}

/**
 * A multiple-choice quiz: each question a fieldset of native radio buttons (one answer) or
 * checkboxes (several), its own Check button, a polite verdict, and the score. A first wrong
 * answer is only marked wrong, with the feedback of what was chosen, and the reader tries again;
 * a right answer, or a second wrong one, shows the feedback under every option and marks the
 * right answers. Changing a choice after a check hides its feedback until the next check, so the
 * feedback always matches what is chosen. A question counts as checked once it is right or its
 * answer has been shown.
 */
export function Quiz({ questions, title, onCheck, onComplete, className }: QuizProps) {
  const { labels, format } = useLessonLanguage();
  const headingId = useId();
  const [selections, setSelections] = useState<Record<string, string[]>>({});
  const [results, setResults] = useState<Record<string, QuizQuestionResult>>({});
  const [messages, setMessages] = useState<Record<string, string>>({});
  /** Wrong checks of each question, each of a different choice. */
  const [misses, setMisses] = useState<Record<string, number>>({});
  const completed = useRef(false);

  const total = questions.length;
  const checked = questions.flatMap((q) => settled(results[q.id], misses[q.id]) ?? []);
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
    // Checking the same choice again is not another try.
    const again = results[question.id] !== undefined;
    const missed = (misses[question.id] ?? 0) + (result.correct || again ? 0 : 1);
    const nextMisses = { ...misses, [question.id]: missed };
    const next = { ...results, [question.id]: result };
    const nextResults = questions.flatMap((q) => settled(next[q.id], nextMisses[q.id]) ?? []);
    const finished = nextResults.length === total && !completed.current;
    const verdict = result.correct
      ? labels.questionCorrect
      : revealed(result, missed)
        ? labels.questionWrong
        : labels.questionTryAgain;
    setResults(next);
    setMisses(nextMisses);
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
          reveal={revealed(results[question.id], misses[question.id])}
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

/** Wrong checks after which a question shows its right answers. */
const TRIES = 2;

/** Whether a check shows the right answers: when it is right, or after the last try. */
function revealed(result: QuizQuestionResult | undefined, misses = 0): boolean {
  return result !== undefined && (result.correct || misses >= TRIES);
}

/** The check of a question once it is over (right, or its answer shown), else nothing. */
function settled(
  result: QuizQuestionResult | undefined,
  misses: number | undefined,
): QuizQuestionResult | undefined {
  return revealed(result, misses) ? result : undefined;
}
