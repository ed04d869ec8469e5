import {
  Attribute,
  AttributeList,
  AttributeOption,
  AttributeParams,
  CreateAttributeInput,
  CreateOptionInput,
  DefaultOptionParams,
  DefaultParams,
  InheritAttributeInput,
  ListAttributesQuery,
  OptionList,
  OptionParams,
  UpdateAttributeInput,
  UpdateOptionInput,
} from '@/lib/schemas/attribute';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

const tag = 'Attributes';
const org = '/organizations/{orgId}/attributes';
const read = { permission: 'members.read' } as const;
const write = { permission: 'settings.manage' } as const;
const overrideNote =
  'On an attribute inherited from a platform default that still follows it, this is the override: the org gets its own copy of the definition and values, which no longer follows the default.';

export const listAttributesOp = defineOperation({
  id: 'listAttributes',
  method: 'GET',
  path: org,
  summary: "List the organization's custom member attributes, with labels and values after inheritance",
  tag,
  access: read,
  params: OrgParams,
  query: ListAttributesQuery,
  response: AttributeList,
});

export const createAttributeOp = defineOperation({
  id: 'createAttribute',
  method: 'POST',
  path: org,
  summary:
    'Create an attribute; key (unique per organization) and dataType cannot change later; choice types take options',
  tag,
  access: write,
  params: OrgParams,
  body: CreateAttributeInput,
  response: Attribute,
  status: 201,
  errors: [409],
});

export const listAttributeDefaultsOp = defineOperation({
  id: 'listAttributeDefaults',
  method: 'GET',
  path: `${org}/defaults`,
  summary: 'The platform defaults an organization may inherit',
  tag,
  access: write,
  params: OrgParams,
  query: ListAttributesQuery,
  response: AttributeList,
});

export const inheritAttributeOp = defineOperation({
  id: 'inheritAttribute',
  method: 'POST',
  path: `${org}/inherit`,
  summary:
    'Inherit a platform default (seed 002 inheritEntityType): the attribute follows later changes of the default until the organization overrides it',
  tag,
  access: write,
  params: OrgParams,
  body: InheritAttributeInput,
  response: Attribute,
  status: 201,
  errors: [409],
});

export const getAttributeOp = defineOperation({
  id: 'getAttribute',
  method: 'GET',
  path: `${org}/{id}`,
  summary: 'Read an attribute',
  tag,
  access: read,
  params: AttributeParams,
  response: Attribute,
});

export const updateAttributeOp = defineOperation({
  id: 'updateAttribute',
  method: 'PATCH',
  path: `${org}/{id}`,
  summary: `Change an attribute's label, flags or status. ${overrideNote}`,
  tag,
  access: write,
  params: AttributeParams,
  body: UpdateAttributeInput,
  response: Attribute,
});

export const deleteAttributeOp = defineOperation({
  id: 'deleteAttribute',
  method: 'DELETE',
  path: `${org}/{id}`,
  summary: 'Delete an attribute; one that members hold values of is refused (409): deactivate it instead',
  tag,
  access: write,
  params: AttributeParams,
  status: 204,
  errors: [409],
});

export const listOptionsOp = defineOperation({
  id: 'listAttributeValues',
  method: 'GET',
  path: `${org}/{id}/options`,
  summary: "A choice attribute's values (options), in order",
  tag,
  access: read,
  params: AttributeParams,
  response: OptionList,
});

export const createOptionOp = defineOperation({
  id: 'createAttributeValue',
  method: 'POST',
  path: `${org}/{id}/options`,
  summary: `Add a value to a choice attribute (value unique per attribute). ${overrideNote}`,
  tag,
  access: write,
  params: AttributeParams,
  body: CreateOptionInput,
  response: AttributeOption,
  status: 201,
  errors: [409],
});

export const updateOptionOp = defineOperation({
  id: 'updateAttributeValue',
  method: 'PATCH',
  path: `${org}/{id}/options/{optionId}`,
  summary: `Relabel, reorder (position) or deactivate a value; its value code cannot change. ${overrideNote}`,
  tag,
  access: write,
  params: OptionParams,
  body: UpdateOptionInput,
  response: AttributeOption,
});

export const deleteOptionOp = defineOperation({
  id: 'deleteAttributeValue',
  method: 'DELETE',
  path: `${org}/{id}/options/{optionId}`,
  summary: 'Delete a value; one that members hold is refused (409): deactivate it instead',
  tag,
  access: write,
  params: OptionParams,
  status: 204,
  errors: [409],
});

// ---- Platform defaults (superadmins) ----

const admin = '/admin/attributes';

export const listDefaultsOp = defineOperation({
  id: 'listDefaultAttributes',
  method: 'GET',
  path: admin,
  summary: 'List the platform default attributes that organizations may inherit',
  tag,
  access: 'superadmin',
  query: ListAttributesQuery,
  response: AttributeList,
});

export const createDefaultOp = defineOperation({
  id: 'createDefaultAttribute',
  method: 'POST',
  path: admin,
  summary: 'Create a platform default attribute (key unique among defaults)',
  tag,
  access: 'superadmin',
  body: CreateAttributeInput,
  response: Attribute,
  status: 201,
  errors: [409],
});

export const getDefaultOp = defineOperation({
  id: 'getDefaultAttribute',
  method: 'GET',
  path: `${admin}/{id}`,
  summary: 'Read a platform default attribute',
  tag,
  access: 'superadmin',
  params: DefaultParams,
  response: Attribute,
});

export const updateDefaultOp = defineOperation({
  id: 'updateDefaultAttribute',
  method: 'PATCH',
  path: `${admin}/{id}`,
  summary: 'Change a platform default; organizations that inherit it and have not overridden it follow the change',
  tag,
  access: 'superadmin',
  params: DefaultParams,
  body: UpdateAttributeInput,
  response: Attribute,
});

export const deleteDefaultOp = defineOperation({
  id: 'deleteDefaultAttribute',
  method: 'DELETE',
  path: `${admin}/{id}`,
  summary: 'Delete a platform default; one that organizations inherit is refused (409): deactivate it instead',
  tag,
  access: 'superadmin',
  params: DefaultParams,
  status: 204,
  errors: [409],
});

export const listDefaultOptionsOp = defineOperation({
  id: 'listDefaultAttributeValues',
  method: 'GET',
  path: `${admin}/{id}/options`,
  summary: "A platform default's values",
  tag,
  access: 'superadmin',
  params: DefaultParams,
  response: OptionList,
});

export const createDefaultOptionOp = defineOperation({
  id: 'createDefaultAttributeValue',
  method: 'POST',
  path: `${admin}/{id}/options`,
  summary: 'Add a value to a platform default',
  tag,
  access: 'superadmin',
  params: DefaultParams,
  body: CreateOptionInput,
  response: AttributeOption,
  status: 201,
  errors: [409],
});

export const updateDefaultOptionOp = defineOperation({
  id: 'updateDefaultAttributeValue',
  method: 'PATCH',
  path: `${admin}/{id}/options/{optionId}`,
  summary: "Relabel, reorder or deactivate a default's value; following organizations see the change",
  tag,
  access: 'superadmin',
  params: DefaultOptionParams,
  body: UpdateOptionInput,
  response: AttributeOption,
});

export const deleteDefaultOptionOp = defineOperation({
  id: 'deleteDefaultAttributeValue',
  method: 'DELETE',
  path: `${admin}/{id}/options/{optionId}`,
  summary: "Delete a default's value; one that members of following organizations hold is refused (409)",
  tag,
  access: 'superadmin',
  params: DefaultOptionParams,
  status: 204,
  errors: [409],
});
