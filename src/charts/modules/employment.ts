import { timeDots } from "../kinds/time-dots.ts";

/** People employed in Lorestan's cooperative sector, as stated over the years. */
export default timeDots({
  id: "employment",
  theme: "jobs",
  indicator: "employment",
  place: "lorestan",
});
