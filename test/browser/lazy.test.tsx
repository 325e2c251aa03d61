import { describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import { ChainRuleExplorer, GradientExplorer, SecantExplorer } from "../../src";

describe("explorers far below the fold wait until they come near", () => {
  it.each([
    ["secant", <SecantExplorer key="s" title="Far secant" />],
    ["chain rule", <ChainRuleExplorer key="c" title="Far chain" />],
    ["gradient", <GradientExplorer key="g" title="Far gradient" />],
  ])("the %s explorer mounts only when scrolled near", async (_, element) => {
    render(
      <main>
        <div style={{ height: 4000 }} />
        {element}
      </main>,
    );
    const placeholder = document.querySelector(".slopes-placeholder") as HTMLElement;
    expect(placeholder).not.toBeNull();
    expect(placeholder).toHaveAttribute("aria-busy", "true");
    expect(document.querySelector("main svg")).toBeNull();
    placeholder.scrollIntoView();
    await waitFor(() => expect(document.querySelector("main svg")).not.toBeNull());
    expect(document.querySelector(".slopes-placeholder")).toBeNull();
    window.scrollTo(0, 0);
  });

  it("lazy={false} mounts at once", () => {
    render(
      <main>
        <div style={{ height: 4000 }} />
        <GradientExplorer lazy={false} title="Eager" />
      </main>,
    );
    expect(screen.getByRole("group", { name: "Eager" }).querySelector("svg")).not.toBeNull();
  });
});
