"use client";
import type { ReactNode } from "react";
import { createContext, useContext } from "react";

/** The heading level the next lesson block uses (a `Lesson` title is 1, its sections 2…). */
const HeadingLevelContext = createContext(2);

/** Props of {@link Heading}. */
interface HeadingProps {
  id?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/** An `h1`–`h6` at the level the surrounding blocks give (clamped to 1…6). */
export function Heading({ id, className, children }: HeadingProps) {
  const level = Math.min(6, Math.max(1, useContext(HeadingLevelContext)));
  const Tag = `h${level}` as "h1" | "h2" | "h3" | "h4" | "h5" | "h6";
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** Headings inside are one level deeper than the surrounding ones. */
export function Deeper({ children, level }: { children: ReactNode; level?: number | undefined }) {
  const current = useContext(HeadingLevelContext);
  return (
    <HeadingLevelContext.Provider value={level ?? current + 1}>
      {children}
    </HeadingLevelContext.Provider>
  );
}

/** The level a {@link Heading} placed here gets. */
export function useHeadingLevel(): number {
  return useContext(HeadingLevelContext);
}
