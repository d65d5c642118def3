/**
 * English text from the data may quote Persian (a term as printed, «…», a name): its Persian runs,
 * so that pages can mark them lang="fa" (WCAG 3.1.2, language of parts) and isolate them.
 */

/** Arabic-script words, with the spaces and ZWNJs between them (digits in Persian or Arabic included). */
const PERSIAN_RUN = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]+(?:[ \u200C]+[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]+)*/g;

export interface Run {
  text: string;
  /** A run of Persian (Arabic-script) words. */
  fa: boolean;
}

/** The text cut into runs, in order: Persian runs and what lies between them. Joined, they give the text back. */
export function persianRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(PERSIAN_RUN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), fa: false });
    runs.push({ text: m[0], fa: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), fa: false });
  return runs;
}
