import "../../src/theme/styles.css";
import { GradientExplorer } from "../../src";
import { mount } from "./harness";

// ?resolution=256 draws the contour grid four times finer: a probe drag must cost the same.
const params = new URLSearchParams(location.search);
mount(
  <GradientExplorer
    cost="w1^2 + 2 w2^2"
    defaultProbe={[1, 1]}
    resolution={Number(params.get("resolution") ?? 64)}
  />,
);
