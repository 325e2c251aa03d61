"use client";
import { useId } from "react";
import { useLessonLanguage } from "./LessonLabels";
import type { QuizOption, QuizQuestion, QuizQuestionResult } from "./quizResults";
import { isMultiple } from "./quizResults";

interface QuizItemProps {
  question: QuizQuestion;
  /** 1-based position and count, for "Question 2 of 5". */
  position: number;
  total: number;
  selected: readonly string[];
  /** The last check, while the choice has not changed since. */
  result: QuizQuestionResult | undefined;
  /**
   * The check shows the right answers and every option's feedback (right, or out of tries);
   * otherwise only the chosen options are marked, so the reader can try again.
   */
  reveal: boolean;
  /** Polite message of this question (verdict, or "choose first"). */
  message: string;
  onSelect: (selected: string[]) => void;
  onCheck: () => void;
}

type Mark = "right" | "wrong" | "missed" | "answer" | undefined;

/** One question of a quiz: a fieldset of native radio buttons or checkboxes, and its check. */
export function QuizItem(props: QuizItemProps) {
  const { question, position, total, selected, result, reveal, message, onSelect, onCheck } = props;
  const { labels, format } = useLessonLanguage();
  const multiple = isMultiple(question);
  const baseId = useId();
  const hintId = `${baseId}-hint`;

  const markOf = (option: QuizOption): Mark => {
    if (!result) return undefined;
    const chosen = result.selected.includes(option.id);
    if (chosen) return option.correct ? "right" : "wrong";
    if (!option.correct || !reveal) return undefined;
    return multiple ? "missed" : "answer";
  };
  const markText: Record<Exclude<Mark, undefined>, string> = {
    right: labels.optionRight,
    wrong: labels.optionWrong,
    missed: labels.optionMissed,
    answer: labels.optionAnswer,
  };

  return (
    <fieldset
      className="slopes-quiz-question"
      aria-describedby={hintId}
      data-result={result ? (result.correct ? "correct" : reveal ? "wrong" : "retry") : undefined}
    >
      <legend>
        <span className="slopes-quiz-number">
          {labels.question(format(position), format(total))}
        </span>{" "}
        <span className="slopes-quiz-prompt">{question.prompt}</span>
      </legend>
      <p id={hintId} className="slopes-quiz-hint">
        {multiple ? labels.chooseSeveral : labels.chooseOne}
      </p>
      <ul className="slopes-quiz-options">
        {question.options.map((option) => {
          const inputId = `${baseId}-${option.id}`;
          const feedbackId = `${inputId}-feedback`;
          const mark = markOf(option);
          const showFeedback =
            result !== undefined && (mark !== undefined || (reveal && option.feedback));
          const checked = selected.includes(option.id);
          return (
            <li key={option.id} className="slopes-quiz-option" data-mark={mark}>
              <input
                id={inputId}
                type={multiple ? "checkbox" : "radio"}
                name={multiple ? undefined : baseId}
                value={option.id}
                checked={checked}
                aria-describedby={showFeedback ? feedbackId : undefined}
                onChange={(event) => {
                  const on = event.target.checked;
                  onSelect(
                    multiple
                      ? on
                        ? [...selected, option.id]
                        : selected.filter((id) => id !== option.id)
                      : [option.id],
                  );
                }}
              />
              <label htmlFor={inputId}>{option.label}</label>
              {showFeedback && (
                <p id={feedbackId} className="slopes-quiz-feedback">
                  {mark !== undefined && (
                    <strong className="slopes-quiz-mark">
                      <span aria-hidden="true">{mark === "wrong" ? "✗ " : "✓ "}</span>
                      {markText[mark]}
                    </strong>
                  )}
                  {mark !== undefined && option.feedback ? labels.markSeparator : ""}
                  {option.feedback}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div className="slopes-quiz-actions">
        <button type="button" className="slopes-button" onClick={onCheck}>
          {labels.checkQuestion}
        </button>
        <p role="status" className="slopes-quiz-status">
          {message}
        </p>
      </div>
    </fieldset>
  );
}
