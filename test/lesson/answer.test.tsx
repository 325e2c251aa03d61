import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { LocaleProvider } from "../../src/hooks/useLocale";
import { Exercise } from "../../src/lesson/Exercise";
import { normaliseAnswer, readAnswer, readAnswerIn } from "../../src/lesson/answer";

describe("readAnswer in English (#18)", () => {
  it.each([
    ["24,000", 24000],
    ["24 000", 24000],
    ["24\u202f000", 24000],
    ["1,234", 1234],
    ["1,234,567.5", 1234567.5],
    ["24,000.5", 24000.5],
    ["0,5", 0.5],
    ["0,500", 0.5],
    ["1,23", 1.23],
    ["2.5", 2.5],
    [".5", 0.5],
    ["max(1,5,0)", 5],
    ["max(1, 5, 0)", 5],
    ["min(24,000, 3)", 0],
    ["1,5,0", undefined],
    ["1,2345,6", undefined],
    ["1.234,5", undefined],
    ["2 3", undefined],
    ["1e3", 1000],
    ["1.5e-3", 0.0015],
    ["3²", 9],
    ["w1", undefined],
  ])("reads %j as %j", (text, value) => {
    expect(readAnswer(text)).toBe(value);
    expect(readAnswer(text, "en-GB")).toBe(value);
  });

  it("accepts 24,000 for 24000 and refuses it for 24", () => {
    expect(readAnswer("24,000")).not.toBe(24);
    expect(readAnswer("24,000")).toBe(24000);
  });
});

describe("readAnswer in French (#18)", () => {
  it.each([
    ["24,000", 24],
    ["0,5", 0.5],
    ["24 000", 24000],
    ["24\u00a0000", 24000],
    ["24\u202f000", 24000],
    ["1 234,5", 1234.5],
    ["1.234,5", 1234.5],
    ["1.234.567", 1234567],
    ["2.5", 2.5],
    ["0.500", 0.5],
    [",5", 0.5],
    ["max(1,5,0)", 5],
    ["max(1, 5, 0)", 5],
    ["1,2,3", undefined],
    ["1,234.5", undefined],
    ["−0,25", -0.25],
  ])("reads %j as %j", (text, value) => {
    expect(readAnswer(text, "fr")).toBe(value);
    expect(readAnswer(text, "fr-CA")).toBe(value);
    expect(readAnswer(text, "de")).toBe(value);
  });

  it.each([
    ["1.234", 1234, 1.234],
    ["24.000", 24000, 24],
    ["-1.500/2", -750, -0.75],
  ])("refuses %j as ambiguous: %d or %d", (text, grouped, decimal) => {
    expect(readAnswerIn(text, "fr")).toEqual({ kind: "ambiguous", grouped, decimal });
    expect(readAnswer(text, "fr")).toBeUndefined();
  });
});

describe("Unicode digits and minus signs (#18)", () => {
  it.each([
    ["－24", -24],
    ["２４", 24],
    ["‐24", -24],
    ["‑24", -24],
    ["‒24", -24],
    ["–24", -24],
    ["−24", -24],
    ["﹣24", -24],
    ["٢٤", 24],
    ["۲۴", 24],
    ["२४", 24],
    ["２４，０００", 24000],
    ["½", 0.5],
    ["−１／２", -0.5],
  ])("reads %j as %d in English and French", (text, value) => {
    expect(readAnswer(text)).toBe(value);
    expect(readAnswer(text, "fr")).toBe(text === "２４，０００" ? 24 : value);
  });

  it("keeps superscripts and subscripts for the engine", () => {
    expect(normaliseAnswer("３²")).toBe("3²");
    expect(normaliseAnswer("w₁")).toBe("w₁");
  });
});

describe("Exercise answers read in the lesson's language (#18)", () => {
  function TwentyFourThousand() {
    return (
      <Exercise
        number={1}
        title="Big"
        statement="How much?"
        answer={{ value: 24000, label: "n =" }}
        steps={[{ text: "It is 24000." }]}
      />
    );
  }

  function check(text: string, label = "n =", button = "Check"): string {
    fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value: text } });
    fireEvent.click(screen.getByRole("button", { name: button }));
    return screen.getAllByRole("status")[0]?.textContent ?? "";
  }

  it("English: 24,000 is 24000", () => {
    render(<TwentyFourThousand />);
    expect(check("24,000")).toBe("Correct: the answer is 24000.");
    expect(check("24")).toMatch(/^Not quite: 24 is not the answer/);
  });

  it("French: 24 000 is 24000, 24,000 is 24, and 24.000 is asked about", () => {
    const onCheck = vi.fn();
    render(
      <LocaleProvider locale="fr">
        <Exercise
          number={1}
          title="Grand"
          statement="Combien ?"
          answer={{ value: 24000, label: "n =" }}
          steps={[{ text: "C'est 24000." }]}
          onCheck={onCheck}
        />
      </LocaleProvider>,
    );
    expect(check("24 000", "n =", "Vérifier")).toBe("Exact : la réponse est 24000.");
    expect(check("24,000", "n =", "Vérifier")).toMatch(/^Pas tout à fait : 24 n'est pas/);
    expect(check("24.000", "n =", "Vérifier")).toBe(
      "Vouliez-vous dire 24000 ou 24 ? « 24.000 » peut se lire des deux façons : tapez le nombre sans séparateur de milliers.",
    );
    expect(screen.getByRole("textbox", { name: "n =" })).toHaveAttribute("aria-invalid", "true");
    expect(onCheck).toHaveBeenLastCalledWith({ text: "24.000", value: undefined, correct: false });
  });
});
