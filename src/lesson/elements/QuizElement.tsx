"use client";
import { useMemo } from "react";
import { readBoolean } from "../../embed/attributes";
import { Quiz } from "../Quiz";
import type { QuizQuestion } from "../quizResults";
import { LessonElementFrame } from "./LessonElementFrame";
import type { LessonElementProps } from "./LessonElementFrame";
import { childrenTagged, contentOf, Markup } from "./markup";

/** Attributes of `<slopes-quiz>`, and the element it reads its markup from. */
export interface QuizElementProps extends LessonElementProps {
  title?: string;
}

/**
 * The questions of a quiz written in HTML: each `<slopes-question>` (its own markup, less its
 * options, is the prompt) with its `<slopes-option>`s (`correct` marks a right answer,
 * `feedback` says why; `multiple` on the question allows several answers).
 */
export function quizQuestions(host: Element): QuizQuestion[] {
  return childrenTagged(host, "slopes-question").map((question, q) => ({
    id: question.id || `q${q + 1}`,
    prompt: <Markup nodes={contentOf(question, ["slopes-option"])} />,
    multiple: question.hasAttribute("multiple")
      ? readBoolean(question.getAttribute("multiple"))
      : undefined,
    options: childrenTagged(question, "slopes-option").map((option, o) => {
      const feedback = option.getAttribute("feedback");
      return {
        id: option.id || `o${o + 1}`,
        label: <Markup nodes={[...option.childNodes]} />,
        correct: option.hasAttribute("correct") && readBoolean(option.getAttribute("correct")),
        feedback: feedback || undefined,
      };
    }),
  }));
}

/** A quiz written in HTML (see the Embedding guide): the React `Quiz` over its markup. */
export function QuizElement(props: QuizElementProps) {
  const { host, version } = props;
  const questions = useMemo(() => {
    void version; // the markup changed: read it again
    return quizQuestions(host);
  }, [host, version]);
  return (
    <LessonElementFrame {...props}>
      <Quiz questions={questions} title={props.title || undefined} />
    </LessonElementFrame>
  );
}
