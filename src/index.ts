/**
 * slopes: interactive calculus widgets for course sites.
 * @packageDocumentation
 */
export * from "./math";
