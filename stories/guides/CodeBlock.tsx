import { useId, useState } from "react";
import type { ReactNode } from "react";

/** Props of {@link CodeBlock}. */
export interface CodeBlockProps {
  /** Heading of the block. */
  title: string;
  /** The code, shown as written and copied as written. */
  code: string;
  /** A line under the code. */
  note?: ReactNode;
}

/** A titled block of code with a Copy button (the clipboard, or the code selected to copy). */
export function CodeBlock({ title, code, note }: CodeBlockProps) {
  const id = useId();
  const [status, setStatus] = useState("");
  const copy = () => {
    const select = () => {
      const element = document.getElementById(id);
      const selection = window.getSelection();
      if (!element || !selection) return;
      const range = document.createRange();
      range.selectNodeContents(element);
      selection.removeAllRanges();
      selection.addRange(range);
      setStatus("Selected: press Ctrl+C (⌘C) to copy.");
    };
    if (!navigator.clipboard) return select();
    navigator.clipboard.writeText(code).then(() => setStatus("Copied."), select);
  };
  return (
    <section className="slopes-code-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {/* Focusable so a keyboard can scroll a long line. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre tabIndex={0} aria-labelledby={`${id}-title`}>
        <code id={id}>{code}</code>
      </pre>
      <button type="button" onClick={copy}>
        Copy
      </button>{" "}
      <span role="status">{status}</span>
      {note ? <p>{note}</p> : null}
    </section>
  );
}
