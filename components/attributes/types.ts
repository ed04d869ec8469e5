import type { Attribute, AttributeOption } from '@/lib/schemas/attribute';
import type { ActionResult } from '@/lib/server/action';

/** The server actions the attribute editor calls: the org's (settings.manage) or the platform defaults' (superadmin). */
export interface AttributeActions {
  create: (input: unknown) => Promise<ActionResult<Attribute>>;
  update: (input: unknown) => Promise<ActionResult<Attribute>>;
  remove: (input: unknown) => Promise<ActionResult<null>>;
  inherit?: (input: unknown) => Promise<ActionResult<Attribute>>;
  createValue: (input: unknown) => Promise<ActionResult<AttributeOption>>;
  updateValue: (input: unknown) => Promise<ActionResult<AttributeOption>>;
  removeValue: (input: unknown) => Promise<ActionResult<null>>;
}
