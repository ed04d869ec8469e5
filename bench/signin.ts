// Sign-in throughput against the raw argon2id verify rate, both measured here, one after the other.
import autocannon from 'autocannon';
import { hashPassword, verifyPassword } from '../lib/server/auth/password';

/** Verifies per second in this process with `concurrency` verifies in flight (the server's settings). */
async function rawVerifyRate(password: string, seconds: number, concurrency: number): Promise<number> {
  const hash = await hashPassword(password);
  let done = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        await verifyPassword(hash, password);
        done += 1;
      }
    }),
  );
  return done / seconds;
}

export async function measureSignIn(port: number, email: string, password: string, seconds: number) {
  const raw = await rawVerifyRate(password, seconds, 10);
  const r = await autocannon({
    url: `http://localhost:${port}/api/v1/auth/token`,
    method: 'POST',
    connections: 10,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { raw, signIns: r.requests.average, errors: r.non2xx + r.errors };
}
