/**
 * Lesson blocks: compose a lesson's text around the explorers — sections, "things to notice",
 * glossary terms, derivative tables, exercises with worked solutions, quizzes, the summary and
 * the sources. Nothing else in the library imports this folder.
 */
export { Lesson } from "./Lesson";
export type { LessonProps } from "./Lesson";
export { Section } from "./Section";
export type { SectionProps } from "./Section";
export { tableOfContents } from "./tableOfContents";
export type { ContentsEntry } from "./tableOfContents";
export { Notice } from "./Notice";
export type { NoticeProps } from "./Notice";
export { Summary } from "./Summary";
export type { SummaryProps } from "./Summary";
export { Sources } from "./Sources";
export type { SourceReference, SourcesProps } from "./Sources";
export { Glossary, useGlossaryEntry } from "./Glossary";
export type { GlossaryEntry, GlossaryProps, GlossaryTerms } from "./Glossary";
export { Term } from "./Term";
export type { TermProps } from "./Term";
export { DerivativeTable } from "./DerivativeTable";
export type { DerivativeRow, DerivativeTableProps } from "./DerivativeTable";
export { Exercise } from "./Exercise";
export type { ExerciseProps } from "./Exercise";
export type { ExerciseAnswerSpec, ExerciseCheck } from "./ExerciseAnswer";
export type { ExerciseDerivation, ExerciseStep } from "./solutionSteps";
export { readAnswer } from "./answer";
export { Quiz } from "./Quiz";
export type { QuizProps } from "./Quiz";
export type { QuizOption, QuizQuestion, QuizQuestionResult } from "./quizResults";
export { LessonLabelsProvider, useLessonLanguage } from "./LessonLabels";
export type { LessonLabelsProviderProps, LessonLanguage } from "./LessonLabels";
export { lessonLabels } from "../i18n/lessonLabels";
export type { LessonLabels } from "../i18n/lessonLabels";
