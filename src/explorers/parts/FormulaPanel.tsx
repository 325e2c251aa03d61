"use client";
import { useMemo } from "react";
import { useSettled } from "../../hooks/useSettled";
import { Tex } from "../../views/Tex";

/** One formula of a panel. */
export interface Formula {
  id: string;
  /** Short description, e.g. "Derivative". */
  label: string;
  tex: string;
}

/** Props of {@link FormulaPanel}. */
export interface FormulaPanelProps {
  label: string;
  formulas: readonly Formula[];
  /**
   * Keep the labels but leave the formulas out for now (a widget still off screen): typesetting
   * waits until it turns false. @default false
   */
  deferred?: boolean | undefined;
  /**
   * While the formulas keep changing (a drag), typeset them again only once they have been still
   * for this many milliseconds; 0 typesets on every change. @default 120
   */
  settleMs?: number | undefined;
}

/**
 * Formulas of a widget, each with a label, rendered by KaTeX (MathML for screen readers).
 * Typesetting is the costliest part of a frame, so during a drag the panel shows the formulas of
 * the last resting point and catches up as soon as the movement pauses.
 */
export function FormulaPanel({
  label,
  formulas,
  deferred = false,
  settleMs = 120,
}: FormulaPanelProps) {
  const shown = useSettledFormulas(formulas, settleMs);
  return (
    <div className="slopes-formulas" role="group" aria-label={label}>
      {shown.map((formula) => (
        <div key={formula.id} className="slopes-formula">
          <span className="slopes-formula-label">{formula.label}</span>
          {deferred ? (
            <div className="slopes-tex" data-display="true" data-deferred="true" />
          ) : (
            <Tex tex={formula.tex} display />
          )}
        </div>
      ))}
    </div>
  );
}

const NO_FORMULAS: readonly Formula[] = [];

/** `formulas` once their content has stopped changing for `delay` ms (compared by text). */
function useSettledFormulas(formulas: readonly Formula[], delay: number): readonly Formula[] {
  const key = formulas.map((f) => `${f.id}\u0000${f.label}\u0000${f.tex}`).join("\u0001");
  // Same key, same content: the first array seen for a key stands for it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const current = useMemo(() => formulas, [key]);
  // With no delay, the settle hook is given a constant: it never re-renders the panel.
  const settled = useSettled(delay <= 0 ? NO_FORMULAS : current, delay);
  // Labels and the set of formulas follow at once (a new function, a language switch); only the
  // typeset text of a formula that keeps its place waits.
  if (
    settled.length !== formulas.length ||
    settled.some((f, i) => f.id !== formulas[i]?.id || f.label !== formulas[i]?.label)
  ) {
    return formulas;
  }
  return delay <= 0 ? formulas : settled;
}
