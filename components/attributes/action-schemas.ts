import { z } from 'zod';
import { CreateOptionInput, UpdateAttributeInput, UpdateOptionInput } from '@/lib/schemas/attribute';

/** The inputs of the attribute editor's server actions: the API bodies plus the ids of the path. */
const id = z.string().min(1).max(64);
export const UpdateAttributeAction = UpdateAttributeInput.extend({ id });
export const RemoveAttributeAction = z.object({ id });
export const CreateValueAction = CreateOptionInput.extend({ id });
export const UpdateValueAction = UpdateOptionInput.extend({ id, entityId: id });
export const RemoveValueAction = z.object({ id, entityId: id });
