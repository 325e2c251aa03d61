"use client";
import type { ReactNode } from "react";
import { useLessonLanguage } from "./LessonLabels";
import { TitledNote } from "./TitledNote";

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
  return (
    <TitledNote title={title ?? labels.noticeTitle} kind="slopes-notice" className={className}>
      <ol className="slopes-notice-list">
        {items.map((item, index) => (
          // The list is authored once and never reordered: the position is a stable key.
          <li key={index}>{item}</li>
        ))}
      </ol>
    </TitledNote>
  );
}
