// @vitest-environment node
import { describe, expect, it } from "vitest";
import { safeParse } from "../../src/math";
import { checkExpression } from "../../src/models/expression";
import { translateProblem } from "../../src/i18n/problems";

const BAD = [
  "",
  "|x|",
  "f(x) = x^2",
  "1,5",
  "(x+1",
  "x)",
  "x + * 2",
  "3 *",
  "*x",
  "sinn(x)",
  "sin x",
  "sin(x, y)",
  "max(x)",
  "x⁻",
  "[x]",
  "x $ 2",
  "x".repeat(10_001),
  "(".repeat(300) + "x",
  "2 3",
];

describe("French messages about formulas", () => {
  it.each(BAD)("%j gets a French message", (source) => {
    const result = safeParse(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const french = translateProblem(result.error.message, "fr");
    expect(french).not.toBe(result.error.message);
    expect(french).not.toMatch(
      /\b(the|Expected|Missing|Unknown|Write|Use|Type|This|needs|takes)\b/,
    );
  });

  it("keeps names, suggestions and positions", () => {
    expect(translateProblem("Unknown function 'sinn' — did you mean 'sin'?", "fr")).toBe(
      "Fonction inconnue « sinn » — vouliez-vous dire « sin » ?",
    );
    expect(translateProblem("Missing ')' to close the '(' at 4", "fr-CA")).toBe(
      "Il manque « ) » pour fermer la « ( » en position 4",
    );
  });

  it("translates the widget's own variable check", () => {
    const check = checkExpression("x + t", ["x"]);
    if (check.ok) throw new Error("expected a problem");
    expect(translateProblem(check.problem.message, "fr")).toBe(
      "Cette formule ne peut utiliser que x ; elle utilise aussi t.",
    );
  });

  it("leaves English as it is", () => {
    expect(translateProblem("Missing ')' to close the '(' at 4", "en")).toBe(
      "Missing ')' to close the '(' at 4",
    );
  });
});
