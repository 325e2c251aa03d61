"use client";
import type { ReactNode } from "react";
import { useId } from "react";
import { Heading } from "./Heading";

/** Props of {@link TitledNote}. */
export interface TitledNoteProps {
  title: ReactNode;
  /** Class of the block, e.g. `slopes-notice`. */
  kind: string;
  className?: string | undefined;
  children: ReactNode;
}

/** A note (`role="note"`) named by its own heading: the frame of `Notice` and `Summary`. */
export function TitledNote({ title, kind, className, children }: TitledNoteProps) {
  const headingId = useId();
  return (
    <div
      role="note"
      aria-labelledby={headingId}
      className={[kind, className].filter(Boolean).join(" ")}
    >
      <Heading id={headingId} className="slopes-block-title">
        {title}
      </Heading>
      {children}
    </div>
  );
}
