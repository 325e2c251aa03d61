"use client";
import type { ReactNode } from "react";
import { useId } from "react";
import { Heading } from "./Heading";
import { useLessonLanguage } from "./LessonLabels";

/** Props of {@link Summary}. */
export interface SummaryProps {
  /** The lesson in one sentence. */
  children: ReactNode;
  /** Heading. @default "In one sentence" */
  title?: ReactNode;
  className?: string | undefined;
}

/** The lesson in one sentence, set apart under its own heading. */
export function Summary({ children, title, className }: SummaryProps) {
  const { labels } = useLessonLanguage();
  const headingId = useId();
  return (
    <div
      role="note"
      aria-labelledby={headingId}
      className={["slopes-summary", className].filter(Boolean).join(" ")}
    >
      <Heading id={headingId} className="slopes-block-title">
        {title ?? labels.summaryTitle}
      </Heading>
      <p className="slopes-summary-text">{children}</p>
    </div>
  );
}
