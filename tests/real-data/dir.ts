/**
 * The data folder the real-data tests check: the published `data/`, or `REAL_DATA_DIR` (the
 * edit-and-test loop in tests/real-data/edit-loop.test.ts points it at an edited copy). A test file
 * that reads real data imports REAL_DATA_DIR from here, and so is run by that loop too.
 */
import { resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
export const REAL_DATA_DIR = resolve(ROOT, process.env.REAL_DATA_DIR || "data");
