/**
 * English labels and messages of the primitives. Later widgets add theirs here; a French
 * table with the same keys comes with the locale provider.
 */
export const en = {
  planeLabel: "Coordinate plane",
  planeProblemEmpty: (axis: string, min: string, max: string) =>
    `Cannot draw this plane: the ${axis} range from ${min} to ${max} is empty. Give it two different ends.`,
  planeProblemInverted: (axis: string, min: string, max: string) =>
    `Cannot draw this plane: the ${axis} range from ${min} to ${max} is reversed. Put the smaller end first.`,
  planeProblemNotFinite: (axis: string) =>
    `Cannot draw this plane: the ${axis} range has an end that is not a finite number.`,
  planeProblemSize: "Cannot draw this plane: it has no room (its width or height is zero).",
  undefinedValue: "undefined here",
};

/** The shape every label table shares. */
export type Labels = typeof en;
