"use client";
import type { ReactNode } from "react";
import type { LocaleInput } from "../i18n/locale";
import { useId } from "react";
import type { LessonLabels } from "../i18n/lessonLabels";
import { Deeper, Heading } from "./Heading";
import { LessonLabelsProvider, useLessonLanguage } from "./LessonLabels";
import { tableOfContents } from "./tableOfContents";

/** Props of {@link Lesson}. */
export interface LessonProps {
  /** Title of the lesson, e.g. "Derivatives and the chain rule". */
  title: ReactNode;
  /** Chapter number, shown above the title ("Chapter 7"). */
  chapter?: number | undefined;
  /** Show a table of contents built from the `Section` children. @default true */
  contents?: boolean | undefined;
  /** Level of the title heading; sections get the next level. @default 1 */
  headingLevel?: number | undefined;
  /** Words of every block inside. @default lessonLabels (English) */
  labels?: LessonLabels | undefined;
  /**
   * Language of the numbers inside (French readers see 0,5): a language tag or a `Locale`.
   * @default the `LocaleProvider`'s, else "en"
   */
  locale?: LocaleInput | undefined;
  /** Pin the colour theme. */
  theme?: "light" | "dark" | undefined;
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * A whole lesson: chapter number, title, a table of contents linking to each `Section` (built
 * from the children while rendering, so it is in the server HTML), then the sections.
 * @example
 * <Lesson title="Derivatives and the chain rule" chapter={7}>
 *   <Section id="slope" title="The derivative is a slope">…</Section>
 * </Lesson>
 */
export function Lesson(props: LessonProps) {
  const inherited = useLessonLanguage();
  return (
    <LessonLabelsProvider
      labels={props.labels ?? inherited.labels}
      locale={props.locale ?? inherited.code}
    >
      <LessonBody {...props} />
    </LessonLabelsProvider>
  );
}

function LessonBody({
  title,
  chapter,
  contents = true,
  headingLevel = 1,
  theme,
  className,
  children,
}: LessonProps) {
  const { labels, format } = useLessonLanguage();
  const titleId = useId();
  const entries = contents ? tableOfContents(children) : [];
  return (
    <article
      className={["slopes", "slopes-lesson", className].filter(Boolean).join(" ")}
      data-theme={theme}
      aria-labelledby={titleId}
    >
      <header className="slopes-lesson-header">
        <Deeper level={headingLevel}>
          <Heading id={titleId} className="slopes-lesson-title">
            {chapter !== undefined && (
              <>
                <span className="slopes-lesson-chapter">
                  {labels.chapter(format(chapter))}
                </span>{" "}
              </>
            )}
            {title}
          </Heading>
        </Deeper>
        {entries.length > 0 && (
          <nav className="slopes-lesson-contents" aria-label={labels.contents}>
            <ol>
              {entries.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`}>
                    {entry.label !== undefined && (
                      <>
                        <span className="slopes-section-label">{entry.label}</span>{" "}
                      </>
                    )}
                    {entry.title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
      </header>
      <Deeper level={headingLevel + 1}>{children}</Deeper>
    </article>
  );
}
