// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { DerivativeTable } from "../../src/lesson/DerivativeTable";
import { Exercise } from "../../src/lesson/Exercise";
import { Glossary } from "../../src/lesson/Glossary";
import { Lesson } from "../../src/lesson/Lesson";
import { Notice } from "../../src/lesson/Notice";
import { Quiz } from "../../src/lesson/Quiz";
import { Section } from "../../src/lesson/Section";
import { Summary } from "../../src/lesson/Summary";
import { Term } from "../../src/lesson/Term";
import { QUESTIONS } from "./fixtures";

describe("lesson blocks on the server", () => {
  it("render a whole lesson, table of contents included, without a DOM", () => {
    const html = renderToString(
      <Glossary terms={{ slope: { term: "Slope", definition: "Rise over run." } }}>
        <Lesson title="Derivatives" chapter={7}>
          <Section id="act-1" title="The derivative is a slope">
            <p>
              A <Term id="slope">slope</Term> is a rate.
            </p>
            <Notice items={["First", "Second"]} />
            <DerivativeTable rows={[{ f: "x^2" }, { f: "x^^2" }]} />
          </Section>
          <Section id="act-2" title="The chain rule">
            <Exercise
              number={2}
              statement="Differentiate."
              answer={{ value: 54 }}
              derivation={{ expr: "(2x+1)^3" }}
            />
            <Quiz questions={QUESTIONS} />
          </Section>
          <Summary>One sentence.</Summary>
        </Lesson>
      </Glossary>,
    );
    expect(html).toContain('<nav class="slopes-lesson-contents" aria-label="Contents">');
    expect(html).toMatch(/<a href="#act-1">The derivative is a slope<\/a>/);
    expect(html).toMatch(/<a href="#act-2">The chain rule<\/a>/);
    expect(html).toMatch(/<section id="act-1" aria-labelledby="act-1-title"/);
    expect(html).toContain("Chapter 7");
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain("Cannot differentiate this formula");
    expect(html).toContain("Show the next step");
    expect(html).toContain('type="radio"');
    expect(html).not.toContain("NaN");
  });
});
