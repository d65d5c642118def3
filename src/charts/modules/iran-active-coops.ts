import { timeDots } from "../kinds/time-dots.ts";

/** Iran's active cooperatives: the national context for Lorestan's count. */
export default timeDots({
  id: "iran-active-coops",
  theme: "context",
  title: "تعاونی‌های فعال کشور در گذر زمان",
  subtitle: "تعداد تعاونی‌های فعال ایران در ارقام منتشرشده؛ هر نقطه یک رقم",
  indicator: "coops-active",
  place: "iran",
  noun: "تعاونی‌های فعال کشور",
  unitLabel: "تعداد تعاونی",
});
