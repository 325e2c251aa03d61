import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { differentiate, toTeX } from "../../src/math";
import { DerivativeTable } from "../../src/lesson/DerivativeTable";
import { texOf } from "./helpers";

const CHAPTER_ROWS = [
  { f: "x^n" },
  { f: "e^x" },
  { f: "ln(x)" },
  { f: "sigmoid(x)", note: "written with its own value" },
];

function rows() {
  const table = screen.getByRole("table");
  return within(table).getAllByRole("row").slice(1);
}

describe("DerivativeTable", () => {
  it("computes the f′ column with the engine", () => {
    render(<DerivativeTable rows={CHAPTER_ROWS} />);
    const body = rows();
    expect(body).toHaveLength(4);
    CHAPTER_ROWS.forEach((row, i) => {
      const line = within(body[i] as HTMLElement);
      expect(texOf(line.getAllByRole("cell")[0])).toBe(toTeX(row.f));
      expect(texOf(line.getAllByRole("cell")[1])).toBe(toTeX(differentiate(row.f, "x")));
    });
  });

  it("shows the chapter's table: (xⁿ)′ = n·xⁿ⁻¹, (eˣ)′ = eˣ, (ln x)′ = 1/x, σ′ = σ(1 − σ)", () => {
    render(<DerivativeTable rows={CHAPTER_ROWS} />);
    const derivatives = rows().map((row) => texOf(within(row).getAllByRole("cell")[1]));
    expect(derivatives).toEqual([
      "n x^{n - 1}",
      "e^{x}",
      "\\frac{1}{x}",
      "\\sigma(x) (1 - \\sigma(x))",
    ]);
  });

  it("has a caption, column headers and the notes column only when a row has a note", () => {
    const { rerender } = render(<DerivativeTable rows={CHAPTER_ROWS} caption="Derivatives" />);
    expect(screen.getByRole("table", { name: "Derivatives" })).toBeInTheDocument();
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "f(x)",
      "f′(x)",
      "Note",
    ]);
    expect(screen.getByText("written with its own value")).toBeInTheDocument();
    rerender(<DerivativeTable rows={[{ f: "t^2" }]} variable="t" />);
    expect(
      screen.getByRole("table", { name: "Derivatives computed by the engine" }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "f(t)",
      "f′(t)",
    ]);
    expect(texOf(screen.getAllByRole("cell")[1])).toBe("2 t");
  });

  it("shows a row that does not parse as its error message, and keeps the other rows", () => {
    render(<DerivativeTable rows={[{ f: "x^^2" }, { f: "x^2" }]} />);
    const [bad, good] = rows();
    expect(within(bad as HTMLElement).getAllByRole("cell")[0]).toHaveTextContent("x^^2");
    expect(within(bad as HTMLElement).getAllByRole("cell")[1]).toHaveTextContent(
      /Cannot differentiate this formula: Expected a number or a variable after '\^'/,
    );
    expect(texOf(within(good as HTMLElement).getAllByRole("cell")[1])).toBe("2 x");
  });
});
