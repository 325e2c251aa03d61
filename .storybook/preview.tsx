import type { Preview } from "@storybook/react-vite";
import "katex/dist/katex.min.css";
import "../src/theme/styles.css";
import "./preview.css";
import { extractArgTypes } from "./argTypes";
import { loadKatex } from "../src/views/katexEngine";

/** console.error and console.warn calls made while a story renders and plays. */
const consoleProblems: string[] = [];

const preview: Preview = {
  tags: ["autodocs"],
  // In an app KaTeX arrives after the first paint (the formulas read as plain text until then);
  // the docs site has it before a story renders, so stories, their checks and pictures show the
  // typeset formulas.
  loaders: [async () => ({ katex: await loadKatex() })],
  // Every story is a test: a console error or warning fails it (checked after the play function).
  beforeEach() {
    consoleProblems.length = 0;
    const original = { error: console.error, warn: console.warn };
    console.error = (...args: unknown[]) => {
      consoleProblems.push(`console.error: ${args.map(String).join(" ")}`);
      original.error(...args);
    };
    console.warn = (...args: unknown[]) => {
      consoleProblems.push(`console.warn: ${args.map(String).join(" ")}`);
      original.warn(...args);
    };
    return () => {
      console.error = original.error;
      console.warn = original.warn;
    };
  },
  afterEach() {
    if (consoleProblems.length > 0) {
      throw new Error(`The story wrote to the console:\n${consoleProblems.join("\n")}`);
    }
  },
  globalTypes: {
    theme: {
      description: "Colour theme of the widgets",
      toolbar: {
        title: "Theme",
        icon: "contrast",
        items: [
          { value: "auto", title: "Follow the system" },
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "auto" },
  decorators: [
    (Story, context) => {
      const theme = (context.parameters.theme as string | undefined) ?? context.globals.theme;
      return (
        <div
          className="slopes slopes-story"
          data-theme={theme === "auto" || theme === undefined ? undefined : theme}
        >
          <Story />
        </div>
      );
    },
  ],
  parameters: {
    layout: "padded",
    controls: { matchers: { color: /(background|color)$/i } },
    docs: { extractArgTypes },
    a11y: { test: "error" },
  },
};

export default preview;
