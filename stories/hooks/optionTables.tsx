import type {
  LocaleProviderProps,
  UseBackwardPassOptions,
  UseChainGraphOptions,
  UseGradientFieldOptions,
  UseInViewOptions,
  UseMovableOptions,
  UseSecantOptions,
} from "../../src";

// Components that draw nothing: their props are a hook's options, so that the hook pages can
// show an options table (Storybook's ArgTypes block) read from the TypeScript types and their
// doc comments by react-docgen-typescript, instead of a hand-written copy that drifts.

/** The options of `useSecant`. */
export function UseSecantOptionsTable(options: UseSecantOptions): null {
  void options;
  return null;
}

/** The options of `useChainGraph`. */
export function UseChainGraphOptionsTable(options: UseChainGraphOptions): null {
  void options;
  return null;
}

/** The options of `useGradientField`. */
export function UseGradientFieldOptionsTable(options: UseGradientFieldOptions): null {
  void options;
  return null;
}

/** The options of `useMovable`. */
export function UseMovableOptionsTable(options: UseMovableOptions): null {
  void options;
  return null;
}

/** The options of `useInView`. */
export function UseInViewOptionsTable(options: UseInViewOptions): null {
  void options;
  return null;
}

/** The options of `useBackwardPass`. */
export function UseBackwardPassOptionsTable(options: UseBackwardPassOptions): null {
  void options;
  return null;
}

/** The props of `LocaleProvider`. */
export function LocaleProviderPropsTable(props: LocaleProviderProps): null {
  void props;
  return null;
}
