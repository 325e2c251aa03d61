"use client";
import { useLayoutEffect, useRef } from "react";

/** The element's child nodes, less the children with one of these tags (its structure). */
export function contentOf(host: Element, structure: readonly string[]): Node[] {
  const skip = new Set(structure.map((tag) => tag.toUpperCase()));
  return [...host.childNodes].filter(
    (node) => !(node instanceof Element && skip.has(node.tagName)),
  );
}

/** The children of `host` with this tag, in order. */
export function childrenTagged(host: Element, tag: string): Element[] {
  return [...host.children].filter((child) => child.tagName === tag.toUpperCase());
}

/** Whether a node holds something to show (not only white space or comments). */
export function hasContent(nodes: readonly Node[]): boolean {
  return nodes.some((node) =>
    node.nodeType === Node.TEXT_NODE
      ? node.textContent?.trim()
      : node.nodeType === Node.ELEMENT_NODE,
  );
}

/**
 * Shows the author's own markup (nodes written in the page) inside the element's shadow root, as
 * copies: no HTML string is ever parsed, the page's nodes stay where the author wrote them.
 */
export function Markup({
  nodes,
  block = false,
  className,
}: {
  nodes: readonly Node[];
  block?: boolean;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement & HTMLSpanElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(...nodes.map((node) => node.cloneNode(true)));
  }, [nodes]);
  return block ? <div ref={ref} className={className} /> : <span ref={ref} className={className} />;
}
