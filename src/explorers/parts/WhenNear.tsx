"use client";
import type { ReactNode } from "react";
import { useInView } from "../../hooks/useInView";

/** Props of {@link WhenNear}. */
export interface WhenNearProps {
  /** The widget's title: the placeholder is a group with this name. */
  title: string;
  /** Height of the placeholder, close to the widget's, so the page does not jump. */
  minHeight: number;
  /** Defer at all. @default true */
  lazy?: boolean | undefined;
  children: ReactNode;
}

/**
 * Mounts a widget only once it comes near the viewport: before that, an empty placeholder of
 * about its size, so a page of fifty widgets costs what the visible ones cost. Server rendering,
 * hydration and browsers without IntersectionObserver render the widget at once.
 */
export function WhenNear({ title, minHeight, lazy = true, children }: WhenNearProps) {
  const [ref, seen] = useInView<HTMLDivElement>({ disabled: !lazy });
  if (seen) return <>{children}</>;
  return (
    <div
      ref={ref}
      className="slopes slopes-explorer slopes-placeholder"
      style={{ minHeight }}
      role="group"
      aria-label={title}
      aria-busy="true"
    />
  );
}
