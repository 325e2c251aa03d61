import type { GradientLabels } from "./gradient";
import { gradientLabels } from "./gradient";

/** French labels of the gradient widget (being written: English until translated). */
export const gradientFr: GradientLabels = { ...gradientLabels };
