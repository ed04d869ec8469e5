import { Prisma } from '@/lib/generated/prisma/client';
import type { CompiledTemplate, Part } from './mail-render';

/** escapeHtml() and the newline -> <br> of renderTemplate, in SQL. */
const html = (v: Prisma.Sql) =>
  Prisma.sql`replace(replace(replace(replace(replace(replace(${v}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), E'\\n', '<br>')`;
/** Subjects are one line. */
const subject = (v: Prisma.Sql) => Prisma.sql`regexp_replace(${v}, '[\\r\\n]+', ' ', 'g')`;

function concat(parts: Part[], values: Prisma.Sql[], encode: (v: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  if (parts.length === 0) return Prisma.sql`''`;
  return Prisma.join(
    parts.map((p) => (typeof p === 'string' ? Prisma.sql`${p}::text` : encode(values[p.index]!))),
    ' || ',
  );
}

/**
 * A compiled template as SQL expressions: its literal parts joined with the
 * row's values (`values[k]` is the SQL for the k-th varying variable, never
 * NULL), encoded per part as renderTemplate encodes them. PostgreSQL then
 * writes each e-mail without the text passing through this process.
 */
export function renderSql(compiled: CompiledTemplate, values: Prisma.Sql[]) {
  return {
    subject: Prisma.sql`btrim(${concat(compiled.parts.subject, values, subject)})`,
    text: concat(compiled.parts.text, values, (v) => v),
    html: concat(compiled.parts.html, values, html),
  };
}

/** Messages rendered in JavaScript for the few rows SQL must not render, joined in by row number. */
export function fullRenders(rows: { row: number; subject: string; text: string; html: string }[]) {
  return Prisma.sql`unnest(${rows.map((r) => r.row)}::int[], ${rows.map((r) => r.subject)}::text[],
                           ${rows.map((r) => r.text)}::text[], ${rows.map((r) => r.html)}::text[])
                      AS f(n, subject, text, html)`;
}
