import Ajv2020Module from 'ajv/dist/2020';
import type { Json, OpenApiDocument } from '@/lib/api/openapi';

// biome-ignore lint/suspicious/noExplicitAny: ajv's CommonJS default export under ESM
const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof Ajv2020Module;

export interface DocOperation {
  key: string;
  method: string;
  path: string;
  operationId: string;
  parameters: Json[];
  body?: { type: string; schema?: Json };
  success: { status: number; type?: string; schema?: Json };
}

/** Every operation of the document, as the fuzz test drives it. */
export function operationsOf(doc: OpenApiDocument): DocOperation[] {
  const list: DocOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const responses = op.responses as Record<string, Json>;
      const status = Object.keys(responses)
        .map(Number)
        .find((s) => s >= 200 && s < 300)!;
      const content = responses[status]?.content as Record<string, { schema?: Json }> | undefined;
      const [type, media] = Object.entries(content ?? {})[0] ?? [];
      const body = (op.requestBody as Json | undefined)?.content as Record<string, { schema?: Json }> | undefined;
      const [bodyType, bodyMedia] = Object.entries(body ?? {})[0] ?? [];
      list.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operationId: op.operationId as string,
        parameters: (op.parameters ?? []) as Json[],
        ...(bodyType ? { body: { type: bodyType, schema: bodyMedia?.schema } } : {}),
        success: { status, type, schema: media?.schema },
      });
    }
  }
  return list;
}

/** JSON Schema validators of the document's own schemas (draft 2020-12, as zod writes them). */
export function validators(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  const relink = (schema: unknown) =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"components#/$defs/'));
  ajv.addSchema({ $id: 'components', $defs: relink(doc.components.schemas) });
  const cache = new Map<string, ReturnType<typeof ajv.compile>>();
  const compile = (id: string, schema: Json) => {
    if (!cache.has(id)) cache.set(id, ajv.compile(relink(schema)));
    return cache.get(id)!;
  };
  const check = (id: string, schema: Json, value: unknown): string | null => {
    const validate = compile(id, schema);
    return validate(value) ? null : ajv.errorsText(validate.errors);
  };
  return {
    /** Null when `body` is the error envelope, else what is wrong. */
    envelope: (body: unknown) => check('Error', { $ref: '#/components/schemas/Error' }, body),
    /** Null when `body` matches the operation's documented success schema. */
    success: (op: DocOperation, body: unknown) => (op.success.schema ? check(op.key, op.success.schema, body) : null),
  };
}
