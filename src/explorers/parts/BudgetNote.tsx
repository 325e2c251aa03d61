"use client";
import { memo } from "react";
import { useLocaleCode } from "../../hooks/useLocale";
import { translateProblem } from "../../i18n/problems";

/** Props of {@link BudgetNote}. */
export interface BudgetNoteProps {
  /** The engine's message for what it left out (English, translated here); `null` hides the note. */
  omitted: string | null;
  /** What the widget still shows, in the reader's language. */
  remains: string;
}

/**
 * One line under the controls when a formula is over one of the engine's budgets: what was left
 * out (the exact derivative, a typeset formula) and what the picture still shows. Announced
 * politely, like a status.
 */
export const BudgetNote = memo(function BudgetNote({ omitted, remains }: BudgetNoteProps) {
  const code = useLocaleCode();
  if (!omitted) return null;
  return (
    <p className="slopes-budget-note" role="status">
      {translateProblem(omitted, code)}. {remains}
    </p>
  );
});
