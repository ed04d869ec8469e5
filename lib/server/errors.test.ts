import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, errorResponse, isUniqueViolation, toAppError, zodFields } from './errors';

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
    // A raw query's unique violation (PostgreSQL 23505) is the same conflict.
    expect(toAppError({ code: 'P2010', meta: { code: '23505' } }).code).toBe('conflict');
    expect(isUniqueViolation({ code: 'P2025' })).toBe(false);
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

  it('keeps fields named __proto__ or constructor as fields, in a plain object a client component accepts', () => {
    const result = z.strictObject({}).safeParse(JSON.parse('{"__proto__": 1, "constructor": 2}'));
    const fields = zodFields(result.error!, ['body']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.keys(fields)).toEqual(['body']);
    const nested = zodFields(z.object({ a: z.string() }).safeParse({}).error!, ['__proto__']);
    expect(Object.keys(nested)).toEqual(['__proto__.a']);
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
  });
});
