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
