import type { ReactNode } from "react";
import type { ExerciseStep, GlossaryEntry, QuizQuestion, SourceReference } from "../../src";

/** The words of the chapter in one language; the structure and the numbers are shared. */
export interface ChapterText {
  lang: "en" | "fr";
  title: string;
  thread: { title: string; body: ReactNode };
  act1: {
    label: string;
    title: string;
    body: ReactNode;
    explorerTitle: string;
    notice: ReactNode[];
    tableTitle: string;
    tableIntro: ReactNode;
    tableCaption: string;
    sigmoidNote: ReactNode;
  };
  act2: {
    label: string;
    title: string;
    body: ReactNode;
    neuron: ReactNode;
    explorerTitle: string;
    notice: ReactNode[];
  };
  act3: {
    label: string;
    title: string;
    body: ReactNode;
    explorerTitle: string;
    notice: ReactNode[];
  };
  exercises: {
    title: string;
    intro: ReactNode;
    items: { title: string; statement: ReactNode; steps?: ExerciseStep[] }[];
  };
  quiz: { title: string; questions: QuizQuestion[] };
  summary: ReactNode;
  sources: SourceReference[];
  glossary: Record<string, GlossaryEntry>;
}
