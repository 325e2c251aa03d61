import type { ChainOrientation } from "./chainLayoutLabels";

/** Sizes of the layered drawing, in CSS pixels at scale 1. */
export interface ChainLayoutOptions {
  /**
   * Which way the graph reads: left to right, or top to bottom (for a narrow container; the
   * view picks it from the width it has). @default "horizontal"
   */
  readonly orientation: ChainOrientation;
  /** Width of a node's box. @default 140 (104 top to bottom) */
  readonly nodeWidth: number;
  /** Height of a node's box. @default 52 (72 top to bottom: a long value may wrap) */
  readonly nodeHeight: number;
  /**
   * Space between columns (top to bottom: between layers, under the adjoints), where edge labels
   * sit: first a straight stretch that holds the label, then the bend. @default 190 (150 top to
   * bottom)
   */
  readonly columnGap: number;
  /**
   * Space between rows, where adjoints are written under the boxes (top to bottom: between
   * boxes side by side). @default 84 (8 top to bottom)
   */
  readonly rowGap: number;
  /**
   * Width kept for every edge label (name, formula and value on three lines).
   * @default 132 (108 top to bottom)
   */
  readonly labelWidth: number;
  /** Height kept for every edge label. @default 68 (86 top to bottom: a long value may wrap) */
  readonly labelHeight: number;
  /** Height of the room for a node's adjoint under its box (two lines when needed). @default 48 (68 top to bottom) */
  readonly adjointHeight: number;
  /** How far the adjoint may reach past the box on either side. @default 0 */
  readonly adjointOverhang: number;
  /** Space around the drawing. @default 16 (4 top to bottom) */
  readonly padding: number;
  /** Most columns drawn; a deeper graph is reported as too large. @default 7 */
  readonly maxColumns: number;
  /** Most rows in one column; a wider graph is reported as too large. @default 6 */
  readonly maxRows: number;
}

/** The defaults of {@link ChainLayoutOptions}: left to right. */
export const DEFAULT_CHAIN_LAYOUT: ChainLayoutOptions = {
  orientation: "horizontal",
  nodeWidth: 140,
  nodeHeight: 52,
  columnGap: 190,
  rowGap: 84,
  labelWidth: 132,
  labelHeight: 68,
  adjointHeight: 48,
  adjointOverhang: 0,
  padding: 16,
  maxColumns: 7,
  maxRows: 6,
};

/** The defaults top to bottom: narrower boxes side by side, labels between the layers. */
export const VERTICAL_CHAIN_LAYOUT: ChainLayoutOptions = {
  ...DEFAULT_CHAIN_LAYOUT,
  orientation: "vertical",
  nodeWidth: 104,
  nodeHeight: 72,
  adjointHeight: 68,
  columnGap: 150,
  labelHeight: 86,
  rowGap: 8,
  labelWidth: 108,
  padding: 4,
};

/** The options for `orientation`: its defaults, then the page's sizes. */
export function chainLayoutOptions(
  options: Partial<ChainLayoutOptions> = {},
  orientation: ChainOrientation = options.orientation ?? "horizontal",
): ChainLayoutOptions {
  const base = orientation === "vertical" ? VERTICAL_CHAIN_LAYOUT : DEFAULT_CHAIN_LAYOUT;
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, v]) => v !== undefined),
  ) as Partial<ChainLayoutOptions>;
  return { ...base, ...defined, orientation };
}
