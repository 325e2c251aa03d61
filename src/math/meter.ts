import { ExpressionError } from "./errors";

// A work meter for the engine's budgets (see budgets.ts). It lives apart so that the tree
// constructors in ast.ts can charge it without importing anything.

interface Meter {
  used: number;
  readonly limit: number;
  readonly refuse: () => ExpressionError;
}

// One meter at a time: the engine is synchronous, so the outermost budgeted call owns it and
// the calls it makes (a derivative inside a derivation) charge the same meter.
let meter: Meter | null = null;

let lastUsed = 0;
let off = false;

/** True inside {@link withoutBudget}: size limits are lifted too. */
export function budgetsOff(): boolean {
  return off;
}

/** True while a budgeted call runs (an inner call leaves the checks of its result to it). */
export function metering(): boolean {
  return meter !== null;
}

/** Work the last budgeted call spent, in units (for the bench and the budget tests). */
export function lastWork(): number {
  return lastUsed;
}

/** Counts `units` of work against the running budget, if any; refuses once it is spent. */
export function charge(units = 1): void {
  if (meter === null) return;
  meter.used += units;
  if (meter.used > meter.limit) {
    const error = meter.refuse();
    throw error;
  }
}

/**
 * Runs `work` with a budget of `limit` units (nodes built or visited). Past it, `work` stops
 * with the error `refuse` makes; a call inside another budgeted call shares the outer budget.
 */
export function withBudget<T>(limit: number, refuse: () => ExpressionError, work: () => T): T {
  if (meter !== null) return work();
  return metered({ used: 0, limit, refuse }, false, work);
}

/** Runs `work` with no budget at all (tests compare budgeted and unbudgeted results). */
export function withoutBudget<T>(work: () => T): T {
  const never = () => new ExpressionError("", 0, 0, "empty");
  return metered({ used: 0, limit: Number.POSITIVE_INFINITY, refuse: never }, true, work);
}

/** Runs `work` on meter `own` (size limits lifted when `lifted`), then puts the previous back. */
function metered<T>(own: Meter, lifted: boolean, work: () => T): T {
  const saved = meter;
  const wasOff = off;
  meter = own;
  off = lifted || off;
  try {
    return work();
  } finally {
    lastUsed = own.used;
    meter = saved;
    off = wasOff;
  }
}
