import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { GradientExplorer, SecantExplorer } from "../../src";

describe("faults stay inside one widget", () => {
  it("a throwing function shows its message; the page keeps working", () => {
    render(
      <main>
        <SecantExplorer
          fn={() => {
            throw new Error("this function always fails");
          }}
          title="Broken"
        />
        <SecantExplorer fn="x^2" defaultX={1} title="Healthy" />
      </main>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("this function always fails");
    const healthy = screen.getByRole("group", { name: "Healthy" });
    expect(healthy.querySelector('[role="slider"]')).toHaveAttribute("aria-valuenow", "1");
  });

  it("a cost that is undefined everywhere says so; the page keeps working", () => {
    const { container } = render(
      <main>
        <GradientExplorer cost="ln(-1 - w1^2 - w2^2)" title="Nowhere" />
        <SecantExplorer fn="x^2" title="Healthy" />
      </main>,
    );
    const nowhere = screen.getByRole("group", { name: "Nowhere" });
    expect(nowhere.textContent).toMatch(/undefined/i);
    const attributes = [...container.querySelectorAll("svg *")].flatMap((el) =>
      [...el.attributes].map((a) => a.value),
    );
    expect(attributes.join(" ")).not.toMatch(/NaN|Infinity/);
    expect(screen.getByRole("group", { name: "Healthy" })).toBeInTheDocument();
  });

  it("a window of zero width shows a message instead of a picture", () => {
    render(<SecantExplorer fn="x^2" domain={{ x: [1, 1] }} />);
    expect(screen.getByRole("alert")).toHaveTextContent(/x range from 1 to 1 is empty/);
  });

  it("garbage props from plain JavaScript are caught by the widget's error boundary", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <main>
        <SecantExplorer title="Garbage" domain={{ x: 5 } as never} />
        <p>After the widget</p>
      </main>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(/“Garbage” could not be drawn/);
    expect(screen.getByText("After the widget")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByRole("alert")).toBeInTheDocument();
    error.mockRestore();
  });
});
