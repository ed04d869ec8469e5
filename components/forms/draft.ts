import type { FormField } from '@/lib/schemas/form';

/** A field or section being edited, with a client-side id for React keys (not saved). */
export type DraftField = FormField & { uid: string };
export interface DraftSection {
  uid: string;
  title: string;
  help: string;
  fields: DraftField[];
}
