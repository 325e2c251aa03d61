/**
 * Lesson blocks as custom elements, for course pages written in HTML: `<slopes-term>`,
 * `<slopes-exercise>` and `<slopes-quiz>`, each the React block (`Term`, `Exercise`, `Quiz`)
 * over the author's own child markup, in a shadow root like the widgets. Registered with the
 * widgets by the `slopes/embed` bundle; each block's code is a chunk loaded when the first such
 * element joins the page.
 */
import type { ComponentType } from "react";
import type { AttributeSpec } from "../../embed/attributeSpec";
import type { CustomElementSpec } from "../../embed/customElement";
import { defineAll } from "../../embed/customElement";

const LANG: AttributeSpec = { name: "lang", kind: "text", example: "fr" };
const THEME: AttributeSpec = {
  name: "theme",
  kind: "choice",
  choices: ["light", "dark"],
  example: "dark",
};

/** The lesson elements and their attribute tables. */
export const LESSON_ELEMENTS: readonly CustomElementSpec[] = [
  {
    tag: "slopes-exercise",
    load: () => import("./ExerciseElement").then((m) => m.ExerciseElement as ComponentType<never>),
    readsChildren: true,
    attributes: [
      { name: "number", kind: "number", example: "3" },
      { name: "title", kind: "text", example: "A chain of three" },
      LANG,
      THEME,
    ],
  },
  {
    tag: "slopes-quiz",
    load: () => import("./QuizElement").then((m) => m.QuizElement as ComponentType<never>),
    readsChildren: true,
    attributes: [{ name: "title", kind: "text", example: "Check yourself" }, LANG, THEME],
  },
  {
    tag: "slopes-term",
    load: () => import("./TermElement").then((m) => m.TermElement as ComponentType<never>),
    readsChildren: true,
    attributes: [
      { name: "term", kind: "text", example: "Derivative" },
      { name: "definition", kind: "text", example: "The slope of the tangent." },
      LANG,
      THEME,
    ],
  },
];

/** Registers the lesson elements (a tag already taken is skipped). */
export function defineLessonElements(registry: CustomElementRegistry = customElements): void {
  defineAll(LESSON_ELEMENTS, registry);
}
