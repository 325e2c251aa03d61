"use client";
import type { ReactNode } from "react";
import { createContext, useContext, useMemo } from "react";

/** One glossary entry: the term as it is named, and its definition. */
export interface GlossaryEntry {
  /** The term's name, the heading of its popover, e.g. "Chain rule". */
  term: string;
  /** The definition a reader opens from the text. */
  definition: ReactNode;
}

/** Glossary entries by id, e.g. `{ derivative: { term: "Derivative", definition: … } }`. */
export type GlossaryTerms = Readonly<Record<string, GlossaryEntry>>;

const EMPTY: GlossaryTerms = {};
const GlossaryContext = createContext<GlossaryTerms>(EMPTY);

/** Props of {@link Glossary}. */
export interface GlossaryProps {
  /** Every definition, declared once for the whole lesson. */
  terms: GlossaryTerms;
  children?: ReactNode;
}

/**
 * Declares the glossary once; every {@link Term} inside looks its definition up by id. Nested
 * glossaries add to (and override) the outer one.
 */
export function Glossary({ terms, children }: GlossaryProps) {
  const outer = useContext(GlossaryContext);
  const merged = useMemo(() => (outer === EMPTY ? terms : { ...outer, ...terms }), [outer, terms]);
  return <GlossaryContext.Provider value={merged}>{children}</GlossaryContext.Provider>;
}

/** The entry with this id in the nearest {@link Glossary}, or undefined. */
export function useGlossaryEntry(id: string): GlossaryEntry | undefined {
  const terms = useContext(GlossaryContext);
  return Object.hasOwn(terms, id) ? terms[id] : undefined;
}
