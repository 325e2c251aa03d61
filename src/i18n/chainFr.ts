import type { ChainLabels } from "./chain";
import { chainLabels } from "./chain";

/** French labels of the chain-rule widget (being written: English until translated). */
export const chainFr: ChainLabels = { ...chainLabels };
