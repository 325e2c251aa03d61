import type { ReactNode } from "react";
import type { ChainParts, DerivativeRule } from "../math/steps";
import { derivationSteps } from "../math/steps";

/** An authored step of a worked solution: a sentence, a formula, or both. */
export interface ExerciseStep {
  /** The formula of this line, as TeX (numbers inside computed by the caller). */
  tex?: string | undefined;
  /** The words of this line. */
  text?: ReactNode;
}

/** A derivation the engine works out line by line (`derivationSteps`). */
export interface ExerciseDerivation {
  /** The function to differentiate, e.g. `"(2x+1)^3"`. */
  expr: string;
  /** Variable to differentiate by. @default "x" */
  variable?: string | undefined;
}

/** One line of a solution as the blocks show it. */
export interface SolutionLine {
  tex?: string | undefined;
  text?: ReactNode;
  /** The rule the engine applied, for generated lines. */
  rule?: DerivativeRule | undefined;
  /** Nesting of a generated line (0 for the whole expression). */
  depth: number;
  /** Outer and inner parts of a chain-rule line. */
  chain?: ChainParts | undefined;
}

/** The lines of a solution, or the reason the derivation could not be worked out. */
export type SolutionLines = { ok: true; lines: SolutionLine[] } | { ok: false; message: string };

/**
 * The engine's derivation (if any) followed by the authored steps (if any): an exercise can let
 * the engine differentiate, then add its own lines, e.g. the value at a point.
 */
export function solutionLines(
  derivation: ExerciseDerivation | undefined,
  steps: readonly ExerciseStep[] | undefined,
): SolutionLines {
  const lines: SolutionLine[] = [];
  if (derivation) {
    try {
      for (const step of derivationSteps(derivation.expr, derivation.variable ?? "x")) {
        lines.push({ tex: step.tex, rule: step.rule, depth: step.depth, chain: step.chain });
      }
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  for (const step of steps ?? []) lines.push({ tex: step.tex, text: step.text, depth: 0 });
  return { ok: true, lines };
}
