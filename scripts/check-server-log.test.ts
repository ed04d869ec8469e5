import { describe, expect, it } from 'vitest';
import { findProblems } from './check-server-log';

const deprecation =
  '(node:4242) DeprecationWarning: Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.';

describe('the e2e server-log check', () => {
  it('finds pg deprecation warnings, internal errors with their stack, and guard breaches', () => {
    const log = [
      '> Next.js production server on port 3110',
      deprecation,
      '[internal error] Error: boom',
      '    at resendInvitation (lib/services/invitations/resend-invitation.ts:40:11)',
      '[jobs] email job-1 attempt 1 failed (retry): connect ECONNREFUSED',
      '[db] db.user used at lib/x.ts:3:4 while holding the transaction opened at lib/x.ts:1:2',
    ].join('\n');
    const problems = findProblems(log, 2);
    expect(problems.map((p) => [p.line, p.what.split(' ')[0]])).toEqual([
      [2, "pg's"],
      [3, 'an'],
      [6, 'a'],
    ]);
    expect(problems[1]?.excerpt).toContain('at resendInvitation');
  });

  it('passes a clean log, including JSON lines and retried jobs', () => {
    const log = [
      '> Next.js production server on port 3110',
      '{"level":30,"msg":"request completed","status":200}',
      '[jobs] email job-1 attempt 1 failed (retry): connect ECONNREFUSED',
    ].join('\n');
    expect(findProblems(log)).toEqual([]);
  });
});
