import { z } from 'zod';
import { defineOperation } from '../operation';

// Only operations are exported from this module: lib/api/operations/index.ts lists every export as one.
const OpenApiDocumentShape = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

export const getOpenApiDocumentOp = defineOperation({
  id: 'getOpenApiDocument',
  method: 'GET',
  path: '/openapi.json',
  summary: 'This API description (OpenAPI 3.1), generated from the same schemas the routes validate with',
  tag: 'Meta',
  access: 'public',
  response: OpenApiDocumentShape,
});
