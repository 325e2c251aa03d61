import { afterEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Glossary } from "../../src/lesson/Glossary";
import { Term } from "../../src/lesson/Term";

const TERMS = {
  derivative: {
    term: "Derivative",
    definition: <p>The slope of the tangent: how fast f changes at a point.</p>,
  },
};

afterEach(() => vi.restoreAllMocks());

describe("Term", () => {
  it("opens on a page with no slopes root around it (the popover then goes to the body)", async () => {
    render(
      <Glossary terms={TERMS}>
        <p>
          The <Term id="derivative">derivative</Term> is a slope.
        </p>
      </Glossary>,
    );
    fireEvent.click(screen.getByRole("button", { name: "derivative" }));
    const dialog = await screen.findByRole("dialog", { name: "Derivative" });
    expect(dialog).toHaveAccessibleDescription(/how fast f changes at a point/);
    // Its own root class still gives it the theme's colours.
    expect(dialog).toHaveClass("slopes");
  });

  it("is a button in the text that opens a named dialog with the definition", async () => {
    render(
      <div className="slopes">
        <Glossary terms={TERMS}>
          <p>
            The <Term id="derivative">derivative</Term> is a slope.
          </p>
        </Glossary>
      </div>,
    );
    const button = screen.getByRole("button", { name: "derivative" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveAttribute("aria-haspopup", "dialog");
    fireEvent.click(button);
    const dialog = await screen.findByRole("dialog", { name: "Derivative" });
    expect(dialog).toHaveAccessibleDescription(/how fast f changes at a point/);
    expect(button).toHaveAttribute("aria-expanded", "true");
    // The popover opens inside the themed root so it gets the lesson's colours.
    expect(dialog.closest(".slopes")).not.toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Close the definition of Derivative" }));
    });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("uses the entry's name when it has no words of its own", () => {
    render(
      <Glossary terms={TERMS}>
        <Term id="derivative" />
      </Glossary>,
    );
    expect(screen.getByRole("button", { name: "Derivative" })).toBeInTheDocument();
  });

  it("prints an unknown term plainly and warns once in development", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <Glossary terms={TERMS}>
        <p>
          The <Term id="jacobian">Jacobian</Term> and the <Term id="jacobian">Jacobian</Term>.
        </p>
      </Glossary>,
    );
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getAllByText("Jacobian")).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/<Term id="jacobian"> has no entry/);
  });

  it("merges nested glossaries", () => {
    render(
      <Glossary terms={TERMS}>
        <Glossary terms={{ gradient: { term: "Gradient", definition: "All the slopes." } }}>
          <Term id="derivative" /> <Term id="gradient" />
        </Glossary>
      </Glossary>,
    );
    expect(screen.getAllByRole("button")).toHaveLength(2);
  });
});
