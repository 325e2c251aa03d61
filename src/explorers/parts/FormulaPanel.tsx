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
}

/** Formulas of a widget, each with a label, rendered by KaTeX (MathML for screen readers). */
export function FormulaPanel({ label, formulas }: FormulaPanelProps) {
  return (
    <div className="slopes-formulas" role="group" aria-label={label}>
      {formulas.map((formula) => (
        <div key={formula.id} className="slopes-formula">
          <span className="slopes-formula-label">{formula.label}</span>
          <Tex tex={formula.tex} display />
        </div>
      ))}
    </div>
  );
}
