"use client";
import type { ReactNode } from "react";
import { Deeper, Heading } from "./Heading";

/** Props of {@link Section}. */
export interface SectionProps {
  /** Anchor of the section (`#id`), also its entry in the lesson's table of contents. */
  id: string;
  /** Heading of the section, e.g. "The derivative is a slope". */
  title: ReactNode;
  /** Short label before the title, e.g. "Act 1". */
  label?: ReactNode;
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * One act of a lesson: a `<section>` named by its heading, with an id the table of contents of
 * {@link Lesson} links to. Blocks inside get headings one level deeper.
 */
export function Section({ id, title, label, className, children }: SectionProps) {
  const headingId = `${id}-title`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={["slopes-section", className].filter(Boolean).join(" ")}
    >
      <Heading id={headingId} className="slopes-section-title">
        {label !== undefined && (
          <>
            <span className="slopes-section-label">{label}</span>{" "}
          </>
        )}
        {title}
      </Heading>
      <Deeper>{children}</Deeper>
    </section>
  );
}
