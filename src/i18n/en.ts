/**
 * English labels and messages of the primitives and the secant explorer. `fr.ts` has the same
 * keys; the chain-rule, gradient and lesson tables live beside this one.
 */
export const en = {
  planeLabel: "Coordinate plane",
  planeProblemEmpty: (axis: string, min: string, max: string) =>
    `Cannot draw this plane: the ${axis} range from ${min} to ${max} is empty. Give it two different ends.`,
  planeProblemInverted: (axis: string, min: string, max: string) =>
    `Cannot draw this plane: the ${axis} range from ${min} to ${max} is reversed. Put the smaller end first.`,
  planeProblemNotFinite: (axis: string) =>
    `Cannot draw this plane: the ${axis} range has an end that is not a finite number, or is too wide to measure.`,
  planeProblemSize: "Cannot draw this plane: it has no room (its width or height is zero).",
  undefinedValue: "undefined here",
  widgetFailed: (title: string, message: string) =>
    `“${title}” could not be drawn: ${message}. The rest of the page still works.`,
  tryAgain: "Try again",
  // Custom elements: an attribute whose text cannot be read (shown to the page's author).
  attributeNotNumber: (name: string, value: string) =>
    `The attribute ${name}="${value}" is not a number; the widget uses its default value instead.`,
  attributeNotPair: (name: string, value: string) =>
    `The attribute ${name}="${value}" is not two numbers (such as "-3, 3"); the widget uses its default value instead.`,

  // Secant explorer
  secantTitle: "Slope of a curve: secant and tangent",
  secantPlaneLabel: (f: string | null) =>
    f
      ? `Graph of f(x) = ${f} with a secant and a tangent`
      : "Graph of the function with a secant and a tangent",
  secantHandle: "Point on the curve",
  secantValueText: (x: string, tangent: string, secant: string, h: string) =>
    `x = ${x}, slope of the tangent ${tangent}, secant slope ${secant} with h = ${h}`,
  secantValueTextUndefined: (x: string) => `x = ${x}, the function is undefined here`,
  secantValueTextNoSlope: (x: string, secant: string, h: string) =>
    `x = ${x}, the tangent slope is undefined here, secant slope ${secant} with h = ${h}`,
  gap: "Gap h",
  method: "Difference",
  methodForward: "Forward (x, x + h)",
  methodCentral: "Central (x − h, x + h)",
  secantSlope: "Secant slope",
  tangentSlope: "Exact slope f′(x)",
  estimatedSlope: "Estimated slope f′(x)",
  difference: "Difference",
  direction: "The curve is",
  descending: "descending",
  flat: "flat",
  ascending: "ascending",
  secantLine: "secant",
  tangentLine: "tangent",
  secantSecondHandle: "Second point of the secant",
  secantSecondValueText: (x: string, h: string) => `x + h = ${x}, h = ${h}`,
  dragHint: "↔ drag",
  unitsUnequal: (ratio: string) =>
    `The axes have different units: one unit up is drawn ${ratio} times as long as one unit across. The small triangle on the tangent, when there is room for it, has a run of 1 (0.1 in a narrow window): its rise is the slope (or a tenth of it).`,
  functionLabel: "f(x) =",
  functionInputHelp: "Type a function of x, for example x^2, sin(x) or 1/(1+exp(-x)).",
  functionThrew: (message: string) => `The function threw an error: ${message}`,
  keptLastGood: "The picture keeps the last formula that worked.",
  noFiniteValue:
    "f has no finite value in this window: its values are undefined, or too large to compute.",
  overBudgetSlope: "The curve and the secant are still drawn; the slope is estimated numerically.",
  overBudgetFormula:
    "The curve, the secant and the slope are still there; the formula is not typeset.",
  sound: "Sound",
  soundWhileMoving: "Sound while moving",
  soundTurnedOn: "Sound while moving: on",
  soundTurnedOff: "Sound while moving: off",
  playCurve: "Play the curve",
  playingCurve: (from: string, to: string) =>
    `Playing the curve from x = ${from} to ${to}: the pitch follows f(x); clicks mark x = 0, the x axis and the point.`,
  zoomTitle: "Zoom on the secant",
  zoomDescription:
    "The curve, the tangent and the secant around the point, in a window that narrows with h: the two points of the secant stay apart and the secant turns onto the tangent.",
  zoomCaption: (times: string) => `Zoom on the point: a window ${times} times narrower`,
  zoomSameScale: "Zoom on the point: at the picture's own scale until h gets small",
  zoomNothing: "Nothing to magnify here: the secant is undefined.",
  errorInsetTitle: "Error of the secant slope against h (log–log)",
  /** The vertical axis of the error inset. */
  errorInsetYLabel: "error",
  errorInsetDescription:
    "As h shrinks the error falls, until rounding in floating-point arithmetic takes over and it climbs again.",
  formulas: "Formulas",
  readouts: "Readouts",
  formulaFunction: "Function",
  formulaDerivative: "Derivative",
  formulaQuotient: "Difference quotient",
  undefinedTeX: "undefined",
  roundingAteDifference: "rounding ate every digit of the difference",
};

/** The shape of this table: a translation must give every key. */
export type Labels = typeof en;
