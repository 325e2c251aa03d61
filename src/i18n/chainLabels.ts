/**
 * English labels and messages of the chain-rule widget (`useChainGraph`, `ChainGraphView`,
 * `ChainRuleExplorer`). A French table with the same keys comes with the locale provider.
 */
export const chainLabels = {
  title: "The chain rule: multiply the slopes along the path",
  graphLabel: "Computation graph",
  graphScrollLabel: "Computation graph (scrolls sideways)",
  graphScrollCue: "Scroll sideways to see the whole graph →",
  undefinedValue: "undefined here",

  // Problems
  needsInput: (name: string) =>
    `This formula does not use ${name}, so there is no chain to follow (its derivative is 0).`,
  usedBeforeDefined: (step: string, name: string) =>
    `The step ${step} uses ${name}, which is not computed before it.`,
  emptyProgram: "The program has no steps.",
  tooLarge: (columns: number, rows: number) =>
    `This graph is too large to draw readably (${columns} steps deep, up to ${rows} side by side). ` +
    "Shorten the formula; the readouts and the product below still hold.",
  keptLastGood: "The graph keeps the last formula that worked.",

  // Controls
  mode: "Graph",
  modeComposition: "Composition f(g(x))",
  modeNeuron: "Neuron",
  target: "Derivative",
  targetOption: (output: string, input: string) => `∂${output}/∂${input}`,
  inputLabel: (name: string) => `${name}`,
  inputValueText: (name: string, value: string) => `${name} = ${value}`,
  formulaLabel: "f(x) =",
  formulaHelp:
    "Type any formula in x, for example sin(x^2) or sigmoid(3x - 1): it is cut into steps.",
  inputsGroup: "Inputs",

  // Readouts and formulas
  readouts: "Readouts",
  formulas: "Formulas",
  stepsFormula: "Steps of the computation",
  chainFormula: "Chain rule along the path",
  checkFormula: "The same derivative, differentiated in one piece",
  productLabel: "Product along the path",
  productReadout: (derivative: string) => `${derivative}: product along the path`,
  checkLabel: "Engine's derivative (check)",
  outputLabel: (name: string) => `Output ${name}`,
  agrees: "agrees",
  disagrees: "does not agree",
  checkOmitted: "not computed (formula too large)",
  overBudgetCheck:
    "The graph and the chain rule are still worked out; the engine's check is left out.",
  tooManySteps: (n: number, most: number) =>
    `This formula is too large to draw as a graph: it makes ${n} steps, and a graph shows at most ${most}.`,
  pathsTruncated: (shown: number) => `Only the first ${shown} paths are listed.`,

  // Backward pass
  backwardTitle: "Backward pass",
  play: "Play the backward pass",
  replay: "Play it again",
  nextStep: "Next step",
  restart: "Start over",
  stepStatus: (step: number, total: number, text: string) => `Step ${step} of ${total}: ${text}`,
  /** The two factors a backward step multiplies, marked in the picture while it runs. */
  stepFactors: (adjoint: string, local: string) =>
    `Multiplying the upstream adjoint ${adjoint} by the local derivative ${local}.`,
  backwardDone:
    "Every node now carries its adjoint: the derivative of the output with respect to it.",
  backwardIdle: "The backward pass carries the derivative of the output back to every input.",
  /** Inside `\text{}` in the strip when there are too many paths to write out. */
  sumOverPaths: (count: number) => `sum over ${count} paths`,

  // Saturation
  saturatedTitle: "Saturated neuron: the gradient vanishes",
  saturated: (z: string, slope: string, product: string) =>
    `|z| is large (z = ${z}), so σ′(z) = a(1 − a) = ${slope} is nearly 0, and the whole product collapses to ${product}: the vanishing gradient.`,

  // Screen-reader sentences
  /** Between the items of a spoken list (French uses " ; " since its decimals have commas). */
  listSeparator: ", ",
  valueAt: (inputs: string) => `At ${inputs}:`,
  pathSentence: (derivative: string, factors: string, value: string) =>
    `${derivative} = ${factors} = ${value}.`,
  sumSentence: (derivative: string, count: number, value: string) =>
    `${derivative} = sum over ${count} paths = ${value}.`,
  // Sound
  playPass: "Hear the backward pass",
  playingPass: (steps: number) =>
    `Playing the backward pass: ${steps} tones, one per step, the pitch following the size of the product so far.`,
};

/** The shape of the chain-rule label table. */
export type ChainLabels = typeof chainLabels;
