import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import type { LessonLabels } from "../../src/i18n/lessonLabels";
import { Exercise } from "../../src/lesson/Exercise";
import { Lesson } from "../../src/lesson/Lesson";
import { lessonLabels } from "../../src/i18n/lessonLabels";
import { Notice } from "../../src/lesson/Notice";
import { Section } from "../../src/lesson/Section";
import { Sources } from "../../src/lesson/Sources";
import { Summary } from "../../src/lesson/Summary";
import { tableOfContents } from "../../src/lesson/tableOfContents";

function MiniLesson(props: { contents?: boolean; labels?: LessonLabels; locale?: string }) {
  return (
    <Lesson title="Slopes" chapter={7} {...props}>
      <Section id="act-1" label="Act 1" title="The derivative is a slope">
        <p>Zoom in until the curve looks straight.</p>
        <Notice items={["The secant tips over.", "The slope is 0 at the bottom."]} />
      </Section>
      <>
        <Section id="act-2" title="The chain rule">
          <Exercise number={1.5} title="Practice" statement="Try it." steps={[{ text: "Go." }]} />
        </Section>
      </>
      <Summary>Slopes multiply along a chain.</Summary>
      <Sources
        references={[
          { authors: "Spivak", title: "Calculus", year: 2008, details: "4th edition" },
          {
            authors: "Nielsen",
            title: "Neural Networks and Deep Learning",
            year: 2015,
            url: "http://neuralnetworksanddeeplearning.com",
          },
        ]}
      />
    </Lesson>
  );
}

describe("Lesson", () => {
  it.each([
    ["en_US", "1.5"],
    ["fr_FR", "1,5"],
    ["français", "1.5"],
    ["", "1.5"],
  ])("renders with locale=%j, numbers in %s (#18)", (locale, number) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<MiniLesson locale={locale} />);
    expect(screen.getByRole("article", { name: "Chapter 7 Slopes" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: new RegExp(`Exercise ${number}`) })).toBeVisible();
    expect(warn).toHaveBeenCalledTimes(locale === "français" ? 1 : 0);
    warn.mockRestore();
  });

  it("is an article named by its chapter and title, with a table of contents of its sections", () => {
    render(<MiniLesson />);
    const article = screen.getByRole("article", { name: "Chapter 7 Slopes" });
    expect(article).toHaveClass("slopes");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Chapter 7 Slopes");
    const nav = screen.getByRole("navigation", { name: "Contents" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Act 1 The derivative is a slope", "#act-1"],
      ["The chain rule", "#act-2"],
    ]);
    for (const link of links) {
      expect(document.querySelector(link.getAttribute("href") as string)).toBeInstanceOf(
        HTMLElement,
      );
    }
  });

  it("nests the headings: lesson 1, sections 2, blocks inside sections 3, solution 4", () => {
    render(<MiniLesson />);
    expect(screen.getByRole("region", { name: "Act 1 The derivative is a slope" })).toBeVisible();
    const level = (name: string | RegExp) =>
      Number(screen.getByRole("heading", { name }).tagName.slice(1));
    expect(level("The chain rule")).toBe(2);
    expect(level("Things to notice")).toBe(3);
    expect(level(/Exercise 1\.5/)).toBe(3);
    expect(level("Worked solution")).toBe(4);
    expect(level("In one sentence")).toBe(2);
    expect(level("Sources")).toBe(2);
  });

  it("leaves out the table of contents when asked", () => {
    render(<MiniLesson contents={false} />);
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  it("takes another label table and locale for every block inside", () => {
    const labels: LessonLabels = {
      ...lessonLabels,
      chapter: (n) => `Chapitre ${n}`,
      contents: "Sommaire",
      noticeTitle: "À remarquer",
      exercise: (n) => `Exercice ${n}`,
    };
    render(<MiniLesson labels={labels} locale="fr" />);
    expect(screen.getByRole("navigation", { name: "Sommaire" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "À remarquer" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /Exercice 1,5/ })).toBeInTheDocument();
  });

  it("lists tableOfContents entries from direct children and fragments only", () => {
    const entries = tableOfContents(
      <>
        <Section id="a" title="A" />
        <div>
          <Section id="hidden" title="Inside a div" />
        </div>
        {[<Section key="b" id="b" title="B" />]}
      </>,
    );
    expect(entries.map((e) => e.id)).toEqual(["a", "b"]);
  });
});

describe("Notice, Summary and Sources", () => {
  it("Notice is a note with a heading and a numbered list", () => {
    render(<Notice title="Look" items={["one", "two", "three"]} />);
    const note = screen.getByRole("note", { name: "Look" });
    expect(
      within(note)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["one", "two", "three"]);
    expect(note.querySelector("ol")).not.toBeNull();
  });

  it("Summary says the lesson in one sentence", () => {
    render(<Summary>Everything is a slope.</Summary>);
    expect(screen.getByRole("note", { name: "In one sentence" })).toHaveTextContent(
      "Everything is a slope.",
    );
  });

  it("Sources list authors, year, title and details", () => {
    render(<MiniLesson />);
    const list = screen.getByRole("list", { name: "Sources" });
    const items = within(list).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Spivak (2008). Calculus, 4th edition.");
    expect(within(items[1] as HTMLElement).getByRole("link")).toHaveAttribute(
      "href",
      "http://neuralnetworksanddeeplearning.com",
    );
  });
});
