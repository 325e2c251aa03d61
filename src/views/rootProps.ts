import { useCallback } from "react";
import type { AriaAttributes, CSSProperties } from "react";

/** `data-*` attributes, passed as they are to the root element. */
export interface DataAttributes {
  [name: `data-${string}`]: string | number | boolean | undefined;
}

/**
 * What explorers and views pass to their root element, as Radix and React Aria do: an `id`,
 * inline `style`, extra `className`, every `aria-*` and every `data-*` attribute.
 */
export interface RootProps extends AriaAttributes, DataAttributes {
  /** `id` of the root element. */
  id?: string | undefined;
  /** Inline style of the root element. */
  style?: CSSProperties | undefined;
  /** Extra class names for the root element, after the library's own. */
  className?: string | undefined;
}

/** The `id`, `style`, `aria-*` and `data-*` entries of a props object (not `className`). */
export function pickRootProps(props: object): Omit<RootProps, "className"> {
  const picked: Record<string, never> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === "id" || name === "style" || name.startsWith("aria-") || name.startsWith("data-")) {
      picked[name] = value as never;
    }
  }
  return picked;
}

/** The library's class names followed by the caller's. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

type AnyRef<T> = ((value: T | null) => void) | { current: T | null } | null | undefined;

function assign<T>(ref: AnyRef<T>, value: T | null): void {
  if (typeof ref === "function") ref(value);
  else if (ref) ref.current = value;
}

/**
 * One stable ref callback that sets both refs (a component's own and the caller's forwarded
 * one). Stable while both refs are, so React does not detach and re-attach it on every render
 * (which would rebuild a ResizeObserver on each frame of a drag).
 */
export function useMergedRef<T>(own: AnyRef<T>, forwarded: AnyRef<T>): (value: T | null) => void {
  return useCallback(
    (value: T | null) => {
      assign(own, value);
      assign(forwarded, value);
    },
    [own, forwarded],
  );
}
