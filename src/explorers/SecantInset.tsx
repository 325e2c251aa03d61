"use client";
import { memo, useMemo } from "react";
import type { SecantState } from "../models/secant";
import { errorSeries } from "../models/secant";
import type { SlopeFunction } from "../models/secantFunction";
import { ErrorInset } from "../views/ErrorInset";

const NO_ERRORS: ReturnType<typeof errorSeries> = [];

/**
 * The secant explorer's error inset at a (settled) state: the error series is computed here,
 * once per resting point, instead of on every move of the point.
 */
export const SecantInset = memo(function SecantInset(props: {
  fn: SlopeFunction | null;
  state: SecantState;
  deferred: boolean;
}) {
  const { fn, state, deferred } = props;
  const { x, method, exactSlope, h } = state;
  const errors = useMemo(
    () => (deferred || !fn ? NO_ERRORS : errorSeries(fn, x, method, exactSlope)),
    [fn, x, method, exactSlope, deferred],
  );
  return <ErrorInset errors={errors} h={h} />;
});
