import { getUploadUrlOp } from '@/lib/api/operations/uploads';
import { defineRoute } from '@/lib/server/route';
import { downloadUrl } from '@/lib/services/uploads/download-url';

export const GET = defineRoute(getUploadUrlOp, ({ principal, params }) => downloadUrl(principal, params.id));
