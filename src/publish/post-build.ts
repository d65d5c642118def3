/**
 * Steps after Astro has written the pages into the temporary build folder: files generated from
 * the data that are not pages (images, downloads). Kept separate so the build script stays small.
 */
export async function postBuild(_outDir: string, _log: (line: string) => void): Promise<void> {
  // Chart downloads (PNG/SVG/CSV) are added here by the press-kit step.
}
