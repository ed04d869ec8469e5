// Deprecated alias of the attributes route (lib/api/operations/entity-types.ts).
export { GET, POST } from '@/app/api/v1/admin/attributes/route';
