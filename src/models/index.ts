export { keyIntent, applyIntent, LARGE_STEP_FACTOR, FINE_STEP_FACTOR } from "./keyboard";
export type { AxisRange, KeyInput, MoveIntent } from "./keyboard";
export { domainProblem, fitAspect, axisPosition, drawable } from "./plane";
export type { Domain, DomainProblem } from "./plane";
export { finiteRuns } from "./polyline";
