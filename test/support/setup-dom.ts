import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

// jsdom loads no CSS: stand in for slopes/styles.css where the explorers' development check
// looks for it, so only the test of that check sees the warning.
if (typeof document !== "undefined") {
  const theme = document.createElement("style");
  theme.id = "slopes-test-theme";
  theme.textContent = ".slopes { --slopes-stylesheet: loaded; }";
  document.head.append(theme);
}

afterEach(() => {
  cleanup();
});
