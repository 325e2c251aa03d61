import "../../src/theme/styles.css";
import { GradientExplorer } from "../../src";
import { mount } from "./harness";

mount(<GradientExplorer cost="w1^2 + 2 w2^2" defaultProbe={[1, 1]} />);
