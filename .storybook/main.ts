import type { StorybookConfig } from "@storybook/react-vite";
import { existsSync } from "node:fs";
import remarkGfm from "remark-gfm";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: [
    {
      name: "@storybook/addon-docs",
      // MDX 3 reads CommonMark only: without remark-gfm a Markdown table is a paragraph of pipes.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    "@storybook/addon-a11y",
    "@storybook/addon-vitest",
  ],
  // Storybook's own onboarding checklist (sidebar widget and "Onboarding guide" menu entry) is
  // for authors starting a Storybook, not for readers of these docs (#12).
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  framework: { name: "@storybook/react-vite", options: {} },
  // The widget pages (scripts/build-pages.mjs, part of `npm run build`, which `npm test` runs
  // before the Storybook build) are served at pages/: the embed-code builder links to them.
  staticDirs: existsSync("dist/pages") ? [{ from: "../dist/pages", to: "/pages" }] : [],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    // Props tables from the TypeScript types (unions spelled out, `@default` tags as defaults);
    // the default react-docgen shows every union as `union`.
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: {
      include: ["src/**/*.tsx", "stories/**/*.tsx"],
      exclude: ["**/*.stories.tsx"],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Our own props only: not the DOM attributes a prop type may inherit from @types/react.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
      savePropValueAsString: true,
    },
  },
};

export default config;
