"use client";
import { useMemo } from "react";
import { Glossary } from "../Glossary";
import { Term } from "../Term";
import { LessonElementFrame } from "./LessonElementFrame";
import type { LessonElementProps } from "./LessonElementFrame";
import { childrenTagged, contentOf, hasContent, Markup } from "./markup";

/** Attributes of `<slopes-term>`, and the element it reads its markup from. */
export interface TermElementProps extends LessonElementProps {
  term?: string;
  definition?: string;
}

/**
 * A glossary term in the author's prose, written in HTML: the words are the element's text, the
 * popover's heading its `term` attribute (default: the words), the definition its `definition`
 * attribute or a `<slopes-definition>` child (which may hold markup).
 */
export function TermElement(props: TermElementProps) {
  const { host, version } = props;
  const { term: name, definition: text } = props;
  const { words, terms } = useMemo(() => {
    void version; // the markup changed: read it again
    const words = contentOf(host, ["slopes-definition"]);
    const child = childrenTagged(host, "slopes-definition")[0];
    const spoken = words
      .map((node) => node.textContent ?? "")
      .join("")
      .trim();
    const definition = child ? <Markup nodes={[...child.childNodes]} block /> : (text ?? "");
    return { words, terms: { term: { term: name || spoken, definition } } };
  }, [host, version, name, text]);
  return (
    <LessonElementFrame {...props} inline>
      <Glossary terms={terms}>
        <Term id="term">{hasContent(words) ? <Markup nodes={words} /> : terms.term.term}</Term>
      </Glossary>
    </LessonElementFrame>
  );
}
