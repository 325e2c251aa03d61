import "@testing-library/jest-dom/vitest";
import "katex/dist/katex.min.css";
import "../../src/theme/styles.css";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

afterEach(() => {
  cleanup();
});
