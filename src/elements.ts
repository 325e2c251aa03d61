/**
 * The `slopes/embed` bundle's entry: registers the widgets' custom elements (`src/embed`) and the
 * lesson blocks' (`src/lesson/elements`), and exports what `slopes/embed` declares.
 */
import { defineLessonElements } from "./lesson/elements/index";

export * from "./embed/index";

if (typeof customElements !== "undefined") defineLessonElements();
