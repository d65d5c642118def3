/**
 * The site's two editions. Persian is the default (served at the root, right to left); English is
 * its twin under `/en/` (left to right). Every module that writes text a reader sees takes a
 * `Lang`, defaulting to Persian so a caller that does not care keeps today's behaviour.
 */
export type Lang = "fa" | "en";
export const LANGS: readonly Lang[] = ["fa", "en"];
export const DEFAULT_LANG: Lang = "fa";
export const DIR: Record<Lang, "rtl" | "ltr"> = { fa: "rtl", en: "ltr" };
