import { describe, expect, it } from 'vitest';
import { AuditQuery } from '@/lib/schemas/audit';
import { AppError } from '@/lib/server/errors';
import { decodeAuditCursor, encodeAuditCursor } from './cursor';

describe('AuditQuery', () => {
  it('reads a bare `to` date as the end of that day and `from` as its start', () => {
    const q = AuditQuery.parse({ from: '2026-03-01', to: '2026-03-01' });
    expect(q.from?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(q.to?.toISOString()).toBe('2026-03-01T23:59:59.999Z');
    expect(AuditQuery.parse({ to: '2026-03-01T10:00:00Z' }).to?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('refuses from after to, unparsable dates, odd actions and limits over 100', () => {
    const fields = (input: Record<string, string>) => {
      const r = AuditQuery.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(fields({ from: '2026-03-02', to: '2026-03-01' })).toEqual(['from']);
    expect(fields({ from: 'last tuesday' })).toEqual(['from']);
    expect(fields({ action: 'member.%' })).toEqual(['action']);
    expect(fields({ limit: '101' })).toEqual(['limit']);
    expect(fields({ format: 'xml' })).toEqual(['format']);
    expect(fields({ action: 'member.*', limit: '100', format: 'csv' })).toEqual([]);
  });

  it('defaults to 50 entries as JSON and drops empty filters', () => {
    expect(AuditQuery.parse({ actor: '', action: ' ' })).toEqual({ limit: 50, format: 'json' });
  });
});

describe('audit cursor', () => {
  it('round-trips the position and rejects anything else with a 422 on cursor', () => {
    const at = { createdAt: new Date('2026-03-01T12:00:00.123Z'), id: 'abc' };
    expect(decodeAuditCursor(encodeAuditCursor(at))).toEqual(at);
    for (const bad of [
      'nonsense',
      Buffer.from('["x","y"]').toString('base64url'),
      Buffer.from('[1]').toString('base64url'),
    ]) {
      try {
        decodeAuditCursor(bad);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).fields).toHaveProperty('cursor');
      }
    }
  });
});
