import { describe, expect, it } from 'vitest';
import { defaultTemplates, renderTemplate } from '@/lib/mail/templates';
import { compileTemplate } from './mail-render';

const constant = { 'app.name': 'Portal', 'org.name': 'Acme & Co', 'inviter.name': 'Adam', expiresIn: '7 days' };
const varying = ['user.name', 'user.firstName', 'user.email', 'role.name', 'link'];
const people = [
  { 'user.name': 'Ann Lee', 'user.firstName': 'Ann', link: 'http://localhost:3000/invite/inv_abc' },
  { 'user.name': '<b>Bob</b> "O\'Neil"', 'user.firstName': 'Bob', link: 'https://x.test/invite/inv_x-y_z' },
  { 'user.name': 'Multi\nline\r\nname', 'user.firstName': '', link: 'http://h/invite/1' },
  { 'user.name': 'see http://evil.test', 'user.firstName': 'E', link: 'http://h/invite/2' },
].map((p) => ({ ...p, 'user.email': 'a@x.test', 'role.name': 'Member', message: '' }));

/** What the import writes: the joined parts, or the ordinary render for rows that need it. */
const output = (c: ReturnType<typeof compileTemplate>, values: Record<string, string>) =>
  c.needsFullRender(values) ? c.render(values) : c.join(values);

describe('compileTemplate', () => {
  it('produces exactly what renderTemplate renders, for every default template it is used with', () => {
    for (const code of ['invitation', 'member_added'] as const) {
      const compiled = compileTemplate(defaultTemplates[code], constant, varying, ['link']);
      for (const p of people)
        expect(output(compiled, p)).toEqual(renderTemplate(defaultTemplates[code], { ...constant, ...p }));
    }
    expect(compileTemplate(defaultTemplates.invitation, constant, varying, ['link']).needsFullRender(people[3]!)).toBe(
      true,
    );
  });

  it('renders the ordinary way where a value is glued to a link, and for templates with odd spacing', () => {
    const odd = {
      subject: '  {{user.name}} joins {{org.name}}  ',
      body: 'Go to {{link}}{{user.name}} now\n\n{{link}}',
    };
    const compiled = compileTemplate(odd, constant, varying, ['link']);
    for (const p of [{ ...people[0]!, 'user.name': 'Ann' }, ...people]) {
      expect(output(compiled, p)).toEqual(renderTemplate(odd, { ...constant, ...p }));
    }
    const spaced = compileTemplate({ subject: '  Hi {{user.firstName}}  ', body: 'x' }, constant, varying, ['link']);
    expect(spaced.join(people[0]!).subject).toBe(
      renderTemplate({ subject: '  Hi {{user.firstName}}  ', body: 'x' }, people[0]!).subject,
    );
  });
});
