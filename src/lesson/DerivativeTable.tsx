"use client";
import type { ReactNode } from "react";
import { useMemo } from "react";
import { differentiate } from "../math/differentiate";
import { parse } from "../math/parse";
import { toTeX } from "../math/tex";
import { Tex } from "../views/Tex";
import { translateProblem } from "../i18n/problems";
import { useLessonLanguage } from "./LessonLabels";

/** One row of {@link DerivativeTable}: a formula, and an optional remark. */
export interface DerivativeRow {
  /** f in the engine's language, e.g. `"x^n"`, `"e^x"`, `"ln(x)"`, `"sigmoid(x)"`. */
  f: string;
  /** A remark beside the row, e.g. "its slope is written with its own value". */
  note?: ReactNode;
}

/** Props of {@link DerivativeTable}. */
export interface DerivativeTableProps {
  /** The functions to differentiate, one per row. */
  rows: readonly DerivativeRow[];
  /** Variable to differentiate by. @default "x" */
  variable?: string | undefined;
  /** Caption of the table. @default "Derivatives computed by the engine" */
  caption?: ReactNode;
  className?: string | undefined;
}

type RowResult =
  { ok: true; f: string; derivative: string } | { ok: false; message: string; source: string };

function differentiateRow(source: string, variable: string): RowResult {
  try {
    const expr = parse(source);
    return { ok: true, f: toTeX(expr), derivative: toTeX(differentiate(expr, variable)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), source };
  }
}

/**
 * A table of derivatives: the f column as written, the f′ column computed by the engine
 * (`differentiate`, `toTeX`) and typeset with KaTeX. A formula that does not parse shows its
 * error in its row instead of breaking the table.
 * @example <DerivativeTable rows={[{ f: "x^n" }, { f: "e^x" }, { f: "ln(x)" }]} />
 */
export function DerivativeTable({
  rows,
  variable = "x",
  caption,
  className,
}: DerivativeTableProps) {
  const { labels, code } = useLessonLanguage();
  const results = useMemo(
    () => rows.map((row) => differentiateRow(row.f, variable)),
    [rows, variable],
  );
  const hasNotes = rows.some((row) => row.note !== undefined);
  return (
    <div className={["slopes-derivative-table", className].filter(Boolean).join(" ")}>
      <table>
        <caption>{caption ?? labels.derivativeTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.functionHeader(variable)}</th>
            <th scope="col">{labels.derivativeHeader(variable)}</th>
            {hasNotes && <th scope="col">{labels.noteHeader}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const result = results[index];
            if (!result) return null;
            return (
              <tr key={`${index}:${row.f}`} data-invalid={result.ok ? undefined : "true"}>
                {/* A td, not a row header: KaTeX's visible part is aria-hidden, which axe reads as an empty header. */}
                <td>{result.ok ? <Tex tex={result.f} /> : <code>{result.source}</code>}</td>
                <td>
                  {result.ok ? (
                    <Tex tex={result.derivative} />
                  ) : (
                    <span className="slopes-derivative-error">
                      {labels.cannotDifferentiate(translateProblem(result.message, code))}
                    </span>
                  )}
                </td>
                {hasNotes && <td>{row.note}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
