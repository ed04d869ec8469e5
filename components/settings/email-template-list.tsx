import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import type { EmailTemplate } from '@/lib/schemas/email-template';
import { TemplateBadge } from './template-badge';

const th = 'px-4 py-2.5 font-medium';

/** Every template the app sends, with whether this org changed it; each opens in the editor. */
export function EmailTemplateList({ basePath, templates }: { basePath: string; templates: EmailTemplate[] }) {
  return (
    <section aria-labelledby="templates-title" className="space-y-3">
      <div className="space-y-1">
        <h2 id="templates-title" className="text-base font-semibold text-zinc-900">
          E-mail templates
        </h2>
        <p className="text-zinc-600">
          The messages the portal sends on behalf of your organization. Change a subject or body, or go back to the
          platform default at any time.
        </p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table aria-label="E-mail templates" className="w-full border-collapse text-left">
          <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs text-zinc-600">
            <tr>
              <th scope="col" className={th}>
                Template
              </th>
              <th scope="col" className={th}>
                Sent when
              </th>
              <th scope="col" className={th}>
                Version
              </th>
              <th scope="col" className={th}>
                Changed
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {templates.map((t) => (
              <tr key={t.code} className="hover:bg-zinc-50/60">
                <th scope="row" className="px-4 py-3 text-left font-medium">
                  <Link
                    href={`${basePath}/${t.code}`}
                    className="font-mono text-xs text-indigo-700 hover:underline"
                    aria-label={`Edit ${t.code}`}
                  >
                    {t.code}
                  </Link>
                </th>
                <td className="px-4 py-3 text-zinc-600">{t.description}</td>
                <td className="px-4 py-3">
                  <TemplateBadge customized={t.customized} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-zinc-600">
                  {t.updatedAt ? (
                    <DateTime value={t.updatedAt} format="full" />
                  ) : (
                    <span className="text-zinc-500">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">Never</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
