import { timeDots } from "../kinds/time-dots.ts";

/** Iran's active cooperatives: the national context for Lorestan's count. */
export default timeDots({
  id: "iran-active-coops",
  theme: "context",
  indicator: "coops-active",
  place: "iran",
});
