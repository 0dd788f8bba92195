export type Alignment = "left" | "right";

export interface TableColumn {
  header: string;
  align?: Alignment;
}

/**
 * Renders a GitHub-flavoured Markdown table. Pipes and line breaks inside cells are escaped, so
 * a value cannot split a row. A row with fewer cells than columns is padded with blanks.
 */
export function markdownTable(columns: readonly TableColumn[], rows: readonly string[][]): string {
  if (columns.length === 0) throw new Error("a Markdown table needs at least one column");

  const tooWide = rows.find((row) => row.length > columns.length);
  if (tooWide) {
    throw new Error(
      `a table row has ${tooWide.length} cells but the table has ${columns.length} columns`,
    );
  }

  const header = formatRow(columns.map((column) => escapeCell(column.header)));
  const separator = formatRow(columns.map((column) => (column.align === "right" ? "---:" : "---")));
  const body = rows.map((row) =>
    formatRow(columns.map((_, index) => escapeCell(row[index] ?? ""))),
  );
  return [header, separator, ...body].join("\n");
}

function formatRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
