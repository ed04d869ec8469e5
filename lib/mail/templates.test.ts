import { describe, expect, it } from 'vitest';
import { ACTION_URL, compileMail, joinMail, renderMail } from './render';
import { defaultTemplates, templateCodes, templateTextProblem, unknownVariables } from './templates';

describe('e-mail templates', () => {
  it('use only the variables they declare, and none is a link or a code', () => {
    for (const code of templateCodes) {
      const t = defaultTemplates[code];
      expect(unknownVariables(code, t.subject + t.body), code).toEqual([]);
      expect(t.variables, code).not.toContain('link');
      expect(templateTextProblem(code, t.subject + t.body), code).toBeNull();
    }
  });

  it('flag unknown variables', () => {
    expect(unknownVariables('activation', 'Hi {{user.name}} {{user.password}} {{ secret }}')).toEqual([
      'user.password',
      'secret',
    ]);
  });
});

describe('renderMail', () => {
  const action = { url: 'https://portal.test/reset-password?token=a&b=1', code: '123456' };

  it('escapes values in the HTML part and puts the server-made action block after the text', () => {
    const out = renderMail(
      'password_reset',
      { subject: 'Hi {{user.name}}', body: 'Hello {{user.name}}' },
      { 'user.name': '<script>x</script> & co' },
      action,
    );
    expect(out.subject).toBe('Hi <script>x</script> & co');
    expect(out.text).toBe(
      'Hello <script>x</script> & co\n\nChoose a new password:\nhttps://portal.test/reset-password?token=a&b=1' +
        '\n\nOr enter this code: 123456',
    );
    expect(out.html).toContain('Hello &lt;script&gt;x&lt;/script&gt; &amp; co');
    expect(out.html).not.toContain('<script>');
    expect(out.html).toContain('<a href="https://portal.test/reset-password?token=a&amp;b=1"');
  });

  it('renders nothing a template names that it does not offer, links and internal slots included', () => {
    const out = renderMail(
      'password_reset',
      { subject: 'x', body: 'A{{link}}B{{#action.url}}C{{code}}D{{user.password}}E\u00020\u0002F' },
      {},
      action,
    );
    // Unknown names render as nothing; the action's slot name is no variable at all, and marker characters go.
    expect(out.text.split('\n')[0]).toBe('AB{{#action.url}}CDE0F');
    expect(out.html.match(/href="/g)).toHaveLength(1);
  });

  it('keeps header injection out of the subject', () => {
    expect(
      renderMail('invitation', { subject: '{{user.name}}', body: '' }, { 'user.name': 'a\r\nBcc: e@x' }).subject,
    ).toBe('a Bcc: e@x');
  });

  it('gives the same message compiled once with slots as rendered whole, for hostile values too', () => {
    const slots = ['user.name', 'user.firstName', 'user.email', 'role.name', ACTION_URL] as const;
    const constant = { 'app.name': 'Portal', 'org.name': 'Acme & Co', 'inviter.name': 'Adam', expiresIn: '7 days' };
    const people = [
      ['Ann Lee', 'Ann', 'a@x.test', 'Member', 'http://localhost:3000/invite/inv_abc'],
      ['<b>Bob</b> "O\'Neil"', 'Bob', 'b@x.test', 'Admin', 'https://x.test/invite/inv_x-y_z'],
      ['Multi\nline\r\nname', '', 'c@x.test', 'Member', 'http://h/invite/1'],
      ['see http://evil.test', 'E', 'd@x.test', 'Member', 'http://h/invite/2'],
    ];
    const odd = {
      subject: '  {{user.name}} joins {{org.name}}  ',
      body: 'Hi {{user.name}}{{user.email}}\n\n{{message}}',
    };
    for (const template of [defaultTemplates.invitation, odd]) {
      const compiled = compileMail('invitation', template, constant, { url: '' }, slots);
      for (const p of people) {
        const vars = { ...constant, 'user.name': p[0], 'user.firstName': p[1], 'user.email': p[2], 'role.name': p[3] };
        expect(joinMail(compiled, p)).toEqual(renderMail('invitation', template, vars, { url: p[4]! }));
      }
    }
  });
});
