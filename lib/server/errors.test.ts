import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, errorResponse, toAppError } from './errors';

describe('error envelope', () => {
  it('maps zod errors to 422 with dotted field paths', async () => {
    const schema = z.object({ admin: z.object({ email: z.email('Enter a valid e-mail address') }) });
    const result = schema.safeParse({ admin: { email: 'nope' } });
    const res = errorResponse(result.error);
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Some fields are invalid',
        fields: { 'admin.email': ['Enter a valid e-mail address'] },
      },
    });
  });

  it("maps Prisma's unique and not-found errors", () => {
    expect(toAppError({ code: 'P2002' }).code).toBe('conflict');
    expect(toAppError({ code: 'P2025' }).code).toBe('not_found');
  });

  it('hides the internals of unexpected errors', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = errorResponse(new Error('password=hunter2 at db.ts:12'));
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.code).toBe('internal');
    expect(JSON.stringify(body)).not.toContain('hunter2');
    log.mockRestore();
  });

  it('sends Retry-After with rate limits', () => {
    const res = errorResponse(new AppError('rate_limited', 'Slow down', undefined, 30));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
  });
});
