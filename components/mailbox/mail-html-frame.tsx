/**
 * A message's HTML part in a sandboxed iframe: no scripts, no same-origin
 * access, no forms. The one thing allowed is a click on a link, which opens in
 * this tab (`<base target="_top">`), so the links of activation and reset mails
 * can be followed from the mailbox.
 */
export function MailHtmlFrame({ html, title }: { html: string; title: string }) {
  return (
    <iframe
      title={title}
      sandbox="allow-top-navigation-by-user-activation"
      srcDoc={withTopTarget(html)}
      className="block h-96 w-full border-0 bg-white"
    />
  );
}

function withTopTarget(html: string): string {
  const base = '<base target="_top">';
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}${base}`);
  if (/<html[^>]*>/i.test(html)) return html.replace(/<html[^>]*>/i, (tag) => `${tag}<head>${base}</head>`);
  return `${base}${html}`;
}
