"use client";
import { useMemo } from "react";
import { differentiate } from "../../math/differentiate";
import { evaluate } from "../../math/evaluate";
import { readNumber } from "../../embed/attributes";
import { Exercise } from "../Exercise";
import type { ExerciseAnswerSpec } from "../ExerciseAnswer";
import type { ExerciseDerivation, ExerciseStep } from "../solutionSteps";
import { LessonElementFrame } from "./LessonElementFrame";
import type { LessonElementProps } from "./LessonElementFrame";
import { childrenTagged, contentOf, hasContent, Markup } from "./markup";

/** Attributes of `<slopes-exercise>`, and the element it reads its markup from. */
export interface ExerciseElementProps extends LessonElementProps {
  number?: string;
  title?: string;
}

/**
 * The value of `<slopes-answer>`: its `value`, or the engine's derivative of `derivative-of`
 * (in `variable`, default x) at `at`. Undefined when neither can be read.
 */
export function answerValue(answer: Element): number | undefined {
  const given = readNumber(answer.getAttribute("value"));
  if (given !== undefined) return given;
  const formula = answer.getAttribute("derivative-of");
  const at = readNumber(answer.getAttribute("at"));
  if (!formula || at === undefined) return undefined;
  const variable = answer.getAttribute("variable") || "x";
  try {
    const value = evaluate(differentiate(formula, variable), { [variable]: at });
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const STRUCTURE = ["slopes-answer", "slopes-solution"];

/** An exercise written in HTML (see the Embedding guide): the React `Exercise` over its markup. */
export function ExerciseElement(props: ExerciseElementProps) {
  const { host, version } = props;
  const parts = useMemo(() => {
    void version; // the markup changed: read it again
    const answerNode = childrenTagged(host, "slopes-answer")[0];
    const value = answerNode && answerValue(answerNode);
    const answer: ExerciseAnswerSpec | undefined =
      value === undefined
        ? undefined
        : {
            value,
            tolerance: readNumber(answerNode?.getAttribute("tolerance")),
            label: answerNode?.getAttribute("label") || undefined,
          };
    const solution = childrenTagged(host, "slopes-solution")[0];
    const derive = solution?.getAttribute("derive");
    const derivation: ExerciseDerivation | undefined = derive
      ? { expr: derive, variable: solution?.getAttribute("variable") || undefined }
      : undefined;
    const steps: ExerciseStep[] = (solution ? childrenTagged(solution, "slopes-step") : []).map(
      (step) => {
        const words = [...step.childNodes];
        return {
          tex: step.getAttribute("tex") || undefined,
          text: hasContent(words) ? <Markup nodes={words} /> : undefined,
        };
      },
    );
    return { answer, derivation, steps, statement: contentOf(host, STRUCTURE) };
  }, [host, version]);
  return (
    <LessonElementFrame {...props}>
      <Exercise
        number={readNumber(props.number)}
        title={props.title || undefined}
        statement={<Markup nodes={parts.statement} block />}
        answer={parts.answer}
        derivation={parts.derivation}
        steps={parts.steps.length > 0 ? parts.steps : undefined}
      />
    </LessonElementFrame>
  );
}
