import { describe, expect, it } from 'vitest';
import { defaultTemplates, renderTemplate, templateCodes, unknownVariables } from './templates';

describe('e-mail templates', () => {
  it('use only the variables they declare', () => {
    for (const code of templateCodes) {
      const t = defaultTemplates[code];
      expect(unknownVariables(code, t.subject + t.body), code).toEqual([]);
    }
  });

  it('flag unknown variables', () => {
    expect(unknownVariables('activation', 'Hi {{user.name}} {{user.password}} {{ secret }}')).toEqual([
      'user.password',
      'secret',
    ]);
  });

  it('escape values in the HTML part and link URLs', () => {
    const out = renderTemplate(
      { subject: 'Hi {{user.name}}', body: 'Hello {{user.name}}\n\nGo: {{link}}' },
      { 'user.name': '<script>x</script> & co', link: 'https://portal.test/a?b=1&c=2' },
    );
    expect(out.subject).toBe('Hi <script>x</script> & co');
    expect(out.text).toContain('Hello <script>x</script> & co');
    expect(out.html).toContain('Hello &lt;script&gt;x&lt;/script&gt; &amp; co');
    expect(out.html).not.toContain('<script>');
    expect(out.html).toContain('<a href="https://portal.test/a?b=1&amp;c=2">');
  });

  it('keep header injection out of the subject', () => {
    expect(renderTemplate({ subject: '{{x}}', body: '' }, { x: 'a\r\nBcc: evil@test' }).subject).toBe(
      'a Bcc: evil@test',
    );
  });
});
