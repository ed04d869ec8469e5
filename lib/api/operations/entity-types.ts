import { aliasOperation, type Operation } from '../operation';
import * as attributes from './attributes';

/** `/attributes/{id}/options/…` as the API first spelled it: `/entity-types/{id}/entities/…`. */
export const entityTypesPath = (path: string) =>
  path.replace('/attributes', '/entity-types').replace('/options', '/entities');

/**
 * Issue 20: the attributes operations under their old names, kept for existing clients and
 * marked deprecated. Each route file under `entity-types/` re-exports its `attributes/` twin.
 */
export const entityTypeAliases: Operation[] = Object.values(attributes).map((op: Operation) =>
  aliasOperation(op, entityTypesPath(op.path), `${op.id}ViaEntityTypes`),
);
