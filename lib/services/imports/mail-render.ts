import { escapeHtml, renderTemplate, type TemplateVars } from '@/lib/mail/templates';

export type Rendered = { subject: string; text: string; html: string };
export type Part = string | { index: number };

// biome-ignore lint/suspicious/noControlCharactersInRegex: markers are control characters so no template contains them
const MARK = /http:\/\/\u0001(\d+)\u0001|\u0002(\d+)\u0002/g;
const LOOKS_LIKE_URL = /https?:\/\//i;

function split(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    parts.push(text.slice(at, m.index), { index: Number(m[1] ?? m[2]) });
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return parts.filter((p) => p !== '');
}

const join = (parts: Part[], values: string[]) =>
  parts.map((p) => (typeof p === 'string' ? p : values[p.index]!)).join('');

/** The per-row values as each part of a message needs them. */
export function encodeValues(raw: string[]) {
  return {
    text: raw,
    subject: raw.map((v) => v.replace(/[\r\n]+/g, ' ')),
    html: raw.map((v) => escapeHtml(v).replace(/\n/g, '<br>')),
  };
}

export interface CompiledTemplate {
  varying: string[];
  /** False when every row must be rendered the ordinary way (a value glued to a link). */
  usable: boolean;
  /** The message as literal strings and places for values: what SQL concatenates per row. */
  parts: { subject: Part[]; text: Part[]; html: Part[] };
  /** Whether a row must be rendered the ordinary way instead (see compileTemplate). */
  needsFullRender(values: Record<string, string>): boolean;
  /** renderTemplate with the constant variables and this row's values. */
  render(values: Record<string, string>): Rendered;
  /** The parts joined in JavaScript: what the SQL produces, for checks and tests. */
  join(values: Record<string, string>): Rendered;
}

/**
 * Prepares a template for many recipients: rendered once with markers where
 * the per-row values go, then split into literal parts and value places, so
 * each row only needs its values encoded and the parts joined (by SQL in the
 * import). Markers of link variables look like URLs, so the HTML gets the same
 * <a> around them. Rows whose values would render differently (a value that
 * itself looks like a URL), and every row of a template where a value is glued
 * to a link, are rendered the ordinary way.
 */
export function compileTemplate(
  template: { subject: string; body: string },
  constant: TemplateVars,
  varying: string[],
  links: string[],
): CompiledTemplate {
  const marked: TemplateVars = { ...constant };
  varying.forEach((name, i) => {
    marked[name] = links.includes(name) ? `http://\u0001${i}\u0001` : `\u0002${i}\u0002`;
  });
  const once = renderTemplate(template, marked);
  const subject = split(once.subject);
  if (typeof subject[0] === 'string') subject[0] = subject[0].trimStart();
  const lastIndex = subject.length - 1;
  if (typeof subject[lastIndex] === 'string') subject[lastIndex] = (subject[lastIndex] as string).trimEnd();
  const parts = { subject, text: split(once.text), html: split(once.html) };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looks for a value marker inside a link
  const usable = !/href="[^"]*\u0002/.test(once.html);
  const rawOf = (values: Record<string, string>) => varying.map((name) => values[name] ?? '');
  return {
    varying,
    usable,
    parts,
    needsFullRender: (values) =>
      !usable || varying.some((name) => !links.includes(name) && LOOKS_LIKE_URL.test(values[name] ?? '')),
    render: (values) => renderTemplate(template, { ...constant, ...values }),
    join: (values) => {
      const v = encodeValues(rawOf(values));
      return {
        subject: join(parts.subject, v.subject).trim(),
        text: join(parts.text, v.text),
        html: join(parts.html, v.html),
      };
    },
  };
}
