import type { Preview } from "@storybook/react-vite";
import "katex/dist/katex.min.css";
import "../src/theme/styles.css";
import "./preview.css";

const preview: Preview = {
  tags: ["autodocs"],
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
    a11y: { test: "error" },
  },
};

export default preview;
