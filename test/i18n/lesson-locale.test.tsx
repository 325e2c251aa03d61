import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { Exercise, Lesson, LocaleProvider, Section } from "../../src";
import { lessonLabels } from "../../src/i18n/lessonLabels";
import { lessonFr } from "../../src/i18n/lessonLabelsFr";

describe("lesson blocks in French", () => {
  it("the French table has every key, rule names included", () => {
    expect(Object.keys(lessonFr).sort()).toEqual(Object.keys(lessonLabels).sort());
    expect(Object.keys(lessonFr.rules).sort()).toEqual(Object.keys(lessonLabels.rules).sort());
  });

  it("follow the page's LocaleProvider: words and numbers", () => {
    render(
      <LocaleProvider locale="fr">
        <Lesson title="Dérivées" chapter={7}>
          <Section id="pente" title="La dérivée est une pente">
            <Exercise number={1.5} statement="Dérivez x²." derivation={{ expr: "x^2" }} />
          </Section>
        </Lesson>
      </LocaleProvider>,
    );
    expect(screen.getByRole("navigation", { name: "Sommaire" })).toBeInTheDocument();
    expect(screen.getByText(/Chapitre 7/)).toBeInTheDocument();
    expect(screen.getByText(/Exercice 1,5/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Voir l'étape suivante" })).toBeInTheDocument();
  });
});
