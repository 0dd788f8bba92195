import fs from "node:fs";
import path from "node:path";

import * as prettier from "prettier";

/** The line after which runs are inserted, newest first. Text above it keeps its words. */
export const RUNS_MARKER =
  "<!-- Runs are inserted below this line by npm run bench, newest first. -->";

const NEW_PAGE_INTRO = `# Benchmarks

How fast the guest order API is, measured against the machine and the framework it runs on.
\`npm run bench\` writes a new section at the top of the runs below; the analysis above them
is written by hand.

## Runs

${RUNS_MARKER}
`;

/**
 * Returns the page with `run` inserted right below RUNS_MARKER. A missing page starts from a
 * short intro; a page without the marker gets the marker and the run appended at its end.
 */
export function insertRun(page: string | undefined, run: string): string {
  const base = page ?? NEW_PAGE_INTRO;
  const section = `${run.trim()}\n`;

  const at = base.indexOf(RUNS_MARKER);
  if (at < 0) return `${base.trimEnd()}\n\n${RUNS_MARKER}\n\n${section}`;

  const head = base.slice(0, at + RUNS_MARKER.length);
  const tail = base.slice(at + RUNS_MARKER.length).trim();
  return tail === "" ? `${head}\n\n${section}` : `${head}\n\n${section}\n${tail}\n`;
}

/**
 * Inserts `run` into the page at `file`, creating the file and its folder if needed. The whole
 * page is then formatted by Prettier with the project's settings, so `prettier --check` passes;
 * that changes only the layout of hand-written text, such as the padding of table cells.
 */
export async function appendRunToPage(file: string, run: string): Promise<void> {
  const page = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  const options = (await prettier.resolveConfig(file)) ?? {};
  const formatted = await prettier.format(insertRun(page, run), { ...options, filepath: file });

  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, formatted);
}
