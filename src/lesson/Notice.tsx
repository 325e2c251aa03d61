"use client";
import type { ReactNode } from "react";
import { useId } from "react";
import { Heading } from "./Heading";
import { useLessonLanguage } from "./LessonLabels";

/** Props of {@link Notice}. */
export interface NoticeProps {
  /** The observations, in the order a reader should make them. */
  items: readonly ReactNode[];
  /** Heading of the list. @default "Things to notice" */
  title?: ReactNode;
  className?: string | undefined;
}

/**
 * "Things to notice": a numbered list of what to look for in a widget, in a note (`role="note"`)
 * named by its heading.
 */
export function Notice({ items, title, className }: NoticeProps) {
  const { labels } = useLessonLanguage();
  const headingId = useId();
  return (
    <div
      role="note"
      aria-labelledby={headingId}
      className={["slopes-notice", className].filter(Boolean).join(" ")}
    >
      <Heading id={headingId} className="slopes-block-title">
        {title ?? labels.noticeTitle}
      </Heading>
      <ol className="slopes-notice-list">
        {items.map((item, index) => (
          // The list is authored once and never reordered: the position is a stable key.
          <li key={index}>{item}</li>
        ))}
      </ol>
    </div>
  );
}
