// Server rendering for browser tests: run in Node by the `renderOnServer` command (Vite's SSR
// module loader), where KaTeX is at hand synchronously, as on a real server.
import { renderToString } from "react-dom/server";
import { ChainRuleExplorer, GradientExplorer, SecantExplorer } from "../../src";

/** The explorers the browser tests hydrate, by name. */
export const SERVER_ELEMENTS = {
  secant: () => <SecantExplorer fn="x^2" defaultX={1} />,
  chain: () => <ChainRuleExplorer defaultMode="composition" defaultInputs={{ x: 1 }} />,
  gradient: () => <GradientExplorer defaultProbe={[1, 1]} />,
};

/** Server HTML of one of {@link SERVER_ELEMENTS}. */
export function renderOnServer(name: keyof typeof SERVER_ELEMENTS): string {
  return renderToString(SERVER_ELEMENTS[name]());
}
