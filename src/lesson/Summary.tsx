"use client";
import type { ReactNode } from "react";
import { useLessonLanguage } from "./LessonLabels";
import { TitledNote } from "./TitledNote";

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
  return (
    <TitledNote title={title ?? labels.summaryTitle} kind="slopes-summary" className={className}>
      <p className="slopes-summary-text">{children}</p>
    </TitledNote>
  );
}
