import { createUploadOp } from '@/lib/api/operations/uploads';
import { defineRoute } from '@/lib/server/route';
import { createUpload } from '@/lib/services/uploads/create-upload';

export const POST = defineRoute(createUploadOp, ({ principal, body }) => createUpload(principal, body));
