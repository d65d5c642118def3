import { provinceBars } from "./provinces-active-coops.ts";

/**
 * Registered cooperatives, province by province: kept apart from the active ones (a register
 * counts dormant and closed cooperatives too).
 */
export default provinceBars({
  id: "provinces-registered-coops",
  indicator: "coops-registered",
});
