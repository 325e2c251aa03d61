/**
 * `slopes/math`: the pure calculus engine. No React, no DOM, usable in Node.
 *
 * Read formulas ({@link parse}), evaluate and {@link compile} them, {@link differentiate} and
 * {@link simplify} them in teacher form, write them as TeX ({@link toTeX}) or text
 * ({@link format}), explain derivatives line by line ({@link derivationSteps}), build the
 * chain-rule graph ({@link computationGraph}), estimate slopes numerically, sample curves for
 * drawing, and compute gradients, contour lines and descent paths.
 * @packageDocumentation
 */
export { clamp, decimalsOf, isFiniteNumber, niceStep, roundToStep } from "./number";
export type { Vec2 } from "./vec";
export { vec } from "./vec";

export type {
  AddNode,
  CallNode,
  ConstantNode,
  DivNode,
  Expr,
  MulNode,
  NegNode,
  NumberNode,
  PowNode,
  VariableNode,
} from "./ast";
export { dependsOn, exprEquals, freeVariables } from "./ast";
export type { ExpressionErrorCode } from "./errors";
export { ExpressionError, isExpressionError } from "./errors";
export type { FunctionName, FunctionSpec } from "./functions";
export { FUNCTIONS, sigmoid } from "./functions";
export { canonicalName } from "./lexer";
export type { ParseResult, Span } from "./parse";
export {
  MAX_DEPTH,
  MAX_DERIVATIVE_NODES,
  MAX_NODES,
  MAX_SAMPLING_WORK,
  MAX_SIMPLIFY_NODES,
  MAX_SOURCE_LENGTH,
  MAX_SYMBOLIC_WORK,
  MAX_TEX_LENGTH,
  isOverBudget,
  writtenSize,
} from "./budgets";
export { parse, safeParse, spanOf } from "./parse";
export type { Scope } from "./scope";
export { evaluate } from "./evaluate";
export type { CompiledFunction } from "./compile";
export { compile } from "./compile";
export { differentiate } from "./differentiate";
export { simplify } from "./simplify";
export { format } from "./formatExpression";
export { texNumber, texVariable, toTeX } from "./tex";
export type { ChainParts, DerivationStep, DerivativeRule } from "./steps";
export { derivationSteps } from "./steps";
export type { ComputationGraph, GraphEdge, GraphNode, GraphPath, GraphProgram } from "./graph";
export { computationGraph } from "./graph";
export type { DifferenceMethod, NumericDerivative, NumericDerivativeOptions } from "./numeric";
export { numericDerivative, secantSlope } from "./numeric";
export type { SampleCurveOptions } from "./sample";
export { sampleCurve } from "./sample";
export { compileGradient, gradient } from "./partials";
export type { ContourLevel, ContourOptions } from "./contour";
export { contourLines } from "./contour";
export type { DescentOptions, DescentResult, DescentStatus, DescentTarget } from "./descent";
export { descentPath } from "./descent";
