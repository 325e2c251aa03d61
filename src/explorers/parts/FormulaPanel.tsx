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
}

/** Formulas of a widget, each with a label, rendered by KaTeX (MathML for screen readers). */
export function FormulaPanel({ label, formulas, deferred = false }: FormulaPanelProps) {
  return (
    <div className="slopes-formulas" role="group" aria-label={label}>
      {formulas.map((formula) => (
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
