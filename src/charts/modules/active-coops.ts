import { timeDots } from "../kinds/time-dots.ts";

/** The stock of active cooperatives in Lorestan, as officials stated it over the years. */
export default timeDots({
  id: "active-coops",
  theme: "cooperatives",
  title: "تعاونی‌های فعال لرستان در گذر زمان",
  subtitle: "تعداد تعاونی‌های فعال استان به گفتهٔ مدیران کل تعاون، کار و رفاه اجتماعی؛ هر نقطه یک رقم منتشرشده",
  indicator: "coops-active",
  place: "lorestan",
  noun: "تعاونی‌های فعال لرستان",
  unitLabel: "تعداد تعاونی",
  fromYear: 1390,
});
