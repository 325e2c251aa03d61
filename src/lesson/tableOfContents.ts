import type { ReactNode } from "react";
import { Children, Fragment, isValidElement } from "react";
import type { SectionProps } from "./Section";
import { Section } from "./Section";

/** One entry of a lesson's table of contents. */
export interface ContentsEntry {
  id: string;
  title: ReactNode;
  label?: ReactNode;
}

/**
 * The `Section`s among `children` (direct children, or inside fragments), in order. Computed
 * while rendering, so the table of contents is part of the server-rendered HTML.
 */
export function tableOfContents(children: ReactNode): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  const visit = (nodes: ReactNode) => {
    Children.forEach(nodes, (child) => {
      if (!isValidElement(child)) return;
      if (child.type === Fragment) {
        visit((child.props as { children?: ReactNode }).children);
      } else if (child.type === Section) {
        const { id, title, label } = child.props as SectionProps;
        entries.push(label === undefined ? { id, title } : { id, title, label });
      }
    });
  };
  visit(children);
  return entries;
}
