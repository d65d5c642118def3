import { timeDots } from "../kinds/time-dots.ts";

/** The stock of active cooperatives in Lorestan, as officials stated it over the years. */
export default timeDots({
  id: "active-coops",
  theme: "cooperatives",
  indicator: "coops-active",
  place: "lorestan",
  fromYear: 1390,
});
