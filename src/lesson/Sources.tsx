"use client";
import type { ReactNode } from "react";
import { useId } from "react";
import { Heading } from "./Heading";
import { useLessonLanguage } from "./LessonLabels";

/** One reference of {@link Sources}. */
export interface SourceReference {
  /** Authors as they should print, e.g. "Goodfellow, Bengio & Courville". */
  authors: string;
  /** Title of the work (set in italics, in a `<cite>`). */
  title: string;
  /** Year of publication. */
  year: number | string;
  /** Edition, chapters, sections… e.g. "ch. 6 and §6.5". */
  details?: ReactNode;
  /** Address of the work, if it is online. */
  url?: string | undefined;
}

/** Props of {@link Sources}. */
export interface SourcesProps {
  /** The references, in the order they should print. */
  references: readonly SourceReference[];
  /** Heading. @default "Sources" */
  title?: ReactNode;
  className?: string | undefined;
}

/** The works a lesson cites: authors, title, year and details, one per line. */
export function Sources({ references, title, className }: SourcesProps) {
  const { labels } = useLessonLanguage();
  const headingId = useId();
  return (
    <div className={["slopes-sources", className].filter(Boolean).join(" ")}>
      <Heading id={headingId} className="slopes-block-title">
        {title ?? labels.sourcesTitle}
      </Heading>
      <ul className="slopes-sources-list" aria-labelledby={headingId}>
        {references.map((ref) => (
          <li key={`${ref.authors}|${ref.title}|${ref.year}`}>
            {ref.authors} ({ref.year}).{" "}
            <cite>{ref.url ? <a href={ref.url}>{ref.title}</a> : ref.title}</cite>
            {ref.details !== undefined && <>, {ref.details}</>}.
          </li>
        ))}
      </ul>
    </div>
  );
}
