export { useControllableState } from "./useControllableState";
export type { StateUpdate } from "./useControllableState";
export { useMovable } from "./useMovable";
export type {
  Axis,
  MovableBounds,
  MovableDragProps,
  MovableKeyProps,
  UseMovableOptions,
  UseMovableResult,
} from "./useMovable";
export { useSecant } from "./useSecant";
export type { UseSecantOptions, UseSecantResult } from "./useSecant";
export { useSettled } from "./useSettled";
export { useLastGood, useLatest } from "./memory";
export { useGradientField } from "./useGradientField";
export type { UseGradientFieldOptions, UseGradientFieldResult } from "./useGradientField";
export { useChainGraph } from "./useChainGraph";
export type {
  ChainInputControl,
  ChainInputs,
  UseChainGraphOptions,
  UseChainGraphResult,
} from "./useChainGraph";
export { useBackwardPass } from "./useBackwardPass";
export type { UseBackwardPassOptions, UseBackwardPassResult } from "./useBackwardPass";
export { usePrefersReducedMotion } from "./usePrefersReducedMotion";
export { LocaleProvider, LocaleContext, useLocale } from "./useLocale";
export type { LocaleProviderProps } from "./useLocale";
export { useInView } from "./useInView";
export type { UseInViewOptions, UseInViewResult } from "./useInView";
