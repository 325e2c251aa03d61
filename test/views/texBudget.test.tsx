import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MAX_TEX_LENGTH } from "../../src/math";
import { LocaleProvider } from "../../src/hooks/useLocale";
import { Tex } from "../../src/views/Tex";

describe("Tex keeps to the engine's TeX budget (#18)", () => {
  // "2x+x+…+x": 2n characters for n terms.
  const sum = (n: number) => "2" + Array.from({ length: n }, () => "x").join("+");

  it("typesets TeX up to MAX_TEX_LENGTH characters", () => {
    const tex = sum(MAX_TEX_LENGTH / 2);
    expect(tex).toHaveLength(MAX_TEX_LENGTH);
    const { container } = render(<Tex tex={tex} display />);
    expect(container.querySelector(".katex")).not.toBeNull();
    expect(container.querySelector(".slopes-tex-omitted")).toBeNull();
  });

  it("says a longer formula is too long to typeset, instead of handing it to KaTeX", () => {
    const { container } = render(<Tex tex={`2${sum(MAX_TEX_LENGTH / 2)}`} display />);
    expect(container.querySelector(".katex")).toBeNull();
    expect(container.querySelector(".slopes-tex-omitted")).toHaveTextContent(
      "This formula is too long to typeset here (more than 1,500 characters)",
    );
  });

  it("says it in the reader's language", () => {
    const { container } = render(
      <LocaleProvider locale="fr">
        <Tex tex={sum(MAX_TEX_LENGTH)} />
      </LocaleProvider>,
    );
    expect(container.querySelector(".slopes-tex-omitted")).toHaveTextContent(
      "Cette formule est trop longue pour être composée ici (plus de 1 500 caractères)",
    );
  });
});
