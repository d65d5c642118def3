import { timeDots } from "../kinds/time-dots.ts";

/** Employment in Iran's cooperative sector: national context. */
export default timeDots({
  id: "iran-employment",
  theme: "context",
  indicator: "employment",
  place: "iran",
});
