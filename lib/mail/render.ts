import { defaultTemplates, type TemplateCode, type TemplateVars, VARIABLE } from './templates';

/**
 * The one renderer of the mail template language. A template compiles into
 * literal parts and numbered slots for the values that differ per recipient;
 * `joinMail` fills the slots, encoding each value for the part it lands in
 * (subject: one line; text: as is; HTML: escaped). A single mail is compiled
 * with no slots; the bulk import compiles once and joins per row (in SQL, with
 * values encoded here). The action block (button, link, code) is written by the
 * server after the editable text: templates cannot place or change links.
 */

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

/** The template's action for this mail: an absolute URL built by the server (never from a template). */
export interface MailAction {
  url: string;
  code?: string | null;
}

/** The organization a mail is sent for: its logo (an absolute URL) heads the HTML part. */
export interface MailBrand {
  name: string;
  logoUrl: string;
}

export type Part = string | { slot: number };
export interface CompiledMail {
  slots: readonly string[];
  subject: Part[];
  text: Part[];
  html: Part[];
}

/** Slot names for the action's values (not template variables: no template can use them). */
export const ACTION_URL = '#action.url';
export const ACTION_CODE = '#action.code';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Encode = (value: string) => string;
const encoders: Record<'subject' | 'text' | 'html', Encode> = {
  subject: (v) => v.replace(/[\r\n]+/g, ' '),
  text: (v) => v,
  html: (v) => escapeHtml(v).replace(/\r?\n/g, '<br>'),
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: slot markers are control characters no template contains
const MARK = /\u0002(\d+)\u0002/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same markers, removed from template text
const STRAY = /[\u0002]/g;

function split(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    parts.push(text.slice(at, m.index), { slot: Number(m[1]) });
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return parts.filter((p) => p !== '');
}

const BUTTON =
  'display:inline-block;padding:10px 18px;border-radius:6px;background:#18181b;color:#ffffff;' +
  'font-weight:600;text-decoration:none';

/**
 * Compiles a template (the platform's or an org's subject and body) for `code`.
 * `vars` holds the values known now; names in `slots` (variables, ACTION_URL,
 * ACTION_CODE) become slots, filled by joinMail.
 */
export function compileMail(
  code: TemplateCode,
  template: { subject: string; body: string },
  vars: TemplateVars,
  action?: MailAction | null,
  slots: readonly string[] = [],
  brand?: MailBrand | null,
): CompiledMail {
  const def = defaultTemplates[code];
  const allowed = new Set(def.variables);
  const value = (name: string, encode: Encode, raw?: string | null) => {
    const slot = slots.indexOf(name);
    return slot >= 0 ? `\u0002${slot}\u0002` : encode((raw ?? '').replace(STRAY, ''));
  };
  const fill = (text: string, encode: Encode) =>
    text
      .replace(STRAY, '')
      .replace(VARIABLE, (_, name: string) => (allowed.has(name) ? value(name, encode, vars[name]) : ''));

  const subject = fill(template.subject, encoders.subject);
  const paragraphs = escapeHtml(template.body.replace(STRAY, ''))
    .split(/\n{2,}/)
    .map((para) => `<p>${fill(para, encoders.html).replace(/\r?\n/g, '<br>')}</p>`);
  let text = fill(template.body, encoders.text);

  if (def.action && action) {
    const url = (e: Encode) => value(ACTION_URL, e, action.url);
    const label = escapeHtml(def.action.label);
    text += `\n\n${def.action.label}:\n${url(encoders.text)}`;
    paragraphs.push(
      `<p style="margin:24px 0"><a href="${url(encoders.html)}" style="${BUTTON}">${label}</a></p>`,
      `<p style="color:#52525b;font-size:13px">Or open this link: ${url(encoders.html)}</p>`,
    );
    if (def.action.code && (action.code || slots.includes(ACTION_CODE))) {
      text += `\n\nOr enter this code: ${value(ACTION_CODE, encoders.text, action.code)}`;
      paragraphs.push(
        `<p>Or enter this code: <strong style="font-size:18px;letter-spacing:3px">${value(ACTION_CODE, encoders.html, action.code)}</strong></p>`,
      );
    }
  }
  if (brand) {
    paragraphs.unshift(
      `<p><img src="${escapeHtml(brand.logoUrl)}" alt="${escapeHtml(brand.name)}" height="48" style="max-height:48px;max-width:200px"></p>`,
    );
  }
  const html =
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">' +
    `${paragraphs.join('\n')}</body></html>`;
  return { slots, subject: split(subject), text: split(text), html: split(html) };
}

/** Each slot's value encoded for each part: what joinMail does, in arrays the import hands to SQL. */
export function encodeSlots(values: readonly string[]) {
  return {
    subject: values.map(encoders.subject),
    text: values.map(encoders.text),
    html: values.map(encoders.html),
  };
}

/** Fills a compiled mail's slots with one recipient's values (raw; encoded here). */
export function joinMail(compiled: CompiledMail, values: readonly string[] = []): Rendered {
  const encoded = encodeSlots(values);
  const join = (parts: Part[], vals: string[]) =>
    parts.map((p) => (typeof p === 'string' ? p : (vals[p.slot] ?? ''))).join('');
  return {
    subject: join(compiled.subject, encoded.subject).trim(),
    text: join(compiled.text, encoded.text),
    html: join(compiled.html, encoded.html),
  };
}

/** Renders one mail: subject, plain text and HTML, with the action block the server adds. */
export function renderMail(
  code: TemplateCode,
  template: { subject: string; body: string },
  vars: TemplateVars,
  action?: MailAction | null,
): Rendered {
  return joinMail(compileMail(code, template, vars, action));
}
