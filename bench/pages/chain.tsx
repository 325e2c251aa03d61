import "../../src/theme/styles.css";
import { ChainRuleExplorer } from "../../src";
import { mount } from "./harness";

mount(<ChainRuleExplorer />);
