"use client";
import { memo, useId } from "react";
import type { ExpressionProblem } from "../../models/expression";
import { useLocaleCode } from "../../hooks/useLocale";
import { useSettled } from "../../hooks/useSettled";
import { translateProblem } from "../../i18n/problems";

/** Props of {@link ExpressionField}. */
export interface ExpressionFieldProps {
  /** Visible label, e.g. "f(x) =". */
  label: string;
  /** The text in the field. */
  value: string;
  onValueChange: (text: string) => void;
  /** What is wrong with the text, with its position; `null` when it is fine. */
  problem: ExpressionProblem | null;
  /** A hint under the field. */
  help?: string | undefined;
  /** A sentence added to the error, e.g. "The picture keeps the last formula that worked." */
  keptNote?: string | undefined;
}

/**
 * A text field for a formula. A mistake is shown while typing, under the field, with the exact
 * characters marked; it is announced politely once typing pauses, and the field is
 * `aria-invalid` with the message as its description. Memoised, like the other controls.
 */
export const ExpressionField = memo(function ExpressionField({
  label,
  value,
  onValueChange,
  problem,
  help,
  keptNote,
}: ExpressionFieldProps) {
  const id = useId();
  const code = useLocaleCode();
  const message = problem ? translateProblem(problem.message, code) : "";
  const inputId = `${id}-input`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const spoken = useSettled(problem ? `${message} ${keptNote ?? ""}`.trim() : "", 900);
  const describedBy = [help ? helpId : null, problem ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className="slopes-field" data-invalid={problem ? "true" : undefined}>
      <label className="slopes-field-label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className="slopes-field-input"
        type="text"
        inputMode="text"
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValueChange(event.target.value)}
      />
      {problem ? (
        <div className="slopes-field-error" id={errorId}>
          <Marked text={value} start={problem.start} end={problem.end} />
          <span className="slopes-field-message">
            {message} {keptNote}
          </span>
        </div>
      ) : null}
      {help ? (
        <p className="slopes-field-help" id={helpId}>
          {help}
        </p>
      ) : null}
      <span className="slopes-visually-hidden" role="status" aria-live="polite">
        {spoken}
      </span>
    </div>
  );
});

/** The source with the faulty characters marked (a caret when the span is empty). */
function Marked({ text, start, end }: { text: string; start: number; end: number }) {
  const a = Math.max(0, Math.min(text.length, start));
  const b = Math.max(a, Math.min(text.length, end));
  return (
    <code className="slopes-field-source" aria-hidden="true">
      {text.slice(0, a)}
      <mark className="slopes-field-mark">{b > a ? text.slice(a, b) : " "}</mark>
      {text.slice(b)}
    </code>
  );
}
