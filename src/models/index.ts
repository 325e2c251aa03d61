export { keyIntent, applyIntent, LARGE_STEP_FACTOR, FINE_STEP_FACTOR } from "./keyboard";
export type { AxisRange, KeyInput, MoveIntent } from "./keyboard";
export { domainProblem, fitAspect, axisPosition, drawable } from "./plane";
export type { Domain, DomainProblem } from "./plane";
export { finiteRuns } from "./polyline";
export { checkExpression } from "./expression";
export type { ExpressionCheck, ExpressionProblem } from "./expression";
export { clipLine, autoYRange } from "./lines";
export { secantState, errorSeries, clampH, directionOf, H_RANGE } from "./secant";
export type { ErrorSample, SecantInput, SecantMethod, SecantState, SlopeDirection } from "./secant";
export { resolveFunction, watchThrows } from "./secantFunction";
export type { FunctionInput, ResolvedFunction, SlopeFunction, SlopeSource } from "./secantFunction";
export { resolveCost, DEFAULT_COST_VARIABLES } from "./gradientCost";
export type { CostInput, GradientCost, ResolvedCost } from "./gradientCost";
export {
  gradientLandscape,
  relabelLandscape,
  clampResolution,
  RESOLUTION_RANGE,
} from "./gradientLandscape";
export type {
  ContourFunction,
  ContourPath,
  FieldArrow,
  Landscape,
  LandscapeOptions,
} from "./gradientLandscape";
export type { MapCell } from "./gradientGrid";
export { probeState, clampLearningRate, criticalKind, LEARNING_RATE_RANGE } from "./gradientProbe";
export type { CriticalKind, ProbeInput, ProbeState, StepProblem } from "./gradientProbe";
export { crossSection } from "./gradientSection";
export type { CrossSection } from "./gradientSection";
export { chainSpec, DEFAULT_COMPOSITION, NEURON_PROGRAM, NEURON_DEFAULTS } from "./chainProgram";
export type {
  ChainComposition,
  ChainKind,
  ChainMode,
  ChainProblem,
  ChainProgram,
  ChainSpec,
  ChainSpecInput,
  ChainSpecResult,
} from "./chainProgram";
export { chainGraphState } from "./chainGraph";
export type {
  ChainEdge,
  ChainFactor,
  ChainGraphInput,
  ChainGraphState,
  ChainNode,
  ChainPath,
} from "./chainGraph";
export { layoutChain, DEFAULT_CHAIN_LAYOUT } from "./chainLayout";
export type { ChainLayout, ChainLayoutNode, ChainLayoutOptions } from "./chainLayout";
export type { BackwardStep, ChainSaturation } from "./chainText";
