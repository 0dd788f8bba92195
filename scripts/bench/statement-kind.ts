/**
 * Names a statement by its verb and main table, such as "INSERT INTO rate_limit_counters" or
 * "SELECT … FROM orders FOR UPDATE". The main table of a SELECT is the first table named by a
 * FROM or JOIN outside parentheses, so subqueries and set-returning functions such as
 * unnest(…) are skipped.
 */
export function describeStatement(query: string): string {
  const text = query.replace(/\s+/g, " ").trim();
  const write = /^(INSERT INTO|UPDATE|DELETE FROM) ([\w."]+)/i.exec(text);
  if (write) return `${write[1]?.toUpperCase()} ${tableName(write[2] ?? "")}`;

  if (/^SELECT /i.test(text)) {
    const table = firstTopLevelTable(text);
    const locking = /\bFOR (NO KEY )?UPDATE\b/i.test(text) ? " FOR UPDATE" : "";
    if (table) return `SELECT … FROM ${tableName(table)}${locking}`;
  }
  return text.split(" ").slice(0, 2).join(" ").toUpperCase();
}

function firstTopLevelTable(text: string): string | undefined {
  let depth = 0;
  for (let at = 0; at < text.length; at += 1) {
    const character = text[at];
    if (character === "(") depth += 1;
    else if (character === ")") depth -= 1;
    else if (depth === 0 && character === " ") {
      const match = /^ (?:FROM|JOIN) ([\w."]+)( ?\()?/i.exec(text.slice(at, at + 200));
      if (match && !match[2]) return match[1];
    }
  }
  return undefined;
}

/** Drops quotes and the "public." schema: "public"."orders" becomes orders. */
function tableName(name: string): string {
  return name.replace(/"/g, "").replace(/^public\./, "");
}
