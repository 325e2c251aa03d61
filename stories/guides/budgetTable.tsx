import type { ReactNode } from "react";
import {
  MAX_DEPTH,
  MAX_DERIVATIVE_NODES,
  MAX_NODES,
  MAX_SAMPLING_WORK,
  MAX_SIMPLIFY_NODES,
  MAX_SOURCE_LENGTH,
  MAX_SYMBOLIC_WORK,
  MAX_TEX_LENGTH,
} from "../../src/math";
import { MAX_CHAIN_STEPS } from "../../src";

interface Row {
  name: string;
  value: number;
  unit: string;
  guards: string;
  why: ReactNode;
}

const ROWS: readonly Row[] = [
  {
    name: "MAX_SOURCE_LENGTH",
    value: MAX_SOURCE_LENGTH,
    unit: "characters",
    guards: "parse",
    why: "The longest formula of a first course fits in 100 characters; this many still fit in a shared link.",
  },
  {
    name: "MAX_DEPTH",
    value: MAX_DEPTH,
    unit: "levels",
    guards: "parse",
    why: "Every pass (evaluation, derivative, TeX) recurses once per level; a derivative through n nested functions grows like n².",
  },
  {
    name: "MAX_NODES",
    value: MAX_NODES,
    unit: "nodes",
    guards: "parse",
    why: "A picture evaluates the whole tree at every sample, and a product of n factors has a derivative of about n² nodes.",
  },
  {
    name: "MAX_SYMBOLIC_WORK",
    value: MAX_SYMBOLIC_WORK,
    unit: "operations",
    guards: "differentiate, simplify, derivationSteps, computationGraph",
    why: "Counts every node built, compared or visited, so work stops before a huge result exists. First-course derivatives take under 1,000 and their worked steps under 2,500.",
  },
  {
    name: "MAX_DERIVATIVE_NODES",
    value: MAX_DERIVATIVE_NODES,
    unit: "nodes written out",
    guards: "differentiate",
    why: "A derivative is compiled and evaluated at every sample of the slope; shared sub-trees count each time they appear, as in its text.",
  },
  {
    name: "MAX_SIMPLIFY_NODES",
    value: MAX_SIMPLIFY_NODES,
    unit: "nodes written out",
    guards: "simplify",
    why: "Same reason, for a tree simplified on its own.",
  },
  {
    name: "MAX_TEX_LENGTH",
    value: MAX_TEX_LENGTH,
    unit: "characters",
    guards: "toTeX, and every formula a view hands to KaTeX",
    why: "KaTeX writes about 50 elements per character of TeX, which the page must lay out: twice this length took a single 300 ms task in Chromium.",
  },
  {
    name: "MAX_SAMPLING_WORK",
    value: MAX_SAMPLING_WORK,
    unit: "node evaluations",
    guards: "sampleCurve (option cost), the gradient map's grids",
    why: "A large formula is drawn with fewer samples rather than after a longer wait.",
  },
  {
    name: "MAX_CHAIN_STEPS",
    value: MAX_CHAIN_STEPS,
    unit: "boxes",
    guards: "the chain-rule graph of a typed formula or program",
    why: "Past this a graph no longer fits a screen, even scrolled, and each move evaluates every local derivative.",
  },
];

/** The engine's budgets, with their values read from the library itself. */
export function BudgetTable() {
  return (
    <table>
      <thead>
        <tr>
          <th>Budget</th>
          <th>Value</th>
          <th>Checked in</th>
          <th>Why this number</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.name}>
            <td>
              <code>{row.name}</code>
            </td>
            <td>
              {row.value.toLocaleString("en")} {row.unit}
            </td>
            <td>{row.guards}</td>
            <td>{row.why}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
