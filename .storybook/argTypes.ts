// Props tables from react-docgen-typescript, with one fix: a `@default "text"` tag reaches
// Storybook with its quotes, and Storybook quotes the default of a string prop again
// ("\"text\""); a default that already starts with a quote is shown as written.
// @ts-expect-error: Storybook's React argTypes entry ships without type declarations.
import { parameters as react } from "@storybook/react/entry-preview-argtypes";
import type { StrictArgTypes } from "storybook/internal/types";

type Extract = (component: unknown) => StrictArgTypes | null;
const reactExtract = (react as { docs: { extractArgTypes: Extract } }).docs.extractArgTypes;

/** Storybook React's extractArgTypes, with `"\"x\" (composition)"` shown as `"x" (composition)`. */
export const extractArgTypes: Extract = (component) => {
  const argTypes = reactExtract(component);
  for (const argType of Object.values(argTypes ?? {})) {
    const value = argType.table?.defaultValue;
    if (value?.summary?.startsWith('"\\"')) {
      value.summary = JSON.parse(value.summary) as string;
    }
  }
  return argTypes;
};
