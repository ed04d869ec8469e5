import { csvLine } from '@/lib/csv';

/** GET /api/v1/imports/template.csv: the columns the import recognizes, with two example rows. */
export function templateCsv(): string {
  return [
    csvLine(['Email', 'First name', 'Last name', 'Role', 'Department', 'Job title']),
    csvLine(['ada.lovelace@example.com', 'Ada', 'Lovelace', 'member', 'Engineering', 'Analyst']),
    csvLine(['grace.hopper@example.com', 'Grace', 'Hopper', 'admin', '', 'Rear Admiral']),
  ].join('');
}
